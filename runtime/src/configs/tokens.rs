//! Managed tokens (`pallet-tokens`) on the chain's `pallet-assets` instance: capped, pausable,
//! role-permissioned tokens created from a generated `TokenConfig`.

use crate::{
	AccountId, AssetId, Assets, Balance, Balances, Runtime, RuntimeHoldReason, RuntimeOrigin,
	Tokens, UNIT,
};
use frame_support::{parameter_types, traits::ConstU32, PalletId};
use frame_system::EnsureSigned;
use sp_runtime::DispatchResult;

parameter_types! {
	/// Derives the account that owns every managed token's asset, and the escrow accounts.
	pub const TokensPalletId: PalletId = PalletId(*b"rs/token");
	/// A creator leaves 10 RTM on hold per token, as `pallet-assets` asks for a plain asset.
	pub const TokenDeposit: Balance = 10 * UNIT;
}

impl pallet_tokens::Config for Runtime {
	type AssetId = AssetId;
	type Balance = Balance;
	type Assets = Assets;
	type CreateOrigin = EnsureSigned<AccountId>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type TokenDeposit = TokenDeposit;
	type PalletId = TokensPalletId;
	type MaxRoleHolders = ConstU32<64>;
	type MaxGrants = ConstU32<16>;
	type TransferPolicy = ();
	type AssetFreezer = FreezeInAssets;
	// Storage accesses only until the pallet's benchmarks produce weights (see its weights.rs).
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Pausing a managed token freezes its asset in pallet-assets, where the pallet's account is the
/// freezer: transfers, swaps and fee payment in the token then stop too.
pub struct FreezeInAssets;

impl pallet_tokens::AssetFreezer<AssetId> for FreezeInAssets {
	fn freeze(id: AssetId) -> DispatchResult {
		Assets::freeze_asset(RuntimeOrigin::signed(Tokens::account_id()), id.into())
	}

	fn thaw(id: AssetId) -> DispatchResult {
		Assets::thaw_asset(RuntimeOrigin::signed(Tokens::account_id()), id.into())
	}
}
