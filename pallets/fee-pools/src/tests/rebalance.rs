//! The rebalancer: which pools sell, at what price, how much at once, how many a block.

use super::funded;
use crate::{mock::*, sale, Event, Pools, Rates, RebalanceCursor, WeightInfo};
use frame_support::{
	assert_ok,
	traits::{
		fungible::{Mutate as _, NativeOrWithId},
		Get, Hooks,
	},
	weights::Weight,
};
use sp_runtime::Permill;

/// A token whose AMM pool is deep (10,000,000 each side, one to one), registered at no premium,
/// its fee pool funded with 10,000 native.
const DEEP: AssetId = 4;
const ANOTHER_DEEP: AssetId = 5;

fn deep(asset: AssetId) {
	Balances::set_balance(&ALICE, 1_000_000_000);
	token_with_pool(asset, 10_000_000, 10_000_000);
	assert_ok!(FeePools::register_fee_token(RuntimeOrigin::root(), asset, Permill::zero()));
	assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), asset, 10_000));
}

/// BOB pays a `native` fee in `asset`: the pool sells that much native for tokens.
fn pay_fee(asset: AssetId, native: Balance) {
	assert_ok!(FeePools::charge_in_token(&BOB, asset, native).map(drop));
}

fn idle(weight: Weight) -> Weight {
	FeePools::on_idle(System::block_number(), weight)
}

fn rebalanced(asset: AssetId) -> Option<(Balance, Balance)> {
	System::events().into_iter().find_map(|record| match record.event {
		RuntimeEvent::FeePools(Event::Rebalanced { asset: a, tokens, native, .. })
			if a == asset =>
		{
			Some((tokens, native))
		},
		_ => None,
	})
}

/// The tokens offered and the least native accepted of `asset`'s refused sale, if any.
fn refused(asset: AssetId) -> Option<(Balance, Balance)> {
	System::events().into_iter().find_map(|record| match record.event {
		RuntimeEvent::FeePools(Event::RebalanceFailed { asset: a, tokens, min_native, .. })
			if a == asset =>
		{
			Some((tokens, min_native))
		},
		_ => None,
	})
}

fn max_slippage() -> Permill {
	<Test as crate::Config>::MaxSlippage::get()
}

/// Freezes the pool's account in `asset`: the AMM cannot take its tokens.
fn freeze_pool(asset: AssetId) {
	assert_ok!(Assets::freeze(RuntimeOrigin::signed(ALICE), asset, FeePools::pool_account(asset)));
}

#[test]
fn a_pool_below_the_threshold_sells_its_tokens_back_to_native() {
	with_tokens(|| {
		deep(DEEP);
		// 6,000 of the pool's 10,000 native sold for 6,000 tokens: native is 40% of its value.
		pay_fee(DEEP, 6_000);
		assert_eq!(Pools::<Test>::get(DEEP).unwrap().tokens, 6_000);
		idle(Weight::MAX);
		let (tokens, native) = rebalanced(DEEP).unwrap();
		// All but the token's minimum balance, at the AMM's price less its 0.3% fee.
		assert_eq!(tokens, 5_999);
		assert!((5_970..5_999).contains(&native), "sold for {native}");
		let pool = Pools::<Test>::get(DEEP).unwrap();
		assert_eq!((pool.native, pool.tokens), (4_000 + native, 1));
	});
}

#[test]
fn a_pool_at_or_above_the_threshold_is_left_alone() {
	with_tokens(|| {
		deep(DEEP);
		// Native is exactly half the pool's value: not below the threshold.
		pay_fee(DEEP, 5_000);
		let before = Pools::<Test>::get(DEEP).unwrap();
		idle(Weight::MAX);
		assert_eq!(Pools::<Test>::get(DEEP).unwrap(), before);
		assert_eq!(rebalanced(DEEP), None);
	});
}

#[test]
fn a_sale_the_amm_cannot_take_whole_is_cut_to_what_it_takes_within_the_slippage() {
	with_tokens(|| {
		funded();
		// DEAR's AMM pool is shallow (100,000 native, 400,000 DEAR): the 24,000 DEAR the pool
		// takes in for 6,000 native, sold at once (all but the minimum balance), would fetch
		// 5,644 native, 6% under the rate.
		pay_fee(DEAR, 6_000);
		let rate = Rates::<Test>::get(DEAR).unwrap().average;
		let paid_whole = AssetConversion::quote_price_exact_tokens_for_tokens(
			NativeOrWithId::WithId(DEAR),
			NativeOrWithId::Native,
			23_999,
			true,
		);
		assert_eq!(paid_whole, Some(5_644));
		assert!(5_644 < sale::least_native(rate, 23_999, max_slippage()));
		idle(Weight::MAX);
		// 400,000 DEAR and 100,000 native take 11,167 DEAR within 3% of 0.25 with a 0.3% fee:
		// 100,000 / (0.97 · 0.25) − 400,000 / 0.997 = 412,371.13 − 401,203.61.
		assert_eq!(rebalanced(DEAR), Some((11_167, 2_708)));
		assert!(2_708 >= sale::least_native(rate, 11_167, max_slippage()));
		System::assert_has_event(
			Event::Rebalanced { asset: DEAR, tokens: 11_167, native: 2_708, unsold: 12_832 }.into(),
		);
		let pool = Pools::<Test>::get(DEAR).unwrap();
		assert_eq!((pool.native, pool.tokens), (4_000 + 2_708, 24_000 - 11_167));
		assert_eq!(refused(DEAR), None);
	});
}

#[test]
fn on_the_genesis_proportions_a_pool_sells_in_chunks_until_it_is_back_above_its_threshold() {
	with_tokens(|| {
		// CHEAP's markets are the development genesis' in proportion: an AMM pool of 100,000
		// native and 200,000 CHEAP, a fee pool of 10,000 native.
		funded();
		// Fees take 9,000 of the pool's native, for 18,180 CHEAP at 0.5 plus the 1% premium.
		pay_fee(CHEAP, 9_000);
		let start = Pools::<Test>::get(CHEAP).unwrap();
		assert_eq!((start.native, start.tokens), (1_000, 18_180));
		// All at once, as the rebalancer used to sell, the AMM pays 8,309 where 8,816 (3% under
		// the rate) is the least accepted: refused, every time, while the pool drains.
		let rate = Rates::<Test>::get(CHEAP).unwrap().average;
		let whole = start.tokens - 1;
		let paid_whole = AssetConversion::quote_price_exact_tokens_for_tokens(
			NativeOrWithId::WithId(CHEAP),
			NativeOrWithId::Native,
			whole,
			true,
		)
		.unwrap();
		assert!(paid_whole < sale::least_native(rate, whole, max_slippage()));
		// In chunks, block after block, the oracle following the AMM's price (nobody trades
		// it back up: the slow case).
		let mut sales = Vec::new();
		for block in 1..=10 {
			if block > 1 {
				System::set_block_number(block);
				FeePools::on_initialize(block);
			}
			System::reset_events();
			let before = Pools::<Test>::get(CHEAP).unwrap();
			let rate = Rates::<Test>::get(CHEAP).unwrap().average;
			idle(Weight::MAX);
			assert_eq!(refused(CHEAP), None, "refused in block {block}");
			let after = Pools::<Test>::get(CHEAP).unwrap();
			assert!(after.native >= before.native && after.tokens <= before.tokens);
			if let Some((tokens, native)) = rebalanced(CHEAP) {
				assert!(native >= sale::least_native(rate, tokens, max_slippage()));
				let expected = (before.native + native, before.tokens - tokens);
				assert_eq!((after.native, after.tokens), expected);
				sales.push((block, tokens, native));
			}
		}
		// The first chunk: 100,000 / (0.97 · 0.5) − 200,000 / 0.997 = 206,185.57 − 200,601.81.
		assert_eq!(sales.first(), Some(&(1, 5_583, 2_707)));
		assert!(sales.len() >= 2, "one sale only: {sales:?}");
		let pool = Pools::<Test>::get(CHEAP).unwrap();
		let rate = Rates::<Test>::get(CHEAP).unwrap().average;
		let threshold = <Test as crate::Config>::RebalanceThreshold::get();
		assert!(pool.native >= threshold.mul_floor(FeePools::pool_value(&pool, rate)));
	});
}

#[test]
fn a_sale_the_amm_refuses_changes_nothing_and_is_reported() {
	with_tokens(|| {
		funded();
		pay_fee(DEAR, 6_000);
		freeze_pool(DEAR);
		let before = Pools::<Test>::get(DEAR).unwrap();
		let reserves =
			AssetConversion::get_reserves(NativeOrWithId::Native, NativeOrWithId::WithId(DEAR))
				.ok();
		idle(Weight::MAX);
		assert_eq!(Pools::<Test>::get(DEAR).unwrap(), before);
		assert_eq!(
			AssetConversion::get_reserves(NativeOrWithId::Native, NativeOrWithId::WithId(DEAR))
				.ok(),
			reserves
		);
		assert_eq!(rebalanced(DEAR), None);
		// The chunk it offered, worth 2,791 native at the rate; 3% less is the least accepted.
		assert_eq!(refused(DEAR), Some((11_167, 2_707)));
	});
}

#[test]
fn a_refused_pool_waits_before_it_tries_again() {
	with_tokens(|| {
		funded();
		pay_fee(DEAR, 6_000);
		freeze_pool(DEAR);
		let failed = || {
			System::events().into_iter().any(|record| {
				matches!(record.event, RuntimeEvent::FeePools(Event::RebalanceFailed { .. }))
			})
		};
		idle(Weight::MAX);
		assert!(failed());
		assert_eq!(crate::RebalanceAfter::<Test>::get(DEAR), Some(1 + 5));
		// Blocks 2 to 5: no attempt, no event.
		for block in 2..6 {
			System::reset_events();
			System::set_block_number(block);
			idle(Weight::MAX);
			assert!(!failed(), "tried again in block {block}");
		}
		// Block 6: it tries again (and is refused again: the pool's account is still frozen).
		System::reset_events();
		System::set_block_number(6);
		idle(Weight::MAX);
		assert!(failed());
		assert_eq!(crate::RebalanceAfter::<Test>::get(DEAR), Some(6 + 5));
	});
}

#[test]
fn a_manipulated_price_is_not_sold_into() {
	with_tokens(|| {
		deep(DEEP);
		pay_fee(DEEP, 6_000);
		// Someone dumps tokens on the AMM: the spot price falls 20% under the rate.
		assert_ok!(AssetConversion::swap_exact_tokens_for_tokens(
			RuntimeOrigin::signed(ALICE),
			vec![Box::new(NativeOrWithId::WithId(DEEP)), Box::new(NativeOrWithId::Native)],
			1_000_000,
			1,
			ALICE,
			false,
		));
		let before = Pools::<Test>::get(DEEP).unwrap();
		idle(Weight::MAX);
		assert_eq!(Pools::<Test>::get(DEEP).unwrap(), before);
		assert_eq!(rebalanced(DEEP), None);
	});
}

#[test]
fn on_idle_visits_what_its_weight_allows_round_robin() {
	with_tokens(|| {
		deep(DEEP);
		deep(ANOTHER_DEEP);
		pay_fee(DEEP, 6_000);
		pay_fee(ANOTHER_DEEP, 6_000);
		// The registry is [DEEP, ANOTHER_DEEP]: `with_tokens` registers neither CHEAP nor DEAR.
		let fixed = <<Test as frame_system::Config>::DbWeight as Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get()
		.reads_writes(2, 1);
		let visit = <() as WeightInfo>::rebalance();
		// Not enough for one visit: nothing happens, nothing is used.
		assert_eq!(idle(fixed), Weight::zero());
		assert_eq!(rebalanced(DEEP), None);
		// Enough for one visit: the first pool only, and the cursor moves on.
		assert_eq!(idle(fixed + visit), fixed + visit);
		assert!(rebalanced(DEEP).is_some());
		assert_eq!(rebalanced(ANOTHER_DEEP), None);
		assert_eq!(RebalanceCursor::<Test>::get(), 1);
		// The next block starts where this one stopped.
		System::reset_events();
		assert_eq!(idle(fixed + visit), fixed + visit);
		assert!(rebalanced(ANOTHER_DEEP).is_some());
		assert_eq!(RebalanceCursor::<Test>::get(), 0);
	});
}

#[test]
fn a_pool_with_nothing_to_sell_is_left_alone() {
	with_tokens(|| {
		deep(DEEP);
		let before = Pools::<Test>::get(DEEP).unwrap();
		idle(Weight::MAX);
		assert_eq!(Pools::<Test>::get(DEEP).unwrap(), before);
		assert_eq!(rebalanced(DEEP), None);
	});
}
