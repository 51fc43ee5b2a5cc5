//! A runtime with balances and assets: the tokens the pallet guards.

use crate as pallet_security;
use frame_support::traits::{
	fungibles::{Inspect as _, Mutate as _},
	tokens::{Fortitude, Precision, Preservation},
};
use frame_support::{
	construct_runtime, derive_impl,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32},
};
use frame_system::{EnsureRoot, EnsureSigned};
use rustorium_primitives::{
	Emitting, Mintable, Pausable, Permissioned, Role as TokenRole, Token, TransferPolicy,
};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};

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
	type Tokens = MockTokens;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxApprovers = ConstU32<5>;
	type MaxProposals = ConstU32<2>;
	type MaxAuditEntries = ConstU32<4>;
	type MaxPrunePerBlock = ConstU32<3>;
	type SystemAccounts = TestSystemAccounts;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestTokens;
}

/// `POOL` and `RUNTIME` are system accounts of `TOKEN`, of no other token.
pub struct TestSystemAccounts;
impl frame_support::traits::ContainsPair<AssetId, AccountId> for TestSystemAccounts {
	fn contains(token: &AssetId, who: &AccountId) -> bool {
		*token == TOKEN && (*who == POOL || *who == RUNTIME)
	}
}

/// The account of `TOKEN`'s pool: a system account.
pub const POOL: AccountId = 50;
/// The account a swap's credit passes through: a system account.
pub const RUNTIME: AccountId = 51;
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

/// The cap of every mock token.
pub const CAP: Balance = 2_000_000;

std::thread_local! {
	static PAUSED: core::cell::RefCell<Vec<AssetId>> = const { core::cell::RefCell::new(Vec::new()) };
	static TOKEN_ROLES: core::cell::RefCell<Vec<(AssetId, TokenRole, AccountId)>> =
		const { core::cell::RefCell::new(Vec::new()) };
	static EMISSION_RECIPIENT: core::cell::RefCell<Vec<(AssetId, AccountId)>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

/// Where `token`'s emission goes, if an approved proposal set it.
pub fn emission_recipient(token: AssetId) -> Option<AccountId> {
	EMISSION_RECIPIENT.with(|e| e.borrow().iter().rev().find(|(t, _)| *t == token).map(|(_, a)| *a))
}

impl Emitting<AssetId, AccountId> for MockTokens {
	fn set_emission_recipient(token: &AssetId, recipient: &AccountId) -> DispatchResult {
		EMISSION_RECIPIENT.with(|e| e.borrow_mut().push((*token, *recipient)));
		Ok(())
	}
}

/// Managed tokens over the mock's assets: a cap, a pause flag and roles kept aside. What the
/// pallet's approved proposals act on; the policy itself is tested through [`send`].
pub struct MockTokens;

impl Token<AccountId> for MockTokens {
	type TokenId = AssetId;
	type Balance = Balance;
	fn exists(token: &AssetId) -> bool {
		Assets::asset_exists(*token)
	}
	fn name(_: &AssetId) -> Vec<u8> {
		b"Mock".to_vec()
	}
	fn symbol(_: &AssetId) -> Vec<u8> {
		b"MCK".to_vec()
	}
	fn decimals(_: &AssetId) -> u8 {
		0
	}
	fn total_supply(token: &AssetId) -> Balance {
		Assets::total_issuance(*token)
	}
	fn balance_of(token: &AssetId, who: &AccountId) -> Balance {
		Assets::balance(*token, who)
	}
	fn transfer(
		_: &AssetId,
		_: &AccountId,
		_: &AccountId,
		_: Balance,
	) -> Result<Balance, DispatchError> {
		Err(DispatchError::Other("the mock tokens do not transfer"))
	}
}

impl Mintable<AccountId> for MockTokens {
	fn max_supply(_: &AssetId) -> Balance {
		CAP
	}
	fn mint(token: &AssetId, to: &AccountId, amount: Balance) -> DispatchResult {
		if Assets::total_issuance(*token).saturating_add(amount) > CAP {
			return Err(DispatchError::Other("above the cap"));
		}
		Assets::mint_into(*token, to, amount).map(|_| ())
	}
	fn burn(token: &AssetId, from: &AccountId, amount: Balance) -> DispatchResult {
		Assets::burn_from(
			*token,
			from,
			amount,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Force,
		)
		.map(|_| ())
	}
}

impl Pausable<AssetId> for MockTokens {
	fn pause(token: &AssetId) -> DispatchResult {
		PAUSED.with(|p| p.borrow_mut().push(*token));
		Ok(())
	}
	fn unpause(token: &AssetId) -> DispatchResult {
		if !Self::is_paused(token) {
			return Err(DispatchError::Other("not paused"));
		}
		PAUSED.with(|p| p.borrow_mut().retain(|t| t != token));
		Ok(())
	}
	fn is_paused(token: &AssetId) -> bool {
		PAUSED.with(|p| p.borrow().contains(token))
	}
}

impl Permissioned<AssetId, AccountId> for MockTokens {
	fn grant_role(token: &AssetId, role: TokenRole, who: &AccountId) -> DispatchResult {
		TOKEN_ROLES.with(|r| r.borrow_mut().push((*token, role, *who)));
		Ok(())
	}
	fn revoke_role(token: &AssetId, role: TokenRole, who: &AccountId) -> DispatchResult {
		if !Self::has_role(token, &role, who) {
			return Err(DispatchError::Other("no such role"));
		}
		TOKEN_ROLES.with(|r| r.borrow_mut().retain(|held| held != &(*token, role.clone(), *who)));
		Ok(())
	}
	fn has_role(token: &AssetId, role: &TokenRole, who: &AccountId) -> bool {
		TOKEN_ROLES.with(|r| r.borrow().contains(&(*token, role.clone(), *who)))
	}
}

/// `from` sends `amount` of `TOKEN` as a token pallet would through the policy: asked first,
/// told after. Nothing moves in the assets pallet; the policy is what is under test.
pub fn send(from: AccountId, amount: Balance) -> DispatchResult {
	send_to(from, RECEIVER, amount)
}

/// `from` sends `amount` of `TOKEN` to `to`, as [`send`] does.
pub fn send_to(from: AccountId, to: AccountId, amount: Balance) -> DispatchResult {
	Security::check(&TOKEN, &from, &to, amount)?;
	Security::on_transfer(&TOKEN, &from, &to, amount);
	Ok(())
}

/// Where [`send`] sends.
pub const RECEIVER: AccountId = 60;

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
