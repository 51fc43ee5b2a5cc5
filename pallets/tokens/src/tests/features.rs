//! The features a token was created with are enforced, no role reaches an account that holds
//! other people's money, and a vesting claim moves under the rules of every movement: each test
//! performs an attack and shows it fails with a typed error and changes nothing.

use super::{open_pool_of, open_test_pool, swap_native_for_token};
use crate::{mock::*, Error, Tokens as TokensStorage};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::NativeOrWithId,
		fungibles::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
	},
};
use rustorium_primitives::{Feature, Mintable, Permissioned, Role};

const BARE: AssetId = 11;

fn balance(token: AssetId, who: AccountId) -> Balance {
	Assets::balance(token, who)
}

/// The test token with `features` only (no vesting bucket unless `Vesting` is among them).
fn create_with(features: &[Feature]) {
	let mut c = config();
	c.features = features.to_vec().try_into().unwrap();
	if !features.contains(&Feature::Vesting) {
		c.distribution[1].vesting = None;
	}
	assert_ok!(Tokens::create_token(RuntimeOrigin::signed(ALICE), BARE, c, recipients()));
	for role in [Role::Minter, Role::Burner, Role::Pauser] {
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), BARE, role, DAVE));
	}
}

#[test]
fn a_token_stores_the_features_it_was_created_with() {
	ExtBuilder::default().build_and_execute(|| {
		create_with(&[Feature::Burning]);
		let info = TokensStorage::<Test>::get(BARE).unwrap();
		assert_eq!(info.features.into_inner(), vec![Feature::Burning]);
		let view = Tokens::view_token(BARE).unwrap();
		assert_eq!(view.features.into_inner(), vec![Feature::Burning]);
		assert!(view.inactive.is_empty());
	});
}

#[test]
fn a_token_without_minting_mints_on_no_path_even_for_a_minter() {
	ExtBuilder::default().build_and_execute(|| {
		create_with(&[Feature::Burning, Feature::Pausable]);
		let supply = Assets::total_issuance(BARE);
		assert_noop!(
			Tokens::mint(RuntimeOrigin::signed(DAVE), BARE, DAVE, 1),
			Error::<Test>::FeatureOff(Feature::Minting)
		);
		// Nor through the token standard (an approved proposal) or the adapter (another pallet).
		assert_noop!(
			<Tokens as Mintable<AccountId>>::mint(&BARE, &DAVE, 1),
			Error::<Test>::FeatureOff(Feature::Minting)
		);
		assert_noop!(
			crate::ManagedAssets::<Test>::mint_into(BARE, &DAVE, 1),
			Error::<Test>::FeatureOff(Feature::Minting)
		);
		assert_eq!(Assets::total_issuance(BARE), supply);
	});
}

#[test]
fn a_token_without_burning_or_pausing_is_neither_burned_nor_paused() {
	ExtBuilder::default().build_and_execute(|| {
		create_with(&[Feature::Minting]);
		assert_noop!(
			Tokens::burn(RuntimeOrigin::signed(BOB), BARE, BOB, 1),
			Error::<Test>::FeatureOff(Feature::Burning)
		);
		assert_noop!(
			Tokens::burn(RuntimeOrigin::signed(DAVE), BARE, BOB, 1),
			Error::<Test>::FeatureOff(Feature::Burning)
		);
		assert_noop!(
			crate::ManagedAssets::<Test>::burn_from(
				BARE,
				&BOB,
				1,
				Preservation::Expendable,
				Precision::Exact,
				Fortitude::Polite
			),
			Error::<Test>::FeatureOff(Feature::Burning)
		);
		assert_noop!(
			Tokens::pause(RuntimeOrigin::signed(DAVE), BARE),
			Error::<Test>::FeatureOff(Feature::Pausable)
		);
		assert_noop!(
			Tokens::pause(RuntimeOrigin::signed(ALICE), BARE),
			Error::<Test>::FeatureOff(Feature::Pausable)
		);
	});
}

#[test]
fn a_burner_cannot_burn_from_the_tokens_pool_escrow_or_the_pallet() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Burner, DAVE));
		open_test_pool();
		let pool = native_pool(TOKEN);
		// The attack: burn the token out of the pool others funded, then buy its native cheap.
		assert_eq!(balance(TOKEN, pool), 500);
		for victim in [pool, Tokens::escrow_account(TOKEN), Tokens::account_id()] {
			assert_noop!(
				Tokens::burn(RuntimeOrigin::signed(DAVE), TOKEN, victim, 1),
				Error::<Test>::SystemAccount
			);
			assert_noop!(
				<Tokens as Mintable<AccountId>>::burn(&TOKEN, &victim, 1),
				Error::<Test>::SystemAccount
			);
		}
		assert_eq!(balance(TOKEN, pool), 500);
		// A clawback from an ordinary holder still works.
		assert_ok!(Tokens::burn(RuntimeOrigin::signed(DAVE), TOKEN, BOB, 1));
	});
}

#[test]
fn a_clawback_reserved_by_the_approval_policy_is_refused_to_a_burner() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), TOKEN, Role::Burner, DAVE));
		GUARDED.with(|g| g.set(true));
		assert_noop!(
			Tokens::burn(RuntimeOrigin::signed(DAVE), TOKEN, BOB, 1),
			sp_runtime::DispatchError::Other("needs an approved proposal")
		);
		// A holder burning its own tokens is no clawback.
		assert_ok!(Tokens::burn(RuntimeOrigin::signed(BOB), TOKEN, BOB, 1));
		assert_noop!(
			Tokens::set_emission_recipient(RuntimeOrigin::signed(ALICE), TOKEN, DAVE),
			sp_runtime::DispatchError::Other("needs an approved proposal")
		);
	});
}

#[test]
fn permissioned_transfers_move_only_between_holders_of_the_holder_role() {
	ExtBuilder::default().build_and_execute(|| {
		create_with(&[Feature::Minting, Feature::PermissionedTransfers]);
		// The creator's named recipients hold the role from creation.
		assert!(Tokens::has_role(&BARE, &Role::Holder, &BOB));
		assert_noop!(
			Tokens::transfer(RuntimeOrigin::signed(BOB), BARE, DAVE, 1),
			Error::<Test>::NotHolder
		);
		assert_noop!(
			Tokens::mint(RuntimeOrigin::signed(DAVE), BARE, DAVE, 1),
			Error::<Test>::NotHolder
		);
		// Nor through the adapter another pallet moves tokens with.
		assert_noop!(
			crate::ManagedAssets::<Test>::transfer(BARE, &BOB, &DAVE, 1, Preservation::Expendable),
			Error::<Test>::NotHolder
		);
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), BARE, Role::Holder, DAVE));
		assert_ok!(Tokens::transfer(RuntimeOrigin::signed(BOB), BARE, DAVE, 1));
		assert_eq!(balance(BARE, DAVE), 1);
		// Once the role is gone, the holder can neither send nor receive.
		assert_ok!(Tokens::revoke_role(RuntimeOrigin::signed(ALICE), BARE, Role::Holder, DAVE));
		assert_noop!(
			Tokens::transfer(RuntimeOrigin::signed(DAVE), BARE, BOB, 1),
			Error::<Test>::NotHolder
		);
	});
}

#[test]
fn a_permissioned_token_is_swapped_only_by_holders() {
	ExtBuilder::default().build_and_execute(|| {
		create_with(&[Feature::Minting, Feature::PermissionedTransfers]);
		// The pool is a system account: BOB, a holder, funds it.
		open_pool_of(BARE);
		let swap = |who: AccountId| {
			AssetConversion::swap_exact_tokens_for_tokens(
				RuntimeOrigin::signed(who),
				vec![Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(BARE))],
				10,
				1,
				who,
				false,
			)
		};
		let native_before = Balances::free_balance(DAVE);
		assert!(swap(DAVE).is_err(), "a non-holder bought a permissioned token");
		assert_eq!((Balances::free_balance(DAVE), balance(BARE, DAVE)), (native_before, 0));
		assert_ok!(Tokens::grant_role(RuntimeOrigin::signed(ALICE), BARE, Role::Holder, DAVE));
		assert_ok!(swap(DAVE));
		assert!(balance(BARE, DAVE) > 0);
	});
}

#[test]
fn a_vesting_claim_moves_under_the_transfer_policy() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		System::set_block_number(111);
		// The policy refuses CHARLIE (a halt, a breaker, a blocked account): so is the claim.
		block(CHARLIE);
		assert_noop!(
			Tokens::claim_vested(RuntimeOrigin::signed(CHARLIE), TOKEN),
			sp_runtime::DispatchError::Other("blocked by the test policy")
		);
		BLOCKED.with(|b| b.borrow_mut().clear());
		assert_ok!(Tokens::claim_vested(RuntimeOrigin::signed(CHARLIE), TOKEN));
		let claimed = balance(TOKEN, CHARLIE);
		assert!(claimed > 0);
		// And the policy heard it, from the escrow.
		assert!(heard().contains(&(TOKEN, Tokens::escrow_account(TOKEN), CHARLIE, claimed)));
		// The pool stays swappable for everyone else.
		open_test_pool();
		assert_ok!(swap_native_for_token(DAVE));
	});
}

#[test]
fn administrative_actions_reach_the_observer_and_holders_own_moves_do_not() {
	use rustorium_primitives::TokenAction::*;
	ExtBuilder::default().with_token().build_and_execute(|| {
		OBSERVED.with(|o| o.borrow_mut().clear());
		let admin = RuntimeOrigin::signed(ALICE);
		assert_ok!(Tokens::grant_role(admin.clone(), TOKEN, Role::Minter, DAVE));
		assert_ok!(Tokens::mint(RuntimeOrigin::signed(DAVE), TOKEN, BOB, 5));
		assert_ok!(Tokens::pause(admin.clone(), TOKEN));
		assert_ok!(Tokens::unpause(admin.clone(), TOKEN));
		// A holder's own moves are not administrative: users repeat them at will.
		assert_ok!(Tokens::burn(RuntimeOrigin::signed(BOB), TOKEN, BOB, 1));
		assert_ok!(Tokens::transfer(RuntimeOrigin::signed(BOB), TOKEN, DAVE, 1));
		assert_ok!(Tokens::grant_role(admin.clone(), TOKEN, Role::Burner, DAVE));
		assert_ok!(Tokens::burn(RuntimeOrigin::signed(DAVE), TOKEN, BOB, 1));
		assert_ok!(Tokens::revoke_role(admin, TOKEN, Role::Burner, DAVE));
		assert_eq!(
			observed(),
			vec![
				(TOKEN, Some(ALICE), RoleGranted { role: Role::Minter, who: DAVE }),
				(TOKEN, Some(DAVE), Minted { to: BOB, amount: 5 }),
				(TOKEN, Some(ALICE), Paused),
				(TOKEN, Some(ALICE), Unpaused),
				(TOKEN, Some(ALICE), RoleGranted { role: Role::Burner, who: DAVE }),
				(TOKEN, Some(DAVE), Clawback { from: BOB, amount: 1 }),
				(TOKEN, Some(ALICE), RoleRevoked { role: Role::Burner, who: DAVE }),
			]
		);
		// The token standard acts as the runtime (an approved proposal): no actor.
		OBSERVED.with(|o| o.borrow_mut().clear());
		assert_ok!(<Tokens as Permissioned<AssetId, AccountId>>::grant_role(
			&TOKEN,
			Role::Pauser,
			&DAVE
		));
		assert_eq!(observed(), vec![(TOKEN, None, RoleGranted { role: Role::Pauser, who: DAVE })]);
	});
}
