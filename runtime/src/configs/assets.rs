//! Tokens: fungible assets (`pallet-assets`), liquidity-pool share tokens (a second instance),
//! and constant-product pools between the native token and any asset (`pallet-asset-conversion`).

use crate::{
	AccountId, AssetId, Balance, Balances, PoolAssets, Runtime, RuntimeEvent, EXISTENTIAL_DEPOSIT,
	MILLIUNIT, UNIT,
};
// `ord_parameter_types!` expands to `vec![..]`, which `no_std` does not have in scope.
use alloc::vec;
use frame_support::{
	ord_parameter_types, parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		tokens::imbalance::ResolveAssetTo,
		AsEnsureOriginWithArg, ConstU128, ConstU32,
	},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned, EnsureSignedBy};
use pallet_asset_conversion::{Ascending, Chain, WithFirstAsset};
use sp_runtime::{traits::AccountIdConversion, Permill};

/// The `pallet-assets` instance that holds the chain's fungible tokens.
pub type TokensInstance = pallet_assets::Instance1;
/// The `pallet-assets` instance that holds liquidity-pool share tokens.
pub type PoolAssetsInstance = pallet_assets::Instance2;

parameter_types! {
	/// Creating a token reserves 10 RTM, returned when the token is destroyed.
	pub const AssetDeposit: Balance = 10 * UNIT;
	/// Holding a non-sufficient token without a native balance reserves this much.
	pub const AssetAccountDeposit: Balance = EXISTENTIAL_DEPOSIT;
	pub const ApprovalDeposit: Balance = EXISTENTIAL_DEPOSIT;
	pub const MetadataDepositBase: Balance = UNIT;
	pub const MetadataDepositPerByte: Balance = 10 * MILLIUNIT;
	pub const AssetsStringLimit: u32 = 50;
}

impl pallet_assets::Config<TokensInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = AssetsStringLimit;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	pub const AssetConversionPalletId: PalletId = PalletId(*b"py/ascon");
	/// The native token, as an asset kind of the pools.
	pub const NativeToken: NativeOrWithId<AssetId> = NativeOrWithId::Native;
	/// Liquidity providers earn 0.3% of every swap.
	pub const LpFee: Permill = Permill::from_perthousand(3);
	pub const LiquidityWithdrawalFee: Permill = Permill::zero();
	pub const MaxSwapFee: Permill = Permill::from_percent(10);
}

ord_parameter_types! {
	pub const AssetConversionOrigin: AccountId =
		AccountIdConversion::<AccountId>::into_account_truncating(&AssetConversionPalletId::get());
}

impl pallet_assets::Config<PoolAssetsInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type ReserveData = ();
	type Currency = Balances;
	// Only the pools pallet creates share tokens.
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSignedBy<AssetConversionOrigin, AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type ApprovalDeposit = ConstU128<0>;
	type StringLimit = AssetsStringLimit;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// The native token and every asset, behind one `fungibles` interface keyed by
/// `NativeOrWithId<AssetId>`. Assets are seen through `pallet_tokens::ManagedAssets`, so that
/// swaps of a managed token obey its pause and its transfer policy.
pub type NativeAndAssets = UnionOf<
	Balances,
	pallet_tokens::ManagedAssets<Runtime>,
	NativeFromLeft,
	NativeOrWithId<AssetId>,
	AccountId,
>;

/// The account that holds a pool's reserves: a sub-account of the AMM's pallet id with the pool's
/// pair in it, so that an account tells whether it is a pool of a token (no role reaches a pool,
/// and a token's limits do not count its pools as senders) without a storage read.
pub type PoolIdToAccountId = rustorium_primitives::AmmPoolAccount<AssetConversionPalletId, AssetId>;

impl pallet_asset_conversion::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type HigherPrecisionBalance = sp_core::U256;
	type AssetKind = NativeOrWithId<AssetId>;
	type Assets = NativeAndAssets;
	type PoolId = (Self::AssetKind, Self::AssetKind);
	// Pools pair the native token with an asset; pairs of two assets are ordered ascending.
	type PoolLocator = Chain<
		WithFirstAsset<NativeToken, AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId>,
		Ascending<AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId>,
	>;
	type PoolAssetId = u32;
	type PoolAssets = PoolAssets;
	type PoolSetupFee = ConstU128<0>;
	type PoolSetupFeeAsset = NativeToken;
	type PoolSetupFeeTarget = ResolveAssetTo<AssetConversionOrigin, Self::Assets>;
	type LiquidityWithdrawalFee = LiquidityWithdrawalFee;
	type LPFee = LpFee;
	type PalletId = AssetConversionPalletId;
	type MaxSwapPathLength = ConstU32<3>;
	type MintMinLiquidity = ConstU128<100>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxSwapFee = MaxSwapFee;
	type WeightInfo = pallet_asset_conversion::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}
