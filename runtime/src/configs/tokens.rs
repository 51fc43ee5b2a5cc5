//! Managed tokens (`pallet-tokens`) on the chain's `pallet-assets` instance: capped, pausable,
//! role-permissioned tokens created from a generated `TokenConfig`.

use crate::{
	AccountId, AssetConversion, AssetId, Assets, Balance, Balances, BlockNumber, Runtime,
	RuntimeCall, RuntimeHoldReason, RuntimeOrigin, Tokens, DAYS, TOKEN_DECIMALS, UNIT,
};
use alloc::boxed::Box;
use frame_support::{
	parameter_types,
	traits::{fungible::NativeOrWithId, ConstU32, ConstU8, Contains},
	PalletId,
};
use frame_system::EnsureSigned;
use sp_runtime::DispatchResult;

parameter_types! {
	/// Derives the account that owns every managed token's asset, and the escrow accounts.
	pub const TokensPalletId: PalletId = PalletId(*b"rs/token");
	/// A creator leaves 10 RTM on hold per token, as `pallet-assets` asks for a plain asset.
	pub const TokenDeposit: Balance = 10 * UNIT;
	/// 365 days of 6-second blocks.
	pub const BlocksPerYear: BlockNumber = 365 * DAYS;
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
	// A token with permissioned transfers gives each of its holders the `Holder` role.
	type MaxRoleHolders = ConstU32<1_024>;
	type MaxGrants = ConstU32<16>;
	type BlocksPerYear = BlocksPerYear;
	type MaxEmissionsPerBlock = ConstU32<16>;
	type NativeDecimals = ConstU8<TOKEN_DECIMALS>;
	type Pools = PoolsInAssetConversion;
	type SystemAccounts = SystemAccounts;
	// The security pallet's limits, breaker and halt, and its approval policies.
	type TransferPolicy = crate::Security;
	type OperationGuard = crate::Security;
	type AssetFreezer = FreezeInAssets;
	// The token's administrative actions go to its audit trail.
	type Observer = crate::Security;
	// Measured on the project's 2-core machine by scripts/bench.sh.
	type WeightInfo = pallet_tokens::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkTokenIds;
}

/// Token ids for the benchmarks from 1,000 up, clear of the genesis assets and tokens; the
/// security pallet's limits at their dearest.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkTokenIds;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_tokens::BenchmarkHelper<AssetId, AccountId> for BenchmarkTokenIds {
	fn asset_id(i: u32) -> AssetId {
		i.saturating_add(1_000)
	}

	/// Count and volume limits on the sender's class, a breaker that the measured transfer trips
	/// (a trip writes the settings, an audit entry and an event: the dearest transfer), and
	/// counters in the current window to update. A set-up that fails panics: a benchmark must
	/// not measure something else.
	#[allow(clippy::panic)]
	fn limit_transfers(token: AssetId, from: &AccountId) {
		use pallet_security::{AccountClass, Breaker, Limits};
		let limits = Limits {
			window: 100,
			max_transfers: Some(100),
			max_volume: Some(Balance::MAX),
			cooldown: 0,
		};
		// A millionth of the supply a block: the one unit recorded below stays within it, the
		// measured transfer does not.
		let breaker =
			Breaker { max_block_share: sp_runtime::Permill::from_parts(1), pause_blocks: 1 };
		let set = crate::Security::do_set_limits(token, AccountClass::Standard, Some(limits), None)
			.and_then(|()| crate::Security::do_set_breaker(token, Some(breaker), None));
		if let Err(e) = set {
			panic!("the benchmark's token takes no limits: {e:?}");
		}
		crate::Security::record_transfer(&token, from, 1);
	}
}

/// The accounts that hold other people's money in a managed token: the token pallet's account
/// (credits and refunds come from it) and the token's escrow, its fee pool, and every AMM pool
/// whose pair holds it. No token role reaches them, and the token's limits do not count them as
/// senders (halts and the breaker still stop them).
pub type SystemAccounts = (
	pallet_tokens::TokenAccounts<Runtime>,
	pallet_fee_pools::FeePoolAccounts<Runtime>,
	rustorium_primitives::AmmPoolAccount<super::assets::AssetConversionPalletId, AssetId>,
);

/// `tokens.openPool` opens the token's market in asset-conversion: it creates the pool with the
/// native token (or takes the empty one somebody created first) and adds the admin's liquidity,
/// exactly (a pool without liquidity takes the amounts as given).
pub struct PoolsInAssetConversion;

impl pallet_tokens::NativePools<AccountId, AssetId, Balance, Balance> for PoolsInAssetConversion {
	fn open(who: &AccountId, asset: AssetId, native: Balance, tokens: Balance) -> DispatchResult {
		use frame_support::traits::fungibles::Inspect;
		let pair = || (Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(asset)));
		let id = (NativeOrWithId::Native, NativeOrWithId::WithId(asset));
		match pallet_asset_conversion::Pools::<Runtime>::get(id) {
			None => {
				let (a, b) = pair();
				AssetConversion::create_pool(RuntimeOrigin::signed(who.clone()), a, b)?;
			},
			// Created by somebody else and never funded: a free `createPool` does not block
			// the opening.
			Some(pool) if crate::PoolAssets::total_issuance(pool.lp_token) == 0 => {},
			Some(_) => return Err(pallet_tokens::Error::<Runtime>::PoolExists.into()),
		}
		let (a, b) = pair();
		AssetConversion::add_liquidity(
			RuntimeOrigin::signed(who.clone()),
			a,
			b,
			native,
			tokens,
			native,
			tokens,
			who.clone(),
		)
	}
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

/// The chain's call filter: pallet-assets' own calls that move an asset, approve moving it or
/// burn it (a refund that burns the balance) are refused for managed tokens (`system.CallFiltered`), whose movements go through
/// `tokens.transfer` or through `pallet_tokens::ManagedAssets`, where the pause and the transfer
/// policy apply. Every other call passes.
pub struct ManagedTokensMoveThroughTokens;

impl Contains<RuntimeCall> for ManagedTokensMoveThroughTokens {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_assets::Call;
		let RuntimeCall::Assets(call) = call else { return true };
		let id = match call {
			Call::transfer { id, .. }
			| Call::transfer_keep_alive { id, .. }
			| Call::transfer_all { id, .. }
			| Call::force_transfer { id, .. }
			| Call::approve_transfer { id, .. }
			| Call::transfer_approved { id, .. } => id.0,
			// A refund that burns the balance is a burn: managed tokens burn through
			// `tokens.burn`, under their pause and features.
			Call::refund { id, allow_burn: true } => id.0,
			_ => return true,
		};
		!pallet_tokens::Tokens::<Runtime>::contains_key(id)
	}
}
