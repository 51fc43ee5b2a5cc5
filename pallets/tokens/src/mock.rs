//! A minimal runtime for the tests: frame-system, balances, pallet-assets as the fungibles
//! implementation, asset-conversion pools (to prove a pause also stops swaps), and this pallet.

use crate as pallet_tokens;
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
use rustorium_primitives::{
	config::{Allocation, Bucket, Economics, Feature, TokenConfig, UseCase},
	VestingSchedule,
};
use sp_runtime::{traits::AccountIdConversion, BuildStorage, DispatchResult, Permill};

/// Wide enough that the pallet's account and each token's escrow account are distinct.
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
		Tokens: pallet_tokens,
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
	type ExistentialDeposit = ConstU128<1>;
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
	pub const TokensPalletId: PalletId = PalletId(*b"rs/token");
	pub const AssetConversionPalletId: PalletId = PalletId(*b"py/ascon");
	pub const Native: NativeOrWithId<AssetId> = NativeOrWithId::Native;
	pub const LpFee: Permill = Permill::from_perthousand(3);
	pub const MaxSwapFee: Permill = Permill::from_percent(10);
}

ord_parameter_types! {
	pub const AssetConversionOrigin: AccountId =
		AccountIdConversion::<AccountId>::into_account_truncating(&AssetConversionPalletId::get());
}

/// The native token and the assets behind one `fungibles` interface, as the runtime has it.
/// Asset-conversion sees the assets through the adapter, as the runtime's does.
pub type NativeAndAssets = UnionOf<
	Balances,
	pallet_tokens::ManagedAssets<Test>,
	NativeFromLeft,
	NativeOrWithId<AssetId>,
	AccountId,
>;

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

parameter_types! {
	pub const LiquidityWithdrawalFee: Permill = Permill::zero();
}

impl pallet_tokens::Config for Test {
	type AssetId = AssetId;
	type Balance = Balance;
	type Assets = Assets;
	type CreateOrigin = EnsureSigned<AccountId>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type TokenDeposit = ConstU128<TOKEN_DEPOSIT>;
	type PalletId = TokensPalletId;
	// An admin and a `Holder` for each of the nine buckets a token may have.
	type MaxRoleHolders = ConstU32<10>;
	type MaxGrants = ConstU32<2>;
	type BlocksPerYear = ConstU32<BLOCKS_PER_YEAR>;
	type MaxEmissionsPerBlock = ConstU32<2>;
	type NativeDecimals = frame_support::traits::ConstU8<0>;
	type Pools = PoolsInAssetConversion;
	type SystemAccounts = (pallet_tokens::TokenAccounts<Test>, NativePoolAccounts);
	type TransferPolicy = TestPolicy;
	type OperationGuard = TestGuard;
	type AssetFreezer = FreezeInAssets;
	type Observer = TestObserver;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Pauses in pallet-assets itself, with the pallet's account as the freezer, as the runtime does.
/// A token's pool with the native token: a system account of the token.
pub struct NativePoolAccounts;
impl frame_support::traits::ContainsPair<AssetId, AccountId> for NativePoolAccounts {
	fn contains(token: &AssetId, who: &AccountId) -> bool {
		*who == native_pool(*token)
	}
}

/// The account of `token`'s pool with the native token.
pub fn native_pool(token: AssetId) -> AccountId {
	use pallet_asset_conversion::PoolLocator;
	<Test as pallet_asset_conversion::Config>::PoolLocator::address(&(
		NativeOrWithId::Native,
		NativeOrWithId::WithId(token),
	))
	.unwrap()
}

/// An administrative action the pallet reported: the token, the actor, the action.
pub type Observed =
	(AssetId, Option<AccountId>, rustorium_primitives::TokenAction<AccountId, Balance>);

std::thread_local! {
	pub static OBSERVED: core::cell::RefCell<Vec<Observed>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

/// Keeps what it hears, for [`observed`].
pub struct TestObserver;
impl rustorium_primitives::TokenObserver<AssetId, AccountId, Balance> for TestObserver {
	fn on_action(
		token: &AssetId,
		actor: Option<&AccountId>,
		action: rustorium_primitives::TokenAction<AccountId, Balance>,
	) {
		OBSERVED.with(|o| o.borrow_mut().push((*token, actor.copied(), action)));
	}
}

/// The administrative actions the pallet reported, oldest first.
pub fn observed(
) -> Vec<(AssetId, Option<AccountId>, rustorium_primitives::TokenAction<AccountId, Balance>)> {
	OBSERVED.with(|o| o.borrow().clone())
}

pub struct FreezeInAssets;
impl pallet_tokens::AssetFreezer<AssetId> for FreezeInAssets {
	fn freeze(id: AssetId) -> DispatchResult {
		Assets::freeze_asset(RuntimeOrigin::signed(Tokens::account_id()), id)
	}
	fn thaw(id: AssetId) -> DispatchResult {
		Assets::thaw_asset(RuntimeOrigin::signed(Tokens::account_id()), id)
	}
}

/// The deposit a creator leaves per token.
/// Opens pools in the mock's asset-conversion, as the runtime does in its own.
pub struct PoolsInAssetConversion;
impl pallet_tokens::NativePools<AccountId, AssetId, Balance, Balance> for PoolsInAssetConversion {
	fn open(who: &AccountId, asset: AssetId, native: Balance, tokens: Balance) -> DispatchResult {
		use frame_support::traits::fungibles::Inspect;
		let pair = || (Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(asset)));
		match pallet_asset_conversion::Pools::<Test>::get((
			NativeOrWithId::Native,
			NativeOrWithId::WithId(asset),
		)) {
			None => {
				let (a, b) = pair();
				AssetConversion::create_pool(RuntimeOrigin::signed(*who), a, b)?;
			},
			Some(pool) if PoolAssets::total_issuance(pool.lp_token) == 0 => {},
			Some(_) => return Err(pallet_tokens::Error::<Test>::PoolExists.into()),
		}
		let (a, b) = pair();
		AssetConversion::add_liquidity(
			RuntimeOrigin::signed(*who),
			a,
			b,
			native,
			tokens,
			native,
			tokens,
			*who,
		)
	}
}

pub const TOKEN_DEPOSIT: Balance = 10;
/// A short year, so that emission tests mint visible amounts in a few blocks.
pub const BLOCKS_PER_YEAR: u32 = 1_000;

std::thread_local! {
	/// Accounts the test policy refuses to move tokens from or to.
	pub static BLOCKED: core::cell::RefCell<Vec<AccountId>> = const { core::cell::RefCell::new(Vec::new()) };
	/// The movements the test policy was told about.
	pub static HEARD: core::cell::RefCell<Vec<(AssetId, AccountId, AccountId, Balance)>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

std::thread_local! {
	/// The token whose movements the test policy says it recorded (limits on).
	pub static RECORDED_TOKEN: core::cell::Cell<Option<AssetId>> = const { core::cell::Cell::new(None) };
}

/// Refuses movements from or to a blocked account; records every movement it is told about.
pub struct TestPolicy;
impl rustorium_primitives::TransferPolicy<AccountId, AssetId, Balance> for TestPolicy {
	fn check(_: &AssetId, from: &AccountId, to: &AccountId, _: Balance) -> DispatchResult {
		if BLOCKED.with(|b| b.borrow().iter().any(|a| a == from || a == to)) {
			return Err(sp_runtime::DispatchError::Other("blocked by the test policy"));
		}
		Ok(())
	}
	/// Records a movement of `RECORDED_TOKEN` only.
	fn on_transfer(token: &AssetId, from: &AccountId, to: &AccountId, amount: Balance) -> bool {
		HEARD.with(|h| h.borrow_mut().push((*token, *from, *to, amount)));
		RECORDED_TOKEN.with(|recorded| recorded.get() == Some(*token))
	}
}

std::thread_local! {
	/// Whether the test guard reserves every guarded operation for approved proposals.
	pub static GUARDED: core::cell::Cell<bool> = const { core::cell::Cell::new(false) };
}

/// Refuses every guarded operation while `GUARDED` is set.
pub struct TestGuard;
impl TestGuard {
	fn check() -> DispatchResult {
		if GUARDED.with(|g| g.get()) {
			return Err(sp_runtime::DispatchError::Other("needs an approved proposal"));
		}
		Ok(())
	}
}
impl rustorium_primitives::OperationGuard<AssetId, Balance> for TestGuard {
	fn may_mint(_: &AssetId, _: Balance) -> DispatchResult {
		Self::check()
	}
	fn may_change_roles(_: &AssetId) -> DispatchResult {
		Self::check()
	}
	fn may_unpause(_: &AssetId) -> DispatchResult {
		Self::check()
	}
	fn may_burn_from(_: &AssetId) -> DispatchResult {
		Self::check()
	}
	fn may_set_emission_recipient(_: &AssetId) -> DispatchResult {
		Self::check()
	}
}

/// Makes the test policy refuse movements from or to `who`.
pub fn block(who: AccountId) {
	BLOCKED.with(|b| b.borrow_mut().push(who));
}

/// The movements the test policy heard of, oldest first.
pub fn heard() -> Vec<(AssetId, AccountId, AccountId, Balance)> {
	HEARD.with(|h| h.borrow().clone())
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
/// The token most tests create.
pub const TOKEN: AssetId = 7;

/// A token of 1,000 units capped at 2,000: a community bucket of 700 paid at once and a team
/// bucket of 300 vesting over a 10-block cliff and 100 blocks linear.
pub fn config() -> TokenConfig {
	TokenConfig {
		name: b"Test Token".to_vec().try_into().unwrap(),
		symbol: b"TST".to_vec().try_into().unwrap(),
		decimals: 0,
		use_case: UseCase::Utility,
		initial_supply: 1_000,
		max_supply: 2_000,
		distribution: vec![
			Allocation {
				bucket: Bucket::Community,
				share: Permill::from_percent(70),
				vesting: None,
			},
			Allocation {
				bucket: Bucket::Team,
				share: Permill::from_percent(30),
				vesting: Some(VestingSchedule { cliff: 10, duration: 100 }),
			},
		]
		.try_into()
		.unwrap(),
		economics: Economics::default(),
		features: vec![Feature::Minting, Feature::Burning, Feature::Pausable, Feature::Vesting]
			.try_into()
			.unwrap(),
	}
}

/// Recipients for [`config`]: Bob gets the community bucket, Charlie the team's.
pub fn recipients() -> crate::pallet::Recipients<Test> {
	vec![(Bucket::Community, BOB), (Bucket::Team, CHARLIE)].try_into().unwrap()
}

/// Builds test state: every account in `balances` holds that much of the native token.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
	with_token: bool,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![(ALICE, 100), (BOB, 100), (CHARLIE, 100), (DAVE, 100)],
			with_token: false,
		}
	}
}

impl ExtBuilder {
	/// Also creates [`TOKEN`] from [`config`], with Alice as admin, at block 1.
	pub fn with_token(mut self) -> Self {
		self.with_token = true;
		self
	}

	/// The built state, at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test` on the built state, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		let with_token = self.with_token;
		BLOCKED.with(|b| b.borrow_mut().clear());
		HEARD.with(|h| h.borrow_mut().clear());
		self.build().execute_with(|| {
			if with_token {
				Tokens::create_token(RuntimeOrigin::signed(ALICE), TOKEN, config(), recipients())
					.unwrap();
			}
			test();
			Tokens::do_try_state().unwrap();
		});
	}
}
