//! Every path through `ManagedAssets`: the pause, the cap and the transfer policy hold on
//! transfers, credits (swaps, fees) and mints by other pallets.

use super::{balance, open_test_pool as pool, swap_native_for_token as swap_for_token};
use crate::{mock::*, Error, ManagedAssets};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungibles::{Balanced, Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
	},
};

type Managed = ManagedAssets<Test>;

fn transfer(
	from: AccountId,
	to: AccountId,
	amount: Balance,
) -> Result<Balance, sp_runtime::DispatchError> {
	<Managed as Mutate<AccountId>>::transfer(TOKEN, &from, &to, amount, Preservation::Expendable)
}

fn withdraw(who: AccountId, amount: Balance) -> Result<Balance, sp_runtime::DispatchError> {
	<Managed as Balanced<AccountId>>::withdraw(
		TOKEN,
		&who,
		amount,
		Precision::Exact,
		Preservation::Expendable,
		Fortitude::Polite,
	)
	.map(|credit| {
		let amount = credit.peek();
		// Give the credit back so that the supply stays whole.
		assert!(<Managed as Balanced<AccountId>>::resolve(&who, credit).is_ok());
		amount
	})
}

#[test]
fn a_transfer_through_the_adapter_asks_the_policy_and_tells_it() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(transfer(BOB, DAVE, 5));
		assert_eq!(balance(DAVE), 5);
		assert_eq!(heard().last(), Some(&(TOKEN, BOB, DAVE, 5)));
		block(DAVE);
		assert_noop!(
			transfer(BOB, DAVE, 5),
			sp_runtime::DispatchError::Other("blocked by the test policy")
		);
	});
}

#[test]
fn the_adapter_refuses_every_movement_of_a_paused_token() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_ok!(Tokens::pause(RuntimeOrigin::signed(ALICE), TOKEN));
		assert_noop!(transfer(BOB, DAVE, 5), Error::<Test>::TokenPaused);
		assert_noop!(withdraw(BOB, 5), Error::<Test>::TokenPaused);
		assert_noop!(
			<Managed as Mutate<AccountId>>::mint_into(TOKEN, &DAVE, 1),
			Error::<Test>::TokenPaused
		);
	});
}

#[test]
fn a_withdrawal_into_a_credit_is_a_movement_to_the_runtime_that_the_policy_decides() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		// What fee payment and credit swaps do: take a credit from the holder.
		assert_eq!(withdraw(BOB, 7), Ok(7));
		let runtime = Tokens::account_id();
		assert!(heard().contains(&(TOKEN, BOB, runtime, 7)));
		// The credit went back through `deposit`, a movement from the runtime.
		assert!(heard().contains(&(TOKEN, runtime, BOB, 7)));
		block(BOB);
		assert_noop!(
			withdraw(BOB, 7),
			sp_runtime::DispatchError::Other("blocked by the test policy")
		);
	});
}

#[test]
fn can_withdraw_answers_frozen_for_what_the_pause_or_the_policy_would_refuse() {
	use frame_support::traits::tokens::WithdrawConsequence;
	ExtBuilder::default().with_token().build_and_execute(|| {
		let can = |who| <Managed as Inspect<AccountId>>::can_withdraw(TOKEN, &who, 7);
		let before = heard();
		assert_eq!(can(BOB), WithdrawConsequence::Success);
		block(BOB);
		assert_eq!(can(BOB), WithdrawConsequence::Frozen);
		assert_eq!(can(DAVE), WithdrawConsequence::BalanceLow);
		BLOCKED.with(|blocked| blocked.borrow_mut().clear());
		assert_ok!(Tokens::pause(RuntimeOrigin::signed(ALICE), TOKEN));
		assert_eq!(can(BOB), WithdrawConsequence::Frozen);
		// Asking moves nothing and tells the policy nothing.
		assert_eq!(heard(), before);
	});
}

#[test]
fn mints_through_the_adapter_stop_at_the_cap() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		// The supply is 1,000 of a 2,000 cap.
		assert_noop!(
			<Managed as Mutate<AccountId>>::mint_into(TOKEN, &DAVE, 1_001),
			Error::<Test>::SupplyCapExceeded
		);
		assert_ok!(<Managed as Mutate<AccountId>>::mint_into(TOKEN, &DAVE, 1_000));
		assert_eq!(Assets::total_issuance(TOKEN), 2_000);
		// Issuing is infallible: it issues what the cap leaves, here nothing.
		let credit = <Managed as Balanced<AccountId>>::issue(TOKEN, 5);
		assert_eq!(credit.peek(), 0);
		drop(credit);
		assert_eq!(Assets::total_issuance(TOKEN), 2_000);
	});
}

#[test]
fn assets_the_pallet_does_not_manage_pass_through_unchanged() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Assets::force_create(RuntimeOrigin::root(), 99, ALICE, true, 1));
		assert_ok!(<Managed as Mutate<AccountId>>::mint_into(99, &BOB, 1_000_000));
		block(BOB);
		assert_ok!(<Managed as Mutate<AccountId>>::transfer(
			99,
			&BOB,
			&DAVE,
			10,
			Preservation::Expendable
		));
		assert_eq!(<Managed as Inspect<AccountId>>::balance(99, &DAVE), 10);
		assert!(heard().is_empty());
	});
}

#[test]
fn a_swap_through_asset_conversion_obeys_the_transfer_policy() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		pool();
		block(DAVE);
		let native_before = Balances::free_balance(DAVE);
		assert!(swap_for_token(DAVE).is_err(), "a swap to a blocked account went through");
		assert_eq!((Balances::free_balance(DAVE), balance(DAVE)), (native_before, 0));
		// An account the policy allows swaps as usual, and the policy hears of the payout.
		assert_ok!(swap_for_token(CHARLIE));
		let paid = balance(CHARLIE);
		assert!(paid > 0);
		assert!(heard()
			.iter()
			.any(|&(t, _, to, amount)| t == TOKEN && to == CHARLIE && amount == paid));
	});
}
