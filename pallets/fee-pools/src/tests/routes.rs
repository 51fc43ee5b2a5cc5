//! Routed fee tokens: a token without a fee pool pays through a pooled token's pool, two hops on
//! the AMM (the token to the pooled token, whose pool sells native).

use super::{
	charge::{charge_auto, charge_named, settle_auto, settle_named},
	funded,
};
use crate::{
	mock::*, Error, Event, FeeEntry, FeeOption, FeeTable, FeeTokens, Pools, Rates, Route, Routes,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::NativeOrWithId, Hooks},
};
use sp_runtime::{DispatchError, FixedPointNumber, FixedU128, Permill};

/// An account holding 1,000,000 `ROUTED` and nothing else.
const ROUTED_ONLY: AccountId = 60;

/// Both pooled tokens funded (see [`funded`]) and `ROUTED` routed through `CHEAP` at a 2%
/// premium of its own (3% in all: the AMM's 0.3% fee and a fee's price impact on the pair pool
/// fit in it), held by `ROUTED_ONLY`.
fn routed() {
	funded();
	assert_ok!(FeePools::register_route(
		RuntimeOrigin::root(),
		ROUTED,
		CHEAP,
		Permill::from_percent(2)
	));
	assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), ROUTED, ROUTED_ONLY, 1_000_000));
}

/// BOB swaps `amount` of `give` for `get` on their AMM pool, moving its price.
fn swap_pair(give: AssetId, get: AssetId, amount: Balance) {
	assert_ok!(AssetConversion::swap_exact_tokens_for_tokens(
		RuntimeOrigin::signed(BOB),
		vec![Box::new(NativeOrWithId::WithId(give)), Box::new(NativeOrWithId::WithId(get))],
		amount,
		1,
		BOB,
		false,
	));
}

fn next_block() {
	let now = System::block_number() + 1;
	System::set_block_number(now);
	FeePools::on_initialize(now);
}

#[test]
fn admins_route_a_token_through_a_pooled_one() {
	with_route(|| {
		funded();
		assert_ok!(FeePools::register_route(
			RuntimeOrigin::root(),
			ROUTED,
			CHEAP,
			Permill::from_percent(1)
		));
		assert_eq!(FeeTokens::<Test>::get().into_inner(), vec![CHEAP, DEAR, ROUTED]);
		assert_eq!(
			Routes::<Test>::get(ROUTED),
			Some(Route { via: CHEAP, premium: Permill::from_percent(1) })
		);
		assert_eq!(Pools::<Test>::get(CHEAP).unwrap().routes, 1);
		assert!(Pools::<Test>::get(ROUTED).is_none());
		// The first hop's rate: two CHEAP a ROUTED; the path's: one native a ROUTED.
		assert_eq!(Rates::<Test>::get(ROUTED).unwrap().average, FixedU128::from_u32(2));
		assert!(FeeTable::<Test>::get().contains(&FeeEntry {
			asset: ROUTED,
			rate: FixedU128::from_u32(1),
			premium: Permill::from_percent(2),
			via: Some(CHEAP),
		}));
		System::assert_last_event(
			Event::RouteRegistered {
				asset: ROUTED,
				via: CHEAP,
				premium: Permill::from_percent(1),
				rate: FixedU128::from_u32(2),
			}
			.into(),
		);
		// The table survives a block: the rates are at the spot prices.
		next_block();
		assert!(FeeTable::<Test>::get().iter().any(|entry| entry.asset == ROUTED));
	});
}

#[test]
fn register_route_refuses_bad_input() {
	with_route(|| {
		funded();
		let route = |asset, via| {
			FeePools::register_route(RuntimeOrigin::root(), asset, via, Permill::zero())
		};
		assert_noop!(
			FeePools::register_route(RuntimeOrigin::signed(ALICE), ROUTED, CHEAP, Permill::zero()),
			DispatchError::BadOrigin
		);
		// The token to route through must have a pool.
		assert_noop!(route(ROUTED, UNPRICED), Error::<Test>::NotPooled);
		// The AMM must pair the two.
		assert_ok!(Assets::force_create(RuntimeOrigin::root(), UNPRICED, ALICE, true, 1));
		assert_noop!(route(UNPRICED, CHEAP), Error::<Test>::NoPrice);
		assert_noop!(route(ROUTED, DEAR), Error::<Test>::NoPrice);
		// A fee token is either pooled or routed.
		assert_noop!(route(DEAR, CHEAP), Error::<Test>::AlreadyRegistered);
		assert_ok!(route(ROUTED, CHEAP));
		assert_noop!(route(ROUTED, CHEAP), Error::<Test>::AlreadyRegistered);
		// Two hops at most: no route leads to a routed token.
		token_with_pair(5, ROUTED, 1_000, 1_000);
		assert_noop!(route(5, ROUTED), Error::<Test>::NotPooled);
		// The registry's bound counts routed tokens too.
		token_with_pair(6, CHEAP, 1_000, 1_000);
		assert_ok!(route(6, CHEAP));
		token_with_pair(7, CHEAP, 1_000, 1_000);
		assert_noop!(route(7, CHEAP), Error::<Test>::TooManyFeeTokens);
	});
}

#[test]
fn a_routed_token_is_deregistered_at_once_and_its_pool_only_after_it() {
	with_route(|| {
		routed();
		assert_ok!(FeePools::withdraw(RuntimeOrigin::signed(ALICE), CHEAP, 10_000));
		assert_noop!(
			FeePools::deregister_fee_token(RuntimeOrigin::root(), CHEAP),
			Error::<Test>::HasRoutes
		);
		assert_ok!(FeePools::deregister_fee_token(RuntimeOrigin::root(), ROUTED));
		System::assert_last_event(Event::FeeTokenDeregistered { asset: ROUTED }.into());
		assert!(Routes::<Test>::get(ROUTED).is_none());
		assert!(Rates::<Test>::get(ROUTED).is_none());
		assert_eq!(Pools::<Test>::get(CHEAP).unwrap().routes, 0);
		assert!(FeeTable::<Test>::get().iter().all(|entry| entry.asset != ROUTED));
		assert_ok!(FeePools::deregister_fee_token(RuntimeOrigin::root(), CHEAP));
	});
}

#[test]
fn a_routed_token_pays_its_own_premium_and_its_pools() {
	with_route(|| {
		routed();
		let entry = |asset| FeeTable::<Test>::get().into_iter().find(|e| e.asset == asset);
		assert_ok!(FeePools::set_premium(RuntimeOrigin::root(), ROUTED, Permill::from_percent(3)));
		System::assert_last_event(
			Event::PremiumSet { asset: ROUTED, premium: Permill::from_percent(3) }.into(),
		);
		assert_eq!(Routes::<Test>::get(ROUTED).unwrap().premium, Permill::from_percent(3));
		assert_eq!(entry(ROUTED).unwrap().premium, Permill::from_percent(4));
		// The pool's premium moves its routed tokens' too.
		assert_ok!(FeePools::set_premium(RuntimeOrigin::root(), CHEAP, Permill::from_percent(5)));
		assert_eq!(entry(ROUTED).unwrap().premium, Permill::from_percent(8));
		assert_eq!(Pools::<Test>::get(CHEAP).unwrap().premium, Permill::from_percent(5));
	});
}

#[test]
fn the_router_offers_the_routed_path_valued_at_both_hops_rates() {
	with_route(|| {
		routed();
		// 1,000 native at one native a ROUTED, plus 3%.
		assert_eq!(
			FeePools::quote(&ROUTED_ONLY, 1_000),
			vec![FeeOption {
				asset: Some(ROUTED),
				amount: 1_030,
				native_value: 1_030,
				via: Some(CHEAP)
			}]
		);
		assert_eq!(FeePools::choose(&ROUTED_ONLY, 1_000).unwrap().asset, Some(ROUTED));
		// An account holding CHEAP too pays in CHEAP, which costs less (1%, one hop).
		// (The routed option is offered only while the AMM would pay the pool at least what a
		// payer in CHEAP pays: here 1,030 ROUTED fetch 2,032 CHEAP, more than 2,020.)
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), CHEAP, ROUTED_ONLY, 1_000_000));
		assert_eq!(FeePools::choose(&ROUTED_ONLY, 1_000).unwrap().asset, Some(CHEAP));
	});
}

#[test]
fn a_routed_fee_swaps_into_the_pool_and_the_refund_swaps_back() {
	with_route(|| {
		routed();
		let payment = charge_auto(ROUTED_ONLY, 1_000).unwrap();
		// 1,030 ROUTED swapped on the pair pool (100,000 ROUTED, 200,000 CHEAP, 0.3% fee) pay
		// the CHEAP pool 2,032 CHEAP, at least the 2,020 a payer in CHEAP pays.
		let pool = Pools::<Test>::get(CHEAP).unwrap();
		assert_eq!((pool.native, pool.tokens), (9_000, 2_032));
		assert_eq!(Assets::balance(ROUTED, ROUTED_ONLY), 1_000_000 - 1_030);
		System::assert_has_event(
			Event::FeeCharged {
				who: ROUTED_ONLY,
				asset: Some(ROUTED),
				amount: 1_030,
				native: 1_000,
			}
			.into(),
		);
		// Half the fee used: the pool gives what it would give a CHEAP payer for 500 native,
		// 1,010 CHEAP, which the AMM turns into 511 ROUTED.
		settle_auto(ROUTED_ONLY, 500, payment);
		System::assert_has_event(
			Event::FeeRefunded { who: ROUTED_ONLY, asset: Some(ROUTED), amount: 511 }.into(),
		);
		assert_eq!(Assets::balance(ROUTED, ROUTED_ONLY), 1_000_000 - 1_030 + 511);
		let pool = Pools::<Test>::get(CHEAP).unwrap();
		assert_eq!((pool.native, pool.tokens), (9_500, 2_032 - 1_010));
		// What the payer paid in the end is worth at least the fee used, at the path's rate, and
		// what the pool kept at least the fee used, at its rate.
		let paid = 1_000_000 - Assets::balance(ROUTED, ROUTED_ONLY);
		let rate = FeePools::entry_of(ROUTED).unwrap().rate;
		assert!(rate.saturating_mul_int(paid) >= 500);
		let cheap_rate = Rates::<Test>::get(CHEAP).unwrap().average;
		assert!(cheap_rate.saturating_mul_int(pool.tokens) >= 500);
		assert_eq!(Balances::free_balance(ROUTED_ONLY), 0);
	});
}

#[test]
fn a_refund_the_amm_cannot_swap_back_is_paid_in_the_pools_token() {
	with_route(|| {
		routed();
		let payment = charge_named(ROUTED_ONLY, ROUTED, 1_000).unwrap();
		// ROUTED's owner freezes it: the AMM cannot pay ROUTED out.
		assert_ok!(Assets::freeze_asset(RuntimeOrigin::signed(ALICE), ROUTED));
		let cost = settle_named(ROUTED_ONLY, ROUTED, 500, payment);
		assert_eq!(cost, Ok(1_030));
		assert_eq!(Assets::balance(CHEAP, ROUTED_ONLY), 1_010);
		System::assert_has_event(
			Event::FeeRefunded { who: ROUTED_ONLY, asset: Some(CHEAP), amount: 1_010 }.into(),
		);
		let pool = Pools::<Test>::get(CHEAP).unwrap();
		assert_eq!((pool.native, pool.tokens), (9_500, 2_032 - 1_010));
	});
}

#[test]
fn a_routed_token_the_amm_would_underpay_the_pool_for_is_not_offered() {
	with_route(|| {
		routed();
		assert_eq!(FeePools::choose(&ROUTED_ONLY, 1_000).unwrap().asset, Some(ROUTED));
		// Someone sells 3,000 ROUTED on the pair: its spot price falls about 6%, inside the
		// 10% guard, but 1,030 ROUTED would now fetch less than the 2,020 CHEAP a payer in CHEAP
		// pays: the routed option is gone, and a charge fails and changes nothing.
		swap_pair(ROUTED, CHEAP, 3_000);
		assert!(FeePools::usable_entry_rate(&FeePools::entry_of(ROUTED).unwrap()).is_some());
		assert!(FeePools::quote(&ROUTED_ONLY, 1_000).is_empty());
		let pool = Pools::<Test>::get(CHEAP).unwrap();
		let events = System::events().len();
		assert!(charge_auto(ROUTED_ONLY, 1_000).is_err());
		assert!(FeePools::charge_in_token(&ROUTED_ONLY, ROUTED, 1_000).is_err());
		assert_eq!(Pools::<Test>::get(CHEAP).unwrap(), pool);
		assert_eq!(Assets::balance(ROUTED, ROUTED_ONLY), 1_000_000);
		assert_eq!(System::events().len(), events);
	});
}

#[test]
fn a_manipulated_hop_takes_the_routed_token_out() {
	with_route(|| {
		routed();
		// A large swap on the pair pool: at once the router passes over ROUTED ...
		swap_pair(ROUTED, CHEAP, 20_000);
		assert!(FeePools::quote(&ROUTED_ONLY, 1_000).is_empty());
		assert!(charge_auto(ROUTED_ONLY, 1_000).is_err());
		// ... and from the next block the table leaves it out.
		next_block();
		assert!(FeeTable::<Test>::get().iter().all(|entry| entry.asset != ROUTED));
	});
	with_route(|| {
		routed();
		// A large swap on the pooled token's own pool takes the routed token out with it.
		assert_ok!(AssetConversion::swap_exact_tokens_for_tokens(
			RuntimeOrigin::signed(BOB),
			vec![Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(CHEAP))],
			50_000,
			1,
			BOB,
			false,
		));
		assert!(FeePools::quote(&ROUTED_ONLY, 1_000).is_empty());
		next_block();
		let table = FeeTable::<Test>::get();
		assert!(table.iter().all(|entry| entry.asset != ROUTED && entry.asset != CHEAP));
		assert!(table.iter().any(|entry| entry.asset == DEAR));
	});
}

#[test]
fn try_state_catches_a_route_count_that_differs_from_the_routes() {
	with_route(|| {
		routed();
		FeePools::do_try_state().unwrap();
		Pools::<Test>::mutate(CHEAP, |pool| pool.as_mut().unwrap().routes = 0);
		assert!(FeePools::do_try_state().is_err());
		Pools::<Test>::mutate(CHEAP, |pool| pool.as_mut().unwrap().routes = 1);
	});
}
