//! The pallet's behaviour, one test per rule.

use crate::{mock::*, Error, Event, FeeOption, FeeTable, FeeTokens, Pools, Rates, Shares};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::NativeOrWithId, fungibles::Mutate as _, Hooks},
};
use sp_runtime::{DispatchError, FixedPointNumber, FixedU128, Permill, TokenError};

fn register(asset: AssetId, premium: u32) {
	assert_ok!(FeePools::register_fee_token(
		RuntimeOrigin::root(),
		asset,
		Permill::from_percent(premium)
	));
}

/// Both priced tokens registered (CHEAP at a 1% premium, DEAR at none), each pool funded with
/// 10,000 native by ALICE.
pub(super) fn funded() {
	register(CHEAP, 1);
	register(DEAR, 0);
	for asset in [CHEAP, DEAR] {
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), asset, 10_000));
	}
}

/// BOB swaps `native` into `asset` on the AMM, moving its price.
fn swap(asset: AssetId, native: Balance) {
	assert_ok!(AssetConversion::swap_exact_tokens_for_tokens(
		RuntimeOrigin::signed(BOB),
		vec![Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(asset))],
		native,
		1,
		BOB,
		false,
	));
}

#[test]
fn admins_register_a_priced_token_at_its_spot_price() {
	with_tokens(|| {
		register(DEAR, 2);
		assert_eq!(FeeTokens::<Test>::get().into_inner(), vec![DEAR]);
		register(CHEAP, 1);
		// Kept in ascending order.
		assert_eq!(FeeTokens::<Test>::get().into_inner(), vec![CHEAP, DEAR]);
		let rate = Rates::<Test>::get(CHEAP).unwrap();
		assert_eq!(rate.average, FixedU128::from_rational(1, 2));
		System::assert_has_event(
			Event::FeeTokenRegistered {
				asset: CHEAP,
				premium: Permill::from_percent(1),
				rate: FixedU128::from_rational(1, 2),
			}
			.into(),
		);
	});
}

#[test]
fn register_refuses_bad_input() {
	with_tokens(|| {
		assert_noop!(
			FeePools::register_fee_token(RuntimeOrigin::signed(ALICE), CHEAP, Permill::zero()),
			DispatchError::BadOrigin
		);
		register(CHEAP, 0);
		assert_noop!(
			FeePools::register_fee_token(RuntimeOrigin::root(), CHEAP, Permill::zero()),
			Error::<Test>::AlreadyRegistered
		);
		assert_ok!(Assets::force_create(RuntimeOrigin::root(), UNPRICED, ALICE, true, 1));
		assert_noop!(
			FeePools::register_fee_token(RuntimeOrigin::root(), UNPRICED, Permill::zero()),
			Error::<Test>::NoPrice
		);
		// Fill the registry up to its bound.
		register(DEAR, 0);
		for asset in [10, 11] {
			token_with_pool(asset, 1_000, 1_000);
			register(asset, 0);
		}
		token_with_pool(12, 1_000, 1_000);
		assert_noop!(
			FeePools::register_fee_token(RuntimeOrigin::root(), 12, Permill::zero()),
			Error::<Test>::TooManyFeeTokens
		);
	});
}

#[test]
fn admins_deregister_a_token_whose_pool_has_no_providers() {
	with_tokens(|| {
		register(CHEAP, 0);
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 1_000));
		assert_noop!(
			FeePools::deregister_fee_token(RuntimeOrigin::root(), CHEAP),
			Error::<Test>::PoolNotEmpty
		);
		assert_noop!(
			FeePools::deregister_fee_token(RuntimeOrigin::signed(ALICE), CHEAP),
			DispatchError::BadOrigin
		);
		assert_noop!(
			FeePools::deregister_fee_token(RuntimeOrigin::root(), DEAR),
			Error::<Test>::NotFeeToken
		);
		assert_ok!(FeePools::withdraw(RuntimeOrigin::signed(ALICE), CHEAP, 1_000));
		assert_ok!(FeePools::deregister_fee_token(RuntimeOrigin::root(), CHEAP));
		assert!(FeeTokens::<Test>::get().is_empty());
		assert!(Rates::<Test>::get(CHEAP).is_none());
		System::assert_last_event(Event::FeeTokenDeregistered { asset: CHEAP }.into());
	});
}

#[test]
fn admins_set_a_premium() {
	with_tokens(|| {
		register(CHEAP, 0);
		assert_ok!(FeePools::set_premium(RuntimeOrigin::root(), CHEAP, Permill::from_percent(3)));
		assert_eq!(Pools::<Test>::get(CHEAP).unwrap().premium, Permill::from_percent(3));
		System::assert_last_event(
			Event::PremiumSet { asset: CHEAP, premium: Permill::from_percent(3) }.into(),
		);
		assert_noop!(
			FeePools::set_premium(RuntimeOrigin::root(), DEAR, Permill::zero()),
			Error::<Test>::NotFeeToken
		);
		assert_noop!(
			FeePools::set_premium(RuntimeOrigin::signed(ALICE), CHEAP, Permill::zero()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn deposits_buy_shares_at_the_pool_value_and_withdrawals_pay_pro_rata() {
	with_tokens(|| {
		register(CHEAP, 0);
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 1_000));
		assert_eq!(Shares::<Test>::get(CHEAP, ALICE), 1_000);
		// The pool takes in 2,000 tokens for fees: at 0.5 native a token its value doubles.
		let account = FeePools::pool_account(CHEAP);
		assert_ok!(Assets::mint_into(CHEAP, &account, 2_000));
		Pools::<Test>::mutate(CHEAP, |p| p.as_mut().unwrap().tokens = 2_000);
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(BOB), CHEAP, 1_000));
		assert_eq!(Shares::<Test>::get(CHEAP, BOB), 500);
		System::assert_last_event(
			Event::Deposited { asset: CHEAP, who: BOB, native: 1_000, shares: 500 }.into(),
		);
		// BOB's third of the shares is a third of the native and of the tokens.
		let (native, tokens) = (Balances::free_balance(BOB), Assets::balance(CHEAP, BOB));
		assert_ok!(FeePools::withdraw(RuntimeOrigin::signed(BOB), CHEAP, 500));
		assert_eq!(Balances::free_balance(BOB), native + 666);
		assert_eq!(Assets::balance(CHEAP, BOB), tokens + 666);
		assert_eq!(Shares::<Test>::get(CHEAP, BOB), 0);
		assert!(!Shares::<Test>::contains_key(CHEAP, BOB));
		System::assert_last_event(
			Event::Withdrawn { asset: CHEAP, who: BOB, shares: 500, native: 666, tokens: 666 }
				.into(),
		);
	});
}

#[test]
fn deposit_and_withdraw_refuse_bad_input() {
	with_tokens(|| {
		assert_noop!(
			FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 1_000),
			Error::<Test>::NotFeeToken
		);
		register(CHEAP, 0);
		assert_noop!(
			FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 0),
			Error::<Test>::ZeroAmount
		);
		// A first deposit buys a share a native unit: below `MinShares` (above the existential
		// deposit) it is no holding.
		assert_noop!(
			FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, MIN_SHARES - 1),
			Error::<Test>::BelowMinShares
		);
		// More than CHARLIE can pay and stay alive.
		assert_noop!(
			FeePools::deposit(RuntimeOrigin::signed(CHARLIE), CHEAP, 1_000),
			TokenError::NotExpendable
		);
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 1_000));
		let account = FeePools::pool_account(CHEAP);
		assert_ok!(Assets::mint_into(CHEAP, &account, 2_000_000));
		Pools::<Test>::mutate(CHEAP, |p| p.as_mut().unwrap().tokens = 2_000_000);
		assert_noop!(
			FeePools::deposit(RuntimeOrigin::signed(BOB), CHEAP, 1),
			Error::<Test>::DepositTooSmall
		);
		assert_noop!(
			FeePools::withdraw(RuntimeOrigin::signed(ALICE), CHEAP, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			FeePools::withdraw(RuntimeOrigin::signed(ALICE), DEAR, 1),
			Error::<Test>::NotFeeToken
		);
		assert_noop!(
			FeePools::withdraw(RuntimeOrigin::signed(ALICE), CHEAP, 1_001),
			Error::<Test>::InsufficientShares
		);
	});
}

/// Puts `tokens` of `asset` into its pool, as fees paid in it would.
fn pool_takes_in(asset: AssetId, tokens: Balance) {
	assert_ok!(Assets::mint_into(asset, &FeePools::pool_account(asset), tokens));
	Pools::<Test>::mutate(asset, |p| p.as_mut().unwrap().tokens += tokens);
}

/// What `native` and `tokens` are worth in native at `rate`.
fn worth(native: Balance, tokens: Balance, rate: FixedU128) -> Balance {
	native + rate.saturating_mul_int(tokens)
}

#[test]
fn a_deposit_while_the_spot_price_is_far_above_the_rate_is_refused_and_changes_nothing() {
	with_tokens(|| {
		register(CHEAP, 0);
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 10_000));
		// The pool took in 10,000 CHEAP for fees, worth 5,000 native at the rate of 0.5.
		pool_takes_in(CHEAP, 10_000);
		// BOB buys CHEAP on the AMM: its spot price jumps to ~0.72, 44% above the average,
		// which lags. Valued at the average, the pool's tokens would sell cheap: a deposit now
		// and a withdrawal would take ~9% of the value brought (at the spot price) from ALICE.
		swap(CHEAP, 20_000);
		assert!(FeePools::spot(&CHEAP).unwrap() > FixedU128::from_rational(7, 10));
		assert!(FeePools::usable_rate(&CHEAP).is_none());
		assert_noop!(
			FeePools::deposit(RuntimeOrigin::signed(BOB), CHEAP, 10_000),
			Error::<Test>::RateUnusable
		);
	});
}

#[test]
fn a_deposit_values_the_pools_tokens_at_the_spot_price_when_it_is_above_the_rate() {
	with_tokens(|| {
		register(CHEAP, 0);
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 10_000));
		pool_takes_in(CHEAP, 10_000);
		// The spot price rises ~8%, within the 10% bound: the rate is usable.
		swap(CHEAP, 4_000);
		let spot = FeePools::spot(&CHEAP).unwrap();
		assert!(spot > FixedU128::from_rational(54, 100));
		assert!(FeePools::usable_rate(&CHEAP).is_some());
		// The pool is worth 10,000 + 5,408 (its tokens at the spot price, rounded up): BOB's
		// 10,000 buy 6,490 shares beside ALICE's 10,000, not the 6,666 the average would give.
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(BOB), CHEAP, 10_000));
		assert_eq!(Shares::<Test>::get(CHEAP, BOB), 6_490);
		let (native, tokens) = (Balances::free_balance(BOB), Assets::balance(CHEAP, BOB));
		assert_ok!(FeePools::withdraw(RuntimeOrigin::signed(BOB), CHEAP, 6_490));
		let native = Balances::free_balance(BOB) - native;
		let tokens = Assets::balance(CHEAP, BOB) - tokens;
		assert_eq!((native, tokens), (7_871, 3_935));
		// Worth no more than the 10,000 brought, at the spot price or at the average.
		assert_eq!(worth(native, tokens, spot), 9_998);
		let average = Rates::<Test>::get(CHEAP).unwrap().average;
		assert!(worth(native, tokens, average) < 10_000);
	});
}

#[test]
fn a_withdrawal_takes_its_part_of_each_side_and_needs_no_price() {
	with_tokens(|| {
		register(CHEAP, 0);
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 10_000));
		pool_takes_in(CHEAP, 10_000);
		swap(CHEAP, 20_000);
		assert!(FeePools::usable_rate(&CHEAP).is_none());
		// Half the shares are half of each side, whatever either is worth.
		assert_ok!(FeePools::withdraw(RuntimeOrigin::signed(ALICE), CHEAP, 5_000));
		System::assert_last_event(
			Event::Withdrawn {
				asset: CHEAP,
				who: ALICE,
				shares: 5_000,
				native: 5_000,
				tokens: 5_000,
			}
			.into(),
		);
	});
}

#[test]
fn a_provider_holds_no_shares_or_at_least_the_minimum() {
	with_tokens(|| {
		register(CHEAP, 0);
		// An empty pool's shares are one a native unit; the mock's minimum is 100.
		assert_noop!(
			FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, MIN_SHARES - 1),
			Error::<Test>::BelowMinShares
		);
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, MIN_SHARES));
		// Above the minimum, any top-up.
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 1));
		assert_eq!(Shares::<Test>::get(CHEAP, ALICE), MIN_SHARES + 1);
		assert_noop!(
			FeePools::deposit(RuntimeOrigin::signed(BOB), CHEAP, MIN_SHARES / 2),
			Error::<Test>::BelowMinShares
		);
		// A withdrawal leaves the minimum or nothing.
		assert_noop!(
			FeePools::withdraw(RuntimeOrigin::signed(ALICE), CHEAP, 2),
			Error::<Test>::BelowMinShares
		);
		assert_ok!(FeePools::withdraw(RuntimeOrigin::signed(ALICE), CHEAP, 1));
		assert_eq!(Shares::<Test>::get(CHEAP, ALICE), MIN_SHARES);
		assert_ok!(FeePools::withdraw(RuntimeOrigin::signed(ALICE), CHEAP, MIN_SHARES));
		assert!(!Shares::<Test>::contains_key(CHEAP, ALICE));
	});
}

#[test]
fn a_donation_to_a_pool_account_keeps_the_invariants() {
	with_tokens(|| {
		funded();
		let account = FeePools::pool_account(CHEAP);
		// Anyone may send a pool's account funds: one base unit of each here.
		assert_ok!(Balances::transfer_allow_death(RuntimeOrigin::signed(BOB), account, 1));
		assert_ok!(Assets::transfer(RuntimeOrigin::signed(BOB), CHEAP, account, 1));
		let pool = Pools::<Test>::get(CHEAP).unwrap();
		assert_eq!(Balances::free_balance(account), pool.native + 1);
		assert_eq!(Assets::balance(CHEAP, account), pool.tokens + 1);
		assert_ok!(FeePools::do_try_state());
		// The pool works on, by its records: it sells native for a fee, and its provider leaves
		// with what they say; the donation stays behind, no one's.
		assert_ok!(FeePools::charge_in_token(&CHARLIE, CHEAP, 1_000).map(drop));
		let pool = Pools::<Test>::get(CHEAP).unwrap();
		assert_ok!(FeePools::withdraw(RuntimeOrigin::signed(ALICE), CHEAP, 10_000));
		System::assert_last_event(
			Event::Withdrawn {
				asset: CHEAP,
				who: ALICE,
				shares: 10_000,
				native: pool.native,
				tokens: pool.tokens,
			}
			.into(),
		);
		assert_eq!(Assets::balance(CHEAP, account), 1);
		assert_ok!(FeePools::do_try_state());
	});
}

#[test]
fn each_block_moves_the_rate_toward_the_spot_price() {
	with_tokens(|| {
		funded();
		let before = Rates::<Test>::get(CHEAP).unwrap().average;
		// A swap into CHEAP raises its price in native.
		swap(CHEAP, 10_000);
		let spot = FeePools::spot(&CHEAP).unwrap();
		assert!(spot > before);
		System::set_block_number(2);
		FeePools::on_initialize(2);
		let rate = Rates::<Test>::get(CHEAP).unwrap();
		assert_eq!(rate.spot, spot);
		assert_eq!(rate.updated, 2);
		// Half the way, as the mock's smoothing says.
		assert_eq!(rate.average, before + (spot - before) * FixedU128::from_rational(1, 2));
		// DEAR's price did not move, nor did its rate.
		assert_eq!(Rates::<Test>::get(DEAR).unwrap().average, FixedU128::from_rational(1, 4));
	});
}

#[test]
fn a_manipulated_pool_is_not_used_until_its_rate_catches_up() {
	with_tokens(|| {
		funded();
		assert!(FeePools::usable_rate(&CHEAP).is_some());
		// One large swap moves the spot price far from the average: not usable at once.
		swap(CHEAP, 50_000);
		assert!(FeePools::usable_rate(&CHEAP).is_none());
		assert!(FeePools::quote(&CHARLIE, 100).iter().all(|o| o.asset != Some(CHEAP)));
		// In the same block the router passes over it, though it is still in the fee table.
		assert!(FeeTable::<Test>::get().iter().any(|entry| entry.asset == CHEAP));
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), CHEAP, 60, 1_000_000));
		assert_eq!(FeePools::choose(&60, 100), None);
		// From the next block the table leaves it out.
		System::set_block_number(2);
		FeePools::on_initialize(2);
		assert!(FeeTable::<Test>::get().iter().all(|entry| entry.asset != CHEAP));
		// The average follows the price over blocks; the token returns when within the bound.
		let mut block = 2;
		while FeePools::usable_rate(&CHEAP).is_none() {
			block += 1;
			assert!(block < 20, "the rate never caught up");
			System::set_block_number(block);
			FeePools::on_initialize(block);
		}
		assert!(block > 3);
		assert!(FeeTable::<Test>::get().iter().any(|entry| entry.asset == CHEAP));
	});
}

#[test]
fn the_fee_table_lists_usable_tokens_cheapest_premium_first() {
	with_tokens(|| {
		funded();
		// CHEAP has a 1% premium, DEAR none.
		let order = || FeeTable::<Test>::get().iter().map(|entry| entry.asset).collect::<Vec<_>>();
		assert_eq!(order(), vec![DEAR, CHEAP]);
		assert_ok!(FeePools::set_premium(RuntimeOrigin::root(), DEAR, Permill::from_percent(2)));
		assert_eq!(order(), vec![CHEAP, DEAR]);
		FeePools::on_initialize(2);
		assert_eq!(order(), vec![CHEAP, DEAR]);
		assert_ok!(FeePools::withdraw(
			RuntimeOrigin::signed(ALICE),
			DEAR,
			Shares::<Test>::get(DEAR, ALICE)
		));
		assert_ok!(FeePools::deregister_fee_token(RuntimeOrigin::root(), DEAR));
		assert_eq!(order(), vec![CHEAP]);
	});
}

#[test]
fn the_router_lists_every_way_to_pay_and_picks_the_cheapest() {
	with_tokens(|| {
		funded();
		// BOB holds native and both tokens: native is cheapest, it needs no conversion.
		let options = FeePools::quote(&BOB, 1_000);
		assert_eq!(options.len(), 3);
		assert_eq!(
			options[0],
			FeeOption { asset: None, amount: 1_000, native_value: 1_000, via: None }
		);
		// 1,000 native at 0.5 a token plus 1% is 2,020 CHEAP; at 0.25 a token, 4,000 DEAR.
		assert_eq!(
			options[1],
			FeeOption { asset: Some(CHEAP), amount: 2_020, native_value: 1_010, via: None }
		);
		assert_eq!(
			options[2],
			FeeOption { asset: Some(DEAR), amount: 4_000, native_value: 1_000, via: None }
		);
		assert_eq!(FeePools::choose(&BOB, 1_000).unwrap().asset, None);
		// CHARLIE cannot pay 5,000 in native: DEAR, with no premium, is cheaper than CHEAP.
		assert_eq!(FeePools::choose(&CHARLIE, 5_000).unwrap().asset, Some(DEAR));
		// With equal premiums the lower asset id wins the tie.
		assert_ok!(FeePools::set_premium(RuntimeOrigin::root(), CHEAP, Permill::zero()));
		assert_eq!(FeePools::choose(&CHARLIE, 5_000).unwrap().asset, Some(CHEAP));
	});
}

#[test]
fn the_router_skips_what_cannot_pay() {
	with_tokens(|| {
		register(CHEAP, 0);
		register(DEAR, 0);
		// Neither pool has native to sell yet.
		assert!(FeePools::quote(&CHARLIE, 5_000).is_empty());
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 6_000));
		// The pool sells at most what leaves it the existential deposit.
		assert_eq!(FeePools::choose(&CHARLIE, 5_990).unwrap().asset, Some(CHEAP));
		assert!(FeePools::choose(&CHARLIE, 5_991).is_none());
		// A payer keeps the token's minimum balance: CHARLIE holds 1,000,000 CHEAP.
		assert!(FeePools::token_option(CHEAP, &CHARLIE, 500_000).is_none());
		assert!(FeePools::token_option(CHEAP, &CHARLIE, 2_000).is_some());
		// An account holding nothing has no way to pay.
		assert!(FeePools::choose(&99, 1).is_none());
	});
}

#[test]
fn try_state_catches_a_pool_that_differs_from_its_account() {
	with_tokens(|| {
		funded();
		Pools::<Test>::mutate(CHEAP, |p| p.as_mut().unwrap().native += 1);
		assert!(FeePools::do_try_state().is_err());
		Pools::<Test>::mutate(CHEAP, |p| p.as_mut().unwrap().native -= 1);
		Shares::<Test>::insert(CHEAP, CHARLIE, 1);
		assert!(FeePools::do_try_state().is_err());
		Shares::<Test>::remove(CHEAP, CHARLIE);
	});
}

mod charge;
mod properties;
mod rebalance;
mod routes;
