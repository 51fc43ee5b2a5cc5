//! Property tests of the router and the executor, 10,000 random markets each: the choice never
//! costs more than any alternative at oracle value, and a charge and its refund create no value.

use super::charge::{charge_auto, settle_auto};
use crate::{mock::*, AutoPayment, Pools, Rates};
use frame_support::{
	assert_ok,
	traits::{fungible::Mutate as _, fungibles::Inspect as _},
};
use proptest::prelude::*;
use sp_runtime::{FixedPointNumber, Permill};

/// The payer of every case.
const PAYER: AccountId = 77;
/// The fee tokens of every case: `FIRST`, `FIRST + 1`, ...
const FIRST: AssetId = 10;

/// One fee token's market: its AMM reserves, premium, minimum balance and the payer's holding.
#[derive(Debug, Clone)]
struct Market {
	native: Balance,
	tokens: Balance,
	premium: u32,
	min_balance: Balance,
	held: Balance,
}

fn market() -> impl Strategy<Value = Market> {
	(1_000..1_000_000u128, 1_000..1_000_000u128, 0..50_000u32, 1..100u128, 0..5_000_000u128)
		.prop_map(|(native, tokens, premium, min_balance, held)| Market {
			native,
			tokens,
			premium,
			min_balance,
			held,
		})
}

/// The markets made real: tokens created, AMM pools opened, fee tokens registered and funded, the
/// payer endowed. Small holdings leave some tokens unaffordable, which the router must skip.
fn open(markets: &[Market], payer_native: Balance) {
	Balances::set_balance(&ALICE, 1_000_000_000_000);
	for (asset, market) in (FIRST..).zip(markets) {
		assert_ok!(Assets::force_create(
			RuntimeOrigin::root(),
			asset,
			ALICE,
			true,
			market.min_balance
		));
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), asset, ALICE, 1_000_000_000));
		let pair = || {
			use frame_support::traits::fungible::NativeOrWithId;
			(Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(asset)))
		};
		let (a, b) = pair();
		assert_ok!(AssetConversion::create_pool(RuntimeOrigin::signed(ALICE), a, b));
		let (a, b) = pair();
		assert_ok!(AssetConversion::add_liquidity(
			RuntimeOrigin::signed(ALICE),
			a,
			b,
			market.native,
			market.tokens,
			1,
			1,
			ALICE
		));
		assert_ok!(FeePools::register_fee_token(
			RuntimeOrigin::root(),
			asset,
			Permill::from_parts(market.premium)
		));
		assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), asset, 150_000));
		if market.held >= market.min_balance {
			assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), asset, PAYER, market.held));
		}
	}
	if payer_native > 0 {
		Balances::set_balance(&PAYER, payer_native);
	}
}

/// The asset and amount of the block's `FeeRefunded` event, if any.
fn refund_event() -> Option<(Option<AssetId>, Balance)> {
	System::events().into_iter().find_map(|record| match record.event {
		RuntimeEvent::FeePools(crate::Event::FeeRefunded { asset, amount, .. }) => {
			Some((asset, amount))
		},
		_ => None,
	})
}

fn balances(count: usize) -> Vec<Balance> {
	(FIRST..).take(count).map(|asset| Assets::balance(asset, PAYER)).collect()
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(10_000))]

	/// For any markets, holdings and fee:
	/// - the router's choice is an option, and no option is worth less at the oracle rate; ties
	///   go to the earliest option (native, then ascending ids);
	/// - every token option pays at least the fee plus the premium at the rate, and leaves the
	///   payer at or above the token's minimum balance;
	/// - charging takes exactly the chosen amount (never more than quoted); settling at any
	///   actual fee up to the charged one refunds the rest, so that charged − refunded is what the
	///   payer paid, worth at least the actual fee at the rate: no value is created. The pool's
	///   native falls by exactly the actual fee, which leaves the chain as the fee.
	#[test]
	fn the_router_picks_the_cheapest_and_the_refund_creates_no_value(
		markets in prop::collection::vec(market(), 1..=MAX_FEE_TOKENS as usize),
		payer_native in prop_oneof![Just(0u128), 0..100_000u128],
		fee in 1..50_000u128,
		used in 0..=1_000u32,
	) {
		new_test_ext().execute_with(|| {
			open(&markets, payer_native);
			let quote = FeePools::fee_quote(&PAYER, fee);
			let Some(chosen) = quote.chosen.clone() else {
				// Nothing to pay with: no option at all, and the executor refuses too.
				prop_assert!(quote.options.is_empty());
				prop_assert!(charge_auto(PAYER, fee).is_err());
				return Ok(());
			};
			let cheapest = quote.options.iter().map(|o| o.native_value).min();
			prop_assert_eq!(Some(chosen.native_value), cheapest);
			let first = quote.options.iter().find(|o| o.native_value == chosen.native_value);
			prop_assert_eq!(first, Some(&chosen));
			for option in &quote.options {
				let Some(asset) = option.asset else {
					prop_assert_eq!((option.amount, option.native_value), (fee, fee));
					continue;
				};
				let pool = Pools::<Test>::get(asset).unwrap();
				let rate = Rates::<Test>::get(asset).unwrap().average;
				let priced = fee + pool.premium.mul_ceil(fee);
				prop_assert!(rate.saturating_mul_int(option.amount) >= priced);
				prop_assert_eq!(rate.saturating_mul_int(option.amount), option.native_value);
				let minimum = Assets::minimum_balance(asset);
				prop_assert!(Assets::balance(asset, PAYER) >= option.amount + minimum);
			}

			let tokens_before = balances(markets.len());
			let native_before = Balances::free_balance(PAYER);
			let issuance_before = Balances::total_issuance();
			let payment = charge_auto(PAYER, fee).unwrap();
			let actual = fee * Balance::from(used) / 1_000;
			match (&payment, chosen.asset) {
				(AutoPayment::Native(_), None) => {
					prop_assert_eq!(Balances::free_balance(PAYER), native_before - fee);
					settle_auto(PAYER, actual, payment);
					prop_assert_eq!(Balances::free_balance(PAYER), native_before - actual);
				},
				(AutoPayment::Token(payment_in, _), Some(asset)) => {
					let index = (asset - FIRST) as usize;
					prop_assert_eq!(payment_in.amount, chosen.amount);
					prop_assert_eq!(
						Assets::balance(asset, PAYER),
						tokens_before[index] - chosen.amount
					);
					let pool_before = Pools::<Test>::get(asset).unwrap();
					settle_auto(PAYER, actual, payment);
					let paid = tokens_before[index] - Assets::balance(asset, PAYER);
					prop_assert!(paid <= chosen.amount);
					// The unused part comes back in the token, or in native when the token cannot
					// move (here: the pool would fall below the token's minimum balance).
					let native_back = Balances::free_balance(PAYER) - native_before;
					let refund = refund_event();
					match refund {
						Some((Some(refunded_asset), amount)) => {
							prop_assert_eq!(refunded_asset, asset);
							prop_assert_eq!(amount, chosen.amount - paid);
							prop_assert_eq!(native_back, 0);
						},
						Some((None, amount)) => {
							prop_assert_eq!(amount, fee - actual);
							prop_assert_eq!(native_back, amount);
							prop_assert_eq!(paid, chosen.amount);
						},
						None => {
							// Nothing to refund: all used, the unused part worth less than one
							// token unit, or the token stuck and the native refund too small to
							// open the payer's account (below the existential deposit).
							prop_assert_eq!((paid, native_back), (chosen.amount, 0));
							let unused = fee - actual;
							prop_assert!(
								unused == 0 ||
									chosen.amount * unused / fee == 0 ||
									native_before + unused < ED
							);
						},
					}
					let rate = Rates::<Test>::get(asset).unwrap().average;
					prop_assert!(rate.saturating_mul_int(paid) >= actual + native_back);
					let pool = Pools::<Test>::get(asset).unwrap();
					prop_assert_eq!(pool.native, pool_before.native + fee - actual - native_back);
					prop_assert_eq!(pool.tokens, pool_before.tokens - (chosen.amount - paid));
				},
				_ => prop_assert!(false, "the executor paid differently from the router's choice"),
			}
			// The fee leaves the chain (the mock's fee handler drops it): exactly the actual fee.
			prop_assert_eq!(Balances::total_issuance(), issuance_before - actual);
			// No other token moved.
			for (index, (asset, before)) in (FIRST..).zip(tokens_before).enumerate() {
				if Some(asset) != chosen.asset {
					prop_assert_eq!(balances(markets.len())[index], before);
				}
			}
			FeePools::do_try_state().unwrap();
			Ok(())
		})?;
	}
}
