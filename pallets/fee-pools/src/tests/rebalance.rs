//! The rebalancer: which pools sell, at what price, how many a block.

use super::funded;
use crate::{mock::*, Event, Pools, RebalanceCursor, WeightInfo};
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
		RuntimeEvent::FeePools(Event::Rebalanced { asset: a, tokens, native }) if a == asset => {
			Some((tokens, native))
		},
		_ => None,
	})
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
fn a_sale_beyond_the_slippage_limit_is_refused_and_changes_nothing() {
	with_tokens(|| {
		funded();
		// DEAR's AMM pool is shallow (100,000 native): selling 24,000 DEAR moves its price ~6%.
		pay_fee(DEAR, 6_000);
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
		// Worth 6,000 native at the rate; 3% less is the least accepted.
		System::assert_has_event(
			Event::RebalanceFailed {
				asset: DEAR,
				tokens: 23_999,
				min_native: 5_819,
				error: pallet_asset_conversion::Error::<Test>::ProvidedMinimumNotSufficientForSwap
					.into(),
			}
			.into(),
		);
	});
}

#[test]
fn a_refused_pool_waits_before_it_tries_again() {
	with_tokens(|| {
		funded();
		pay_fee(DEAR, 6_000);
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
		// Block 6: it tries again (and is refused again: the AMM is as shallow as before).
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
