//! The pallet's behaviour, one test per rule.

use crate::{mock::*, Error, Event, Grants, Roles, Tokens as TokensStorage};
use frame_support::{assert_noop, assert_ok, traits::fungibles::Inspect};
use rustorium_primitives::{Bucket, ConfigError, Pausable, Role};
use sp_runtime::{DispatchError, Permill};

fn balance(who: AccountId) -> Balance {
	Assets::balance(TOKEN, who)
}

fn escrow() -> AccountId {
	Tokens::escrow_account(TOKEN)
}

#[test]
fn create_token_distributes_the_supply_escrows_vested_buckets_and_makes_the_creator_admin() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_eq!(Assets::total_issuance(TOKEN), 1_000);
		assert_eq!(balance(BOB), 700);
		assert_eq!(balance(CHARLIE), 0);
		assert_eq!(balance(escrow()), 300);
		assert_ne!(escrow(), Tokens::account_id(), "the escrow is an account of its own");
		assert!(Roles::<Test>::contains_key(TOKEN, (Role::Admin, ALICE)));
		let info = TokensStorage::<Test>::get(TOKEN).unwrap();
		assert_eq!(
			(info.max_supply, info.paused, info.admins, info.role_holders),
			(2_000, false, 1, 1)
		);
		assert_eq!(Grants::<Test>::get(TOKEN, CHARLIE).len(), 1);
		System::assert_has_event(
			Event::TokenCreated {
				token: TOKEN,
				creator: ALICE,
				deposit: TOKEN_DEPOSIT,
				initial_supply: 1_000,
				max_supply: 2_000,
			}
			.into(),
		);
		System::assert_has_event(
			Event::VestingGranted { token: TOKEN, beneficiary: CHARLIE, amount: 300, start: 1 }
				.into(),
		);
		// The creator's deposit is on hold while the token exists.
		assert_eq!(Balances::reserved_balance(ALICE), TOKEN_DEPOSIT);
		// Only the pallet may mint the underlying asset: a direct mint is refused.
		assert_noop!(
			Assets::mint(RuntimeOrigin::signed(ALICE), TOKEN, ALICE, 1),
			pallet_assets::Error::<Test>::NoPermission
		);
	});
}

#[test]
fn create_token_refuses_an_invalid_config_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let mut broken = config();
		broken.distribution[0].share = Permill::from_percent(60);
		assert_noop!(
			Tokens::create_token(RuntimeOrigin::signed(ALICE), TOKEN, broken, recipients()),
			Error::<Test>::InvalidConfig(ConfigError::DistributionNotWhole)
		);
		assert!(!Assets::asset_exists(TOKEN));
	});
}

#[test]
fn create_token_needs_one_recipient_per_bucket() {
	ExtBuilder::default().build_and_execute(|| {
		let only_team = vec![(Bucket::Team, CHARLIE), (Bucket::Treasury, DAVE)];
		assert_noop!(
			Tokens::create_token(
				RuntimeOrigin::signed(ALICE),
				TOKEN,
				config(),
				only_team.try_into().unwrap()
			),
			Error::<Test>::MissingRecipient
		);
		let twice = vec![(Bucket::Team, CHARLIE), (Bucket::Team, DAVE)];
		assert_noop!(
			Tokens::create_token(
				RuntimeOrigin::signed(ALICE),
				TOKEN,
				config(),
				twice.try_into().unwrap()
			),
			Error::<Test>::MissingRecipient
		);
		let three =
			vec![(Bucket::Team, CHARLIE), (Bucket::Community, BOB), (Bucket::Treasury, DAVE)];
		assert_noop!(
			Tokens::create_token(
				RuntimeOrigin::signed(ALICE),
				TOKEN,
				config(),
				three.try_into().unwrap()
			),
			Error::<Test>::UnexpectedRecipient
		);
	});
}

#[test]
fn create_token_needs_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		// Dave keeps 5, less than the deposit of 10.
		assert_ok!(Balances::transfer_allow_death(RuntimeOrigin::signed(DAVE), ALICE, 95));
		assert_noop!(
			Tokens::create_token(RuntimeOrigin::signed(DAVE), TOKEN, config(), recipients()),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn create_token_refuses_an_existing_id_and_an_unsigned_origin() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_noop!(
			Tokens::create_token(RuntimeOrigin::signed(ALICE), TOKEN, config(), recipients()),
			Error::<Test>::TokenExists
		);
		assert_noop!(
			Tokens::create_token(RuntimeOrigin::none(), TOKEN + 1, config(), recipients()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_minter_mints_up_to_the_cap_and_not_one_unit_more() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Minter, DAVE));
		assert_ok!(Tokens::mint(RuntimeOrigin::signed(DAVE), TOKEN, DAVE, 1_000));
		System::assert_last_event(Event::Minted { token: TOKEN, to: DAVE, amount: 1_000 }.into());
		assert_eq!(Assets::total_issuance(TOKEN), 2_000);
		assert_noop!(
			Tokens::mint(RuntimeOrigin::signed(DAVE), TOKEN, DAVE, 1),
			Error::<Test>::SupplyCapExceeded
		);
	});
}

#[test]
fn mint_needs_the_minter_role_and_a_known_token() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_noop!(
			Tokens::mint(RuntimeOrigin::signed(ALICE), TOKEN, ALICE, 1),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			Tokens::mint(RuntimeOrigin::signed(ALICE), 99, ALICE, 1),
			Error::<Test>::UnknownToken
		);
	});
}

#[test]
fn a_guarded_operation_is_refused_to_its_caller_but_not_to_the_token_standard() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Minter, DAVE));
		assert_ok!(Tokens::pause(RuntimeOrigin::signed(ALICE), TOKEN));
		GUARDED.with(|g| g.set(true));
		let refused = DispatchError::Other("needs an approved proposal");
		assert_noop!(Tokens::mint(RuntimeOrigin::signed(DAVE), TOKEN, DAVE, 1), refused);
		assert_noop!(
			Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Burner, DAVE),
			refused
		);
		assert_noop!(
			Tokens::revoke_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Minter, DAVE),
			refused
		);
		assert_noop!(Tokens::unpause(RuntimeOrigin::signed(ALICE), TOKEN), refused);
		// Pausing is never guarded: stopping a token must stay quick.
		// The approved path goes through the token standard, which does not ask.
		assert_ok!(<Tokens as Pausable<AssetId>>::unpause(&TOKEN));
		assert_ok!(<Tokens as rustorium_primitives::Mintable<AccountId>>::mint(&TOKEN, &DAVE, 1));
		GUARDED.with(|g| g.set(false));
	});
}

#[test]
fn the_token_standard_knows_the_managed_tokens_only() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		use rustorium_primitives::Token as _;
		assert_ok!(Assets::force_create(RuntimeOrigin::root(), 99, ALICE, true, 1));
		assert!(Tokens::exists(&TOKEN));
		// An asset of pallet-assets that this pallet does not manage is no managed token.
		assert!(!Tokens::exists(&99));
		assert!(!Tokens::exists(&1_000));
	});
}

#[test]
fn holders_burn_their_own_tokens_and_burners_anyone_s() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(Tokens::burn(RuntimeOrigin::signed(BOB), TOKEN, BOB, 100));
		System::assert_last_event(Event::Burned { token: TOKEN, from: BOB, amount: 100 }.into());
		assert_noop!(
			Tokens::burn(RuntimeOrigin::signed(DAVE), TOKEN, BOB, 100),
			Error::<Test>::MissingRole
		);
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Burner, DAVE));
		assert_ok!(Tokens::burn(RuntimeOrigin::signed(DAVE), TOKEN, BOB, 100));
		assert_eq!(balance(BOB), 500);
		assert_eq!(Assets::total_issuance(TOKEN), 800);
		assert_noop!(
			Tokens::burn(RuntimeOrigin::signed(BOB), TOKEN, BOB, 501),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn transfer_moves_tokens_and_refuses_more_than_the_balance() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(Tokens::transfer(RuntimeOrigin::signed(BOB), TOKEN, DAVE, 200));
		System::assert_last_event(
			Event::Transferred { token: TOKEN, from: BOB, to: DAVE, amount: 200 }.into(),
		);
		assert_eq!((balance(BOB), balance(DAVE)), (500, 200));
		assert_noop!(
			Tokens::transfer(RuntimeOrigin::signed(BOB), TOKEN, DAVE, 501),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_noop!(
			Tokens::transfer(RuntimeOrigin::signed(BOB), 99, DAVE, 1),
			Error::<Test>::UnknownToken
		);
	});
}

#[test]
fn a_transfer_the_policy_recorded_nothing_of_is_refunded_to_the_unlimited_weight() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		let unlimited = <() as crate::WeightInfo>::transfer();
		assert!(<() as crate::WeightInfo>::transfer_limited().any_gt(unlimited));
		let post = Tokens::transfer(RuntimeOrigin::signed(BOB), TOKEN, DAVE, 1).unwrap();
		assert_eq!(post.actual_weight, Some(unlimited));
		// Limits on: the policy recorded the transfer, which keeps its declared weight.
		RECORDED_TOKEN.with(|recorded| recorded.set(Some(TOKEN)));
		let post = Tokens::transfer(RuntimeOrigin::signed(BOB), TOKEN, DAVE, 1).unwrap();
		assert_eq!(post.actual_weight, None);
	});
}

#[test]
fn a_paused_token_does_not_transfer_mint_burn_or_release_until_unpaused() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Pauser, DAVE));
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Minter, DAVE));
		assert_ok!(Tokens::pause(RuntimeOrigin::signed(DAVE), TOKEN));
		System::assert_last_event(Event::Paused { token: TOKEN, by: DAVE }.into());
		assert!(<Tokens as Pausable<AssetId>>::is_paused(&TOKEN));
		System::set_block_number(1_000);
		assert_noop!(
			Tokens::transfer(RuntimeOrigin::signed(BOB), TOKEN, DAVE, 1),
			Error::<Test>::TokenPaused
		);
		// The pause holds on pallet-assets' own calls too: the asset is frozen there.
		assert_noop!(
			Assets::transfer(RuntimeOrigin::signed(BOB), TOKEN, DAVE, 1),
			pallet_assets::Error::<Test>::AssetNotLive
		);
		assert_noop!(
			Tokens::mint(RuntimeOrigin::signed(DAVE), TOKEN, DAVE, 1),
			Error::<Test>::TokenPaused
		);
		assert_noop!(
			Tokens::burn(RuntimeOrigin::signed(BOB), TOKEN, BOB, 1),
			Error::<Test>::TokenPaused
		);
		assert_noop!(
			Tokens::claim_vested(RuntimeOrigin::signed(CHARLIE), TOKEN),
			Error::<Test>::TokenPaused
		);
		assert_noop!(
			Tokens::pause(RuntimeOrigin::signed(ALICE), TOKEN),
			Error::<Test>::AlreadyPaused
		);
		assert_ok!(Tokens::unpause(RuntimeOrigin::signed(ALICE), TOKEN));
		System::assert_last_event(Event::Unpaused { token: TOKEN, by: ALICE }.into());
		assert_ok!(Tokens::transfer(RuntimeOrigin::signed(BOB), TOKEN, DAVE, 1));
		assert_ok!(Assets::transfer(RuntimeOrigin::signed(BOB), TOKEN, DAVE, 1));
		assert_noop!(
			Tokens::unpause(RuntimeOrigin::signed(ALICE), TOKEN),
			Error::<Test>::NotPaused
		);
	});
}

#[test]
fn only_pausers_and_admins_pause() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_noop!(Tokens::pause(RuntimeOrigin::signed(BOB), TOKEN), Error::<Test>::MissingRole);
		assert_noop!(
			Tokens::unpause(RuntimeOrigin::signed(BOB), TOKEN),
			Error::<Test>::MissingRole
		);
		assert_noop!(Tokens::pause(RuntimeOrigin::signed(ALICE), 99), Error::<Test>::UnknownToken);
	});
}

#[test]
fn admins_grant_and_revoke_roles_but_the_last_admin_stays() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_noop!(
			Tokens::grant_role(RuntimeOrigin::signed(BOB), TOKEN, Role::Minter, BOB),
			Error::<Test>::MissingRole
		);
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Admin, BOB));
		System::assert_last_event(
			Event::RoleGranted { token: TOKEN, role: Role::Admin, who: BOB, by: ALICE }.into(),
		);
		assert_noop!(
			Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Admin, BOB),
			Error::<Test>::AlreadyHasRole
		);
		assert_ok!(Tokens::revoke_role(RuntimeOrigin::signed(BOB), TOKEN, Role::Admin, ALICE));
		System::assert_last_event(
			Event::RoleRevoked { token: TOKEN, role: Role::Admin, who: ALICE, by: BOB }.into(),
		);
		assert_noop!(
			Tokens::revoke_role(RuntimeOrigin::signed(BOB), TOKEN, Role::Admin, BOB),
			Error::<Test>::LastAdmin
		);
		assert_noop!(
			Tokens::revoke_role(RuntimeOrigin::signed(BOB), TOKEN, Role::Minter, CHARLIE),
			Error::<Test>::RoleNotHeld
		);
		assert_noop!(
			Tokens::revoke_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Pauser, CHARLIE),
			Error::<Test>::MissingRole
		);
	});
}

#[test]
fn custom_roles_are_granted_and_role_holders_are_bounded() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		let kyc = Role::Custom(b"kyc-verified".to_vec().try_into().unwrap());
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, kyc.clone(), BOB));
		// Ten holders at most: Alice's admin role, Bob's custom role, and eight more.
		for who in 10..18 {
			assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, kyc.clone(), who));
		}
		assert_noop!(
			Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, kyc, 18),
			Error::<Test>::TooManyRoleHolders
		);
	});
}

#[test]
fn vesting_releases_nothing_before_the_cliff_half_in_the_middle_and_all_at_the_end() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		// Granted at block 1: cliff at 11, fully vested at 111.
		System::set_block_number(10);
		assert_noop!(
			Tokens::claim_vested(RuntimeOrigin::signed(CHARLIE), TOKEN),
			Error::<Test>::NothingToClaim
		);
		System::set_block_number(61);
		assert_ok!(Tokens::claim_vested(RuntimeOrigin::signed(CHARLIE), TOKEN));
		System::assert_last_event(
			Event::VestedClaimed { token: TOKEN, who: CHARLIE, amount: 150 }.into(),
		);
		assert_eq!((balance(CHARLIE), balance(escrow())), (150, 150));
		assert_noop!(
			Tokens::claim_vested(RuntimeOrigin::signed(CHARLIE), TOKEN),
			Error::<Test>::NothingToClaim
		);
		System::set_block_number(500);
		assert_ok!(Tokens::claim_vested(RuntimeOrigin::signed(CHARLIE), TOKEN));
		assert_eq!((balance(CHARLIE), balance(escrow())), (300, 0));
		assert!(Grants::<Test>::get(TOKEN, CHARLIE).is_empty());
	});
}

#[test]
fn claim_vested_refuses_accounts_without_grants_and_unknown_tokens() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		System::set_block_number(500);
		assert_noop!(
			Tokens::claim_vested(RuntimeOrigin::signed(BOB), TOKEN),
			Error::<Test>::NothingToClaim
		);
		assert_noop!(
			Tokens::claim_vested(RuntimeOrigin::signed(CHARLIE), 99),
			Error::<Test>::UnknownToken
		);
	});
}

#[test]
fn grants_per_beneficiary_are_bounded() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		let schedule = rustorium_primitives::VestingSchedule { cliff: 1, duration: 1 };
		assert_ok!(Tokens::do_grant_vesting(TOKEN, &CHARLIE, 10, schedule));
		assert_noop!(
			Tokens::do_grant_vesting(TOKEN, &CHARLIE, 10, schedule),
			Error::<Test>::TooManyGrants
		);
	});
}

#[test]
fn try_state_catches_a_supply_above_the_cap() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		TokensStorage::<Test>::mutate(TOKEN, |info| info.as_mut().unwrap().max_supply = 999);
		assert!(Tokens::do_try_state().is_err());
		TokensStorage::<Test>::mutate(TOKEN, |info| info.as_mut().unwrap().max_supply = 2_000);
	});
}

#[test]
fn try_state_catches_an_escrow_that_differs_from_the_grants() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		Grants::<Test>::remove(TOKEN, CHARLIE);
		assert!(Tokens::do_try_state().is_err());
		let schedule = rustorium_primitives::VestingSchedule { cliff: 10, duration: 100 };
		let grant = crate::VestingGrant { total: 300, claimed: 0, start: 1, schedule };
		Grants::<Test>::insert(
			TOKEN,
			CHARLIE,
			frame_support::BoundedVec::truncate_from(vec![grant]),
		);
	});
}

#[test]
fn the_views_report_details_roles_and_claimable_vesting() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		let view = Tokens::view_token(TOKEN).unwrap();
		assert_eq!(
			(view.creator, view.supply, view.max_supply, view.paused, view.admins),
			(ALICE, 1_000, 2_000, false, 1)
		);
		assert_eq!(Tokens::view_token(99), None);
		assert_eq!(Tokens::view_roles(TOKEN), vec![(Role::Admin, ALICE)]);
		System::set_block_number(61);
		let vesting = Tokens::view_vesting(TOKEN, &CHARLIE);
		assert_eq!(vesting.len(), 1);
		assert_eq!((vesting[0].0.total, vesting[0].1), (300, 150));
		assert!(Tokens::view_vesting(TOKEN, &BOB).is_empty());
	});
}

/// A pool between the native token and the test token, with BOB's liquidity (50 native, 500
/// tokens).
pub(super) fn open_test_pool() {
	open_pool_of(TOKEN);
}

/// A pool between the native token and `token`, with BOB's liquidity (50 native, 500 tokens).
pub(super) fn open_pool_of(token: AssetId) {
	use frame_support::traits::fungible::NativeOrWithId;
	let pair = || (Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(token)));
	let (a, b) = pair();
	assert_ok!(AssetConversion::create_pool(RuntimeOrigin::signed(BOB), a, b));
	let (a, b) = pair();
	assert_ok!(AssetConversion::add_liquidity(
		RuntimeOrigin::signed(BOB),
		a,
		b,
		50,
		500,
		1,
		1,
		BOB
	));
}

/// `who` swaps 10 native for the test token.
pub(super) fn swap_native_for_token(who: AccountId) -> sp_runtime::DispatchResult {
	use frame_support::traits::fungible::NativeOrWithId;
	AssetConversion::swap_exact_tokens_for_tokens(
		RuntimeOrigin::signed(who),
		vec![Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(TOKEN))],
		10,
		1,
		who,
		false,
	)
}

#[test]
fn a_paused_token_cannot_be_swapped_through_asset_conversion_until_unpaused() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		open_test_pool();
		assert_ok!(Tokens::pause(RuntimeOrigin::signed(ALICE), TOKEN));
		let native_before = Balances::free_balance(DAVE);
		assert!(swap_native_for_token(DAVE).is_err(), "a swap into a paused token went through");
		assert_eq!((Balances::free_balance(DAVE), balance(DAVE)), (native_before, 0));
		assert_ok!(Tokens::unpause(RuntimeOrigin::signed(ALICE), TOKEN));
		assert_ok!(swap_native_for_token(DAVE));
		assert!(balance(DAVE) > 0);
	});
}

mod adapter;
mod emission;
mod features;
mod metadata;
mod pools;
