//! A runtime with balances, assets and asset-conversion, whose pools price the fee tokens.

use crate as pallet_fee_pools;
use frame_support::{
	construct_runtime, derive_impl, ord_parameter_types, parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		tokens::imbalance::ResolveAssetTo,
		AsEnsureOriginWithArg, ConstU128, ConstU32,
	},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned, EnsureSignedBy};
use pallet_asset_conversion::{Ascending, Chain, WithFirstAsset};
use sp_runtime::{traits::AccountIdConversion, BuildStorage, Permill};

/// Wide enough that each pool's sub-account (pallet id and asset id) is distinct.
pub type AccountId = u128;
pub type Balance = u128;
pub type AssetId = u32;

type Block = frame_system::mocking::MockBlock<Test>;

construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		PoolAssets: pallet_assets::<Instance2>,
		AssetConversion: pallet_asset_conversion,
		TransactionPayment: pallet_transaction_payment,
		AssetTxPayment: pallet_asset_conversion_tx_payment,
		FeePools: pallet_fee_pools,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Freezer = ();
	type Holder = ();
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config<pallet_assets::Instance2> for Test {
	type Balance = Balance;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSignedBy<AssetConversionOrigin, AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<0>;
	type Freezer = ();
	type Holder = ();
}

parameter_types! {
	pub const FeePoolsPalletId: PalletId = PalletId(*b"rs/feepl");
	pub const AssetConversionPalletId: PalletId = PalletId(*b"py/ascon");
	pub const Native: NativeOrWithId<AssetId> = NativeOrWithId::Native;
	pub const LpFee: Permill = Permill::from_perthousand(3);
	pub const MaxSwapFee: Permill = Permill::from_percent(10);
	pub const LiquidityWithdrawalFee: Permill = Permill::zero();
	pub const Smoothing: Permill = Permill::from_percent(50);
	pub const MaxDeviation: Permill = Permill::from_percent(10);
	pub const RebalanceThreshold: Permill = Permill::from_percent(50);
	pub const MaxSlippage: Permill = Permill::from_percent(3);
}

ord_parameter_types! {
	pub const AssetConversionOrigin: AccountId =
		AccountIdConversion::<AccountId>::into_account_truncating(&AssetConversionPalletId::get());
}

pub type NativeAndAssets =
	UnionOf<Balances, Assets, NativeFromLeft, NativeOrWithId<AssetId>, AccountId>;

type PoolIdToAccountId = pallet_asset_conversion::AccountIdConverter<
	AssetConversionPalletId,
	(NativeOrWithId<AssetId>, NativeOrWithId<AssetId>),
>;

impl pallet_asset_conversion::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type HigherPrecisionBalance = sp_core::U256;
	type AssetKind = NativeOrWithId<AssetId>;
	type Assets = NativeAndAssets;
	type PoolId = (Self::AssetKind, Self::AssetKind);
	type PoolLocator = Chain<
		WithFirstAsset<Native, AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId>,
		Ascending<AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId>,
	>;
	type PoolAssetId = u32;
	type PoolAssets = PoolAssets;
	type PoolSetupFee = ConstU128<0>;
	type PoolSetupFeeAsset = Native;
	type PoolSetupFeeTarget = ResolveAssetTo<AssetConversionOrigin, Self::Assets>;
	type LiquidityWithdrawalFee = LiquidityWithdrawalFee;
	type LPFee = LpFee;
	type PalletId = AssetConversionPalletId;
	type MaxSwapPathLength = ConstU32<3>;
	type MintMinLiquidity = ConstU128<10>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxSwapFee = MaxSwapFee;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// One native unit per microsecond of weight.
pub struct PerMicrosecond;
impl frame_support::weights::WeightToFee for PerMicrosecond {
	type Balance = Balance;
	fn weight_to_fee(weight: &frame_support::weights::Weight) -> Balance {
		Balance::from(weight.ref_time() / 1_000_000)
	}
}

/// Fees of one native unit per microsecond of weight and per byte; no tip handling beyond the
/// stock extension's.
#[derive_impl(pallet_transaction_payment::config_preludes::TestDefaultConfig)]
impl pallet_transaction_payment::Config for Test {
	type OnChargeTransaction = pallet_fee_pools::AutoFee<Test, ()>;
	type WeightToFee = PerMicrosecond;
	type LengthToFee = frame_support::weights::IdentityFee<Balance>;
}

impl pallet_asset_conversion_tx_payment::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type OnChargeAssetTransaction =
		pallet_fee_pools::InToken<Test, (), pallet_fee_pools::SameAssetId>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestFeeTokens;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_asset_conversion_tx_payment::BenchmarkHelperTrait<AccountId, AssetId, AssetId>
	for TestFeeTokens
{
	fn create_asset_id_parameter(id: u32) -> (AssetId, AssetId) {
		(id, id)
	}
	fn setup_balances_and_pool(asset: AssetId, account: AccountId) {
		token_with_pool(asset, 100_000, 100_000);
		frame_support::assert_ok!(Assets::mint(
			RuntimeOrigin::signed(ALICE),
			asset,
			account,
			1_000
		));
	}
}

impl pallet_fee_pools::Config for Test {
	type AssetId = AssetId;
	type Balance = Balance;
	type Currency = Balances;
	type Assets = Assets;
	type Prices = pallet_fee_pools::AssetConversionAmm<Test>;
	type Swap = pallet_fee_pools::AssetConversionAmm<Test>;
	type RebalanceThreshold = RebalanceThreshold;
	type MaxSlippage = MaxSlippage;
	type AmmFee = pallet_fee_pools::AssetConversionAmm<Test>;
	type MaxRebalancesPerBlock = ConstU32<4>;
	type RebalanceBackoff = frame_support::traits::ConstU64<5>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type CallValidator = RefuseLongRemarks;
	type PalletId = FeePoolsPalletId;
	type MaxFeeTokens = ConstU32<MAX_FEE_TOKENS>;
	type Smoothing = Smoothing;
	type MaxDeviation = MaxDeviation;
	type MinShares = ConstU128<MIN_SHARES>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestFeeTokens;
}

/// Refuses `system.remark` calls longer than 10 bytes: a rule for the extension tests. It weighs
/// [`REMARK_RULE_WEIGHT`] for a remark; it notes every other non-empty remark's length and hears
/// its result after dispatch (see [`heard_remarks`]), leaving [`REMARK_RULE_UNUSED_ON_ERROR`]
/// unused when the remark failed; of an empty remark, which it does not note, it uses
/// [`REMARK_RULE_UNREMEMBERED`].
pub struct RefuseLongRemarks;

/// What [`RefuseLongRemarks`] weighs for a remark.
pub const REMARK_RULE_WEIGHT: frame_support::weights::Weight =
	frame_support::weights::Weight::from_parts(1_000_000, 100);
/// What [`RefuseLongRemarks`] uses of an empty remark.
pub const REMARK_RULE_UNREMEMBERED: frame_support::weights::Weight =
	frame_support::weights::Weight::from_parts(250_000, 25);
/// What [`RefuseLongRemarks`] leaves unused of a noted remark that failed.
pub const REMARK_RULE_UNUSED_ON_ERROR: frame_support::weights::Weight =
	frame_support::weights::Weight::from_parts(500_000, 50);

std::thread_local! {
	static HEARD_REMARKS: core::cell::RefCell<Vec<(usize, sp_runtime::DispatchResult)>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

/// The remarks [`RefuseLongRemarks`] heard the results of: their lengths and results.
pub fn heard_remarks() -> Vec<(usize, sp_runtime::DispatchResult)> {
	HEARD_REMARKS.with(|heard| heard.borrow().clone())
}

impl rustorium_primitives::CallValidator<AccountId, RuntimeCall> for RefuseLongRemarks {
	type Attempt = usize;

	fn validate(
		_: &AccountId,
		call: &RuntimeCall,
	) -> Result<Option<usize>, sp_runtime::transaction_validity::TransactionValidityError> {
		match call {
			RuntimeCall::System(frame_system::Call::remark { remark }) if remark.len() > 10 => {
				Err(sp_runtime::transaction_validity::InvalidTransaction::Custom(7).into())
			},
			RuntimeCall::System(frame_system::Call::remark { remark }) if !remark.is_empty() => {
				Ok(Some(remark.len()))
			},
			_ => Ok(None),
		}
	}

	fn after_dispatch(
		len: usize,
		result: &sp_runtime::DispatchResult,
	) -> frame_support::weights::Weight {
		HEARD_REMARKS.with(|heard| heard.borrow_mut().push((len, *result)));
		match result {
			Ok(()) => frame_support::weights::Weight::zero(),
			Err(_) => REMARK_RULE_UNUSED_ON_ERROR,
		}
	}

	fn weight(call: &RuntimeCall) -> frame_support::weights::Weight {
		match call {
			RuntimeCall::System(frame_system::Call::remark { .. }) => REMARK_RULE_WEIGHT,
			_ => frame_support::weights::Weight::zero(),
		}
	}

	fn weight_unremembered(call: &RuntimeCall) -> frame_support::weights::Weight {
		match call {
			RuntimeCall::System(frame_system::Call::remark { .. }) => REMARK_RULE_UNREMEMBERED,
			_ => frame_support::weights::Weight::zero(),
		}
	}
}

pub const ED: Balance = 10;
/// The fewest shares a provider may hold.
pub const MIN_SHARES: Balance = 100;
pub const MAX_FEE_TOKENS: u32 = 4;
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
/// Tokens with pools: 2 tokens a native unit, and 4 tokens a native unit.
pub const CHEAP: AssetId = 1;
pub const DEAR: AssetId = 2;
/// A token with no pool.
pub const UNPRICED: AssetId = 3;
/// A token whose only AMM pool pairs it with `CHEAP` (see [`with_route`]).
pub const ROUTED: AssetId = 4;

/// Creates `asset` (sufficient, owned by `ALICE`, with `min_balance`) and mints `ALICE`, `BOB`
/// and `CHARLIE` 1,000,000 each.
pub fn create_token(asset: AssetId, min_balance: Balance) {
	use frame_support::assert_ok;
	assert_ok!(Assets::force_create(RuntimeOrigin::root(), asset, ALICE, true, min_balance));
	for who in [ALICE, BOB, CHARLIE] {
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), asset, who, 1_000_000));
	}
}

/// Opens the AMM pool of `paired` (which `ALICE` must hold enough of) and `asset`, `ALICE`
/// providing `paired_amount` and `tokens`; `extra` more of `asset` is minted to her first.
pub fn open_pool(
	paired: NativeOrWithId<AssetId>,
	asset: AssetId,
	paired_amount: Balance,
	tokens: Balance,
	extra: Balance,
) {
	use frame_support::assert_ok;
	if extra > 0 {
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), asset, ALICE, extra));
	}
	let pair = || (Box::new(paired.clone()), Box::new(NativeOrWithId::WithId(asset)));
	let (a, b) = pair();
	assert_ok!(AssetConversion::create_pool(RuntimeOrigin::signed(ALICE), a, b));
	let (a, b) = pair();
	assert_ok!(AssetConversion::add_liquidity(
		RuntimeOrigin::signed(ALICE),
		a,
		b,
		paired_amount,
		tokens,
		1,
		1,
		ALICE
	));
}

/// Creates `asset` (see [`create_token`]; `ALICE` gets more if the pool needs it) and opens its
/// pool with the native token holding `native` and `tokens`.
pub fn token_with_pool(asset: AssetId, native: Balance, tokens: Balance) {
	create_token(asset, 1);
	let extra = if tokens > 1_000_000 { tokens } else { 0 };
	open_pool(NativeOrWithId::Native, asset, native, tokens, extra);
}

/// Creates `asset` (see [`create_token`]) and opens its pool with the token `via` (which `ALICE`
/// must hold), holding `via_amount` of it and `tokens`.
pub fn token_with_pair(asset: AssetId, via: AssetId, via_amount: Balance, tokens: Balance) {
	create_token(asset, 1);
	open_pool(NativeOrWithId::WithId(via), asset, via_amount, tokens, tokens);
}

#[cfg(feature = "runtime-benchmarks")]
pub struct TestFeeTokens;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AssetId, AccountId, Balance> for TestFeeTokens {
	fn fee_token(i: u32, funder: &AccountId) -> AssetId {
		use frame_support::traits::fungible::Mutate as _;
		let asset = 100 + i;
		Balances::set_balance(&ALICE, 1_000_000_000);
		token_with_pool(asset, 10_000_000, 10_000_000);
		frame_support::assert_ok!(Assets::mint(
			RuntimeOrigin::signed(ALICE),
			asset,
			*funder,
			1_000_000
		));
		asset
	}

	fn routed_token(i: u32, via: AssetId, funder: &AccountId) -> AssetId {
		let asset = 200 + i;
		frame_support::assert_ok!(Assets::mint(
			RuntimeOrigin::signed(ALICE),
			via,
			ALICE,
			10_000_000
		));
		token_with_pair(asset, via, 10_000_000, 10_000_000);
		frame_support::assert_ok!(Assets::mint(
			RuntimeOrigin::signed(ALICE),
			asset,
			*funder,
			1_000_000
		));
		asset
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, 10_000_000), (BOB, 1_000_000), (CHARLIE, 1_000)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` with the two priced tokens and `ROUTED`, paired on the AMM with `CHEAP` only at
/// one `ROUTED` for two `CHEAP` (one native): so far no fee token; then checks the invariants.
pub fn with_route(test: impl FnOnce()) {
	with_tokens(|| {
		token_with_pair(ROUTED, CHEAP, 200_000, 100_000);
		test();
	});
}

/// Runs `test` with the two priced tokens, then checks the invariants.
pub fn with_tokens(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		token_with_pool(CHEAP, 100_000, 200_000);
		token_with_pool(DEAR, 100_000, 400_000);
		test();
		FeePools::do_try_state().unwrap();
	});
}
