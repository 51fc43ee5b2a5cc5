//! A runtime with balances and assets: the tokens the pallet guards.

use crate as pallet_security;
use frame_support::{
	construct_runtime, derive_impl,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32},
};
use frame_system::{EnsureRoot, EnsureSigned};
use rustorium_primitives::TransferPolicy;
use sp_runtime::{BuildStorage, DispatchResult};

pub type AccountId = u64;
pub type Balance = u128;
pub type AssetId = u32;

type Block = frame_system::mocking::MockBlock<Test>;

construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Security: pallet_security,
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

impl pallet_security::Config for Test {
	type AssetId = AssetId;
	type Balance = Balance;
	type Assets = Assets;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxAuditEntries = ConstU32<4>;
	type MaxPrunePerBlock = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestTokens;
}

/// Holds every role in the tests that need one.
pub const ADMIN: AccountId = 1;
pub const GUARDIAN: AccountId = 2;
pub const ALICE: AccountId = 3;
pub const BOB: AccountId = 4;
/// A token with a supply of 1,000,000, all ALICE's.
pub const TOKEN: AssetId = 7;
/// No such token.
pub const NO_TOKEN: AssetId = 99;

#[cfg(feature = "runtime-benchmarks")]
pub struct TestTokens;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AssetId> for TestTokens {
	fn token() -> AssetId {
		TOKEN
	}
}

/// `from` sends `amount` of `TOKEN` as a token pallet would through the policy: asked first,
/// told after. Nothing moves in the assets pallet; the policy is what is under test.
pub fn send(from: AccountId, amount: Balance) -> DispatchResult {
	Security::check(&TOKEN, &from, &BOB, amount)?;
	Security::on_transfer(&TOKEN, &from, &BOB, amount);
	Ok(())
}

/// Moves to block `n`.
pub fn go_to(n: u64) {
	System::set_block_number(n);
}

/// Externalities at block 1 with `TOKEN` minted.
pub fn build_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> { balances: vec![(ALICE, 1_000)], ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(TOKEN, ALICE, true, 1)],
		accounts: vec![(TOKEN, ALICE, 1_000_000)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| go_to(1));
	ext
}

/// Runs `test` at block 1 with `TOKEN` minted, `ADMIN` a security admin and `GUARDIAN` a
/// guardian, then checks the invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	build_test_ext().execute_with(|| {
		Security::do_grant_role(crate::Role::SecurityAdmin, ADMIN, None).unwrap();
		Security::do_grant_role(crate::Role::Guardian, GUARDIAN, None).unwrap();
		test();
		Security::do_try_state().unwrap();
	});
}
