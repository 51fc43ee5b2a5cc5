//! A minimal runtime for the tests: frame-system, balances, pallet-assets as the fungibles
//! implementation, and this pallet.

use crate as pallet_tokens;
use frame_support::{
	construct_runtime, derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use rustorium_primitives::{
	config::{Allocation, Bucket, Economics, Feature, TokenConfig, UseCase},
	VestingSchedule,
};
use sp_runtime::{BuildStorage, DispatchResult, Permill};

pub type AccountId = u64;
pub type Balance = u128;
pub type AssetId = u32;

type Block = frame_system::mocking::MockBlock<Test>;

construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Tokens: pallet_tokens,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
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

parameter_types! {
	pub const TokensPalletId: PalletId = PalletId(*b"rs/token");
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
	type MaxRoleHolders = ConstU32<8>;
	type MaxGrants = ConstU32<2>;
	type TransferPolicy = ();
	type AssetFreezer = FreezeInAssets;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Pauses in pallet-assets itself, with the pallet's account as the freezer, as the runtime does.
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
pub const TOKEN_DEPOSIT: Balance = 10;

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
