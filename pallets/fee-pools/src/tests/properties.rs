//! Property tests of the router, the executor and the pools, 10,000 random markets each: the
//! choice never costs more than any alternative at oracle value, a charge and its refund create
//! no value, and neither does a deposit and its withdrawal.

use super::charge::{charge_auto, settle_auto};
use crate::{mock::*, AutoPayment, Error, Pools, Rates, Shares};
use frame_support::{
	assert_ok,
	traits::{
		fungible::{Mutate as _, NativeOrWithId},
		fungibles::{Inspect as _, Mutate as _},
		Hooks,
	},
};
use proptest::prelude::*;
use sp_runtime::{DispatchError, FixedPointNumber, Permill};

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
		create_token(asset, market.min_balance);
		open_pool(NativeOrWithId::Native, asset, market.native, market.tokens, 1_000_000_000);
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

/// A routed token's market: the pooled token's AMM pool with the native token and its premium,
/// the pair pool of the routed token with it, the route's premium, the payer's holding, a swap
/// that buys the routed token on the pair between the charge and the refund (as a call paid for
/// could), and whether the routed token is frozen then, so that the AMM cannot swap the refund
/// back.
#[derive(Debug, Clone)]
struct RoutedMarket {
	pool_native: Balance,
	pool_tokens: Balance,
	pool_premium: u32,
	pair_via: Balance,
	pair_tokens: Balance,
	route_premium: u32,
	held: Balance,
	moved: Balance,
	frozen: bool,
}

fn routed_market() -> impl Strategy<Value = RoutedMarket> {
	(
		(10_000..1_000_000u128, 10_000..1_000_000u128, 0..50_000u32),
		(10_000..1_000_000u128, 10_000..1_000_000u128, 0..50_000u32),
		(0..200_000u128, prop_oneof![Just(0u128), 1..100_000u128], any::<bool>()),
	)
		.prop_map(
			|(
				(pool_native, pool_tokens, pool_premium),
				(pair_via, pair_tokens, route_premium),
				(held, moved, frozen),
			)| RoutedMarket {
				pool_native,
				pool_tokens,
				pool_premium,
				pair_via,
				pair_tokens,
				route_premium,
				held,
				moved,
				frozen,
			},
		)
}

/// `CHEAP` pooled, `ROUTED` routed through it, as `market` says; the payer holds only `ROUTED`.
fn open_routed(market: &RoutedMarket) {
	Balances::set_balance(&ALICE, 1_000_000_000_000);
	create_token(CHEAP, 1);
	assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), CHEAP, BOB, 1_000_000_000));
	let (native, tokens) = (market.pool_native, market.pool_tokens);
	open_pool(NativeOrWithId::Native, CHEAP, native, tokens, 1_000_000_000);
	assert_ok!(FeePools::register_fee_token(
		RuntimeOrigin::root(),
		CHEAP,
		Permill::from_parts(market.pool_premium)
	));
	assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), CHEAP, 150_000));
	token_with_pair(ROUTED, CHEAP, market.pair_via, market.pair_tokens);
	assert_ok!(FeePools::register_route(
		RuntimeOrigin::root(),
		ROUTED,
		CHEAP,
		Permill::from_parts(market.route_premium)
	));
	if market.held > 0 {
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), ROUTED, PAYER, market.held));
	}
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(10_000))]

	/// For any routed market, holding and fee:
	/// - the routed option pays at least the fee plus both premiums at the path's rate (the
	///   product of the two hops' averages) and leaves the payer at or above the minimum balance;
	/// - the charge takes exactly the quoted amount, or is refused and changes nothing (when the
	///   AMM would pay the pool more than `MaxSlippage` less than a payer in its token pays);
	/// - the pool's native falls by exactly the actual fee plus any native refund, which is the
	///   fee that leaves the chain; the pool's records match its account (`try_state`);
	/// - the refund comes back in the routed token, or in the pool's token, or in native, and
	///   what the payer gave in the end is worth at least the actual fee at the oracle's rates.
	#[test]
	fn a_routed_fee_is_charged_as_quoted_and_its_refund_creates_no_value(
		market in routed_market(),
		fee in 1..20_000u128,
		used in 0..=1_000u32,
	) {
		new_test_ext().execute_with(|| {
			open_routed(&market);
			let quote = FeePools::fee_quote(&PAYER, fee);
			let entry = FeePools::entry_of(ROUTED).unwrap();
			let Some(chosen) = quote.chosen.clone() else {
				prop_assert!(quote.options.is_empty());
				prop_assert!(charge_auto(PAYER, fee).is_err());
				return Ok(());
			};
			prop_assert_eq!(quote.options.len(), 1);
			prop_assert_eq!((chosen.asset, chosen.via), (Some(ROUTED), Some(CHEAP)));
			let priced = fee + entry.premium.mul_ceil(fee);
			prop_assert!(entry.rate.saturating_mul_int(chosen.amount) >= priced);
			prop_assert_eq!(entry.rate.saturating_mul_int(chosen.amount), chosen.native_value);
			// The minimum balance is one.
			prop_assert!(Assets::balance(ROUTED, PAYER) > chosen.amount);

			let pool_before = Pools::<Test>::get(CHEAP).unwrap();
			let issuance_before = Balances::total_issuance();
			let payment = match charge_auto(PAYER, fee) {
				Ok(payment) => payment,
				Err(_) => {
					// Refused: nothing moved.
					prop_assert_eq!(Pools::<Test>::get(CHEAP).unwrap(), pool_before);
					prop_assert_eq!(Assets::balance(ROUTED, PAYER), market.held);
					prop_assert_eq!(Balances::total_issuance(), issuance_before);
					FeePools::do_try_state().unwrap();
					return Ok(());
				},
			};
			prop_assert_eq!(Assets::balance(ROUTED, PAYER), market.held - chosen.amount);
			let pool = Pools::<Test>::get(CHEAP).unwrap();
			prop_assert_eq!(pool.native, pool_before.native - fee);
			let AutoPayment::Token(ref paid_in, _) = payment else {
				return Err(TestCaseError::fail("not paid in a token"));
			};
			prop_assert_eq!((paid_in.asset, paid_in.pool), (ROUTED, CHEAP));
			prop_assert_eq!(pool.tokens, pool_before.tokens + paid_in.pooled);

			if market.moved > 0 {
				// Best effort: a swap too small to buy one unit does not happen, and the market
				// stays where it was.
				let _ = frame_support::storage::with_storage_layer(|| {
					AssetConversion::swap_exact_tokens_for_tokens(
					RuntimeOrigin::signed(BOB),
					vec![
						Box::new(NativeOrWithId::WithId(CHEAP)),
						Box::new(NativeOrWithId::WithId(ROUTED)),
					],
					market.moved,
					1,
					BOB,
					false,
				)
				});
			}
			if market.frozen {
				assert_ok!(Assets::freeze_asset(RuntimeOrigin::signed(ALICE), ROUTED));
			}
			let actual = fee * Balance::from(used) / 1_000;
			let cheap_before = Assets::balance(CHEAP, PAYER);
			settle_auto(PAYER, actual, payment);
			let routed_back = Assets::balance(ROUTED, PAYER) + chosen.amount - market.held;
			let cheap_back = Assets::balance(CHEAP, PAYER) - cheap_before;
			let native_back = Balances::free_balance(PAYER);
			match refund_event() {
				Some((Some(ROUTED), amount)) => {
					prop_assert_eq!((amount, cheap_back, native_back), (routed_back, 0, 0));
				},
				Some((Some(CHEAP), amount)) => {
					prop_assert_eq!((amount, routed_back, native_back), (cheap_back, 0, 0));
				},
				Some((None, amount)) => {
					prop_assert_eq!((amount, routed_back, cheap_back), (native_back, 0, 0));
				},
				Some((Some(other), _)) => {
					return Err(TestCaseError::fail(format!("refunded in {other}")));
				},
				None => prop_assert_eq!((routed_back, cheap_back, native_back), (0, 0, 0)),
			}
			let cheap_rate = Rates::<Test>::get(CHEAP).unwrap().average;
			let pool = Pools::<Test>::get(CHEAP).unwrap();
			prop_assert_eq!(pool.native, pool_before.native - actual - native_back);
			// The pool keeps, in its token, at least the fee used at its rate plus its premium:
			// it took at least what a payer in its token pays for the whole fee and gives back at
			// most what such a payer gets back for the unused part.
			let kept = pool.tokens - pool_before.tokens;
			let premium = pool.premium;
			prop_assert!(cheap_rate.saturating_mul_int(kept) + 1 >= actual + premium.mul_floor(actual));
			// A refund in the pool's token or in native is worth no more than the unused part
			// (at the pool's rate and premium): what the payer gave is worth at least the fee
			// used. A refund in the routed token is the AMM's price for the pool's refund.
			if routed_back == 0 {
				let given = entry.rate.saturating_mul_int(chosen.amount);
				let received = cheap_rate.saturating_mul_int(cheap_back) + native_back;
				prop_assert!(given >= actual + received);
			}
			prop_assert_eq!(Balances::total_issuance(), issuance_before - actual);
			FeePools::do_try_state().unwrap();
			Ok(())
		})?;
	}
}

/// A move of a market: a swap on the AMM, buying the token with native or selling it, then some
/// blocks in which the oracle's average follows the spot price.
#[derive(Debug, Clone)]
struct MarketMove {
	buy: bool,
	amount: Balance,
	blocks: u32,
}

fn market_move() -> impl Strategy<Value = MarketMove> {
	(any::<bool>(), prop_oneof![Just(0u128), 1..300_000u128], 0..4u32)
		.prop_map(|(buy, amount, blocks)| MarketMove { buy, amount, blocks })
}

/// A fee pool, its AMM market and a provider's round trip: the AMM's reserves; what the pool
/// holds (native from its first provider, tokens taken in for fees); the market's move before
/// the deposit; the deposit; the market's move between the deposit and the withdrawal.
#[derive(Debug, Clone)]
struct RoundTrip {
	amm_native: Balance,
	amm_tokens: Balance,
	pool_native: Balance,
	pool_tokens: Balance,
	before: MarketMove,
	deposit: Balance,
	between: MarketMove,
}

fn round_trip() -> impl Strategy<Value = RoundTrip> {
	(
		(10_000..1_000_000u128, 10_000..1_000_000u128),
		(1_000..1_000_000u128, prop_oneof![Just(0u128), 1..2_000_000u128]),
		(market_move(), 1..2_000_000u128, market_move()),
	)
		.prop_map(
			|((amm_native, amm_tokens), (pool_native, pool_tokens), (before, deposit, between))| {
				RoundTrip {
					amm_native,
					amm_tokens,
					pool_native,
					pool_tokens,
					before,
					deposit,
					between,
				}
			},
		)
}

/// The provider whose round trip is tested.
const DEPOSITOR: AccountId = 78;
/// Who moves the markets.
const TRADER: AccountId = 79;

/// `FIRST` registered, its AMM pool and its fee pool as `case` says, `TRADER` and `DEPOSITOR`
/// endowed.
fn open_round_trip(case: &RoundTrip) {
	Balances::set_balance(&ALICE, 1_000_000_000_000);
	Balances::set_balance(&TRADER, 1_000_000_000_000);
	Balances::set_balance(&DEPOSITOR, 10_000_000);
	create_token(FIRST, 1);
	open_pool(NativeOrWithId::Native, FIRST, case.amm_native, case.amm_tokens, 1_000_000_000);
	assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), FIRST, TRADER, 1_000_000_000));
	assert_ok!(FeePools::register_fee_token(RuntimeOrigin::root(), FIRST, Permill::zero()));
	assert_ok!(FeePools::deposit(RuntimeOrigin::signed(ALICE), FIRST, case.pool_native));
	if case.pool_tokens > 0 {
		assert_ok!(Assets::mint_into(FIRST, &FeePools::pool_account(FIRST), case.pool_tokens));
		Pools::<Test>::mutate(FIRST, |pool| pool.as_mut().unwrap().tokens = case.pool_tokens);
	}
}

/// Makes `market_move` on `FIRST`'s market.
fn make(market_move: &MarketMove) {
	if market_move.amount > 0 {
		let (token, native) = (NativeOrWithId::WithId(FIRST), NativeOrWithId::Native);
		let (give, get) = if market_move.buy { (native, token) } else { (token, native) };
		// Best effort: a swap too small to pay out one unit does not happen.
		let _ = frame_support::storage::with_storage_layer(|| {
			AssetConversion::swap_exact_tokens_for_tokens(
				RuntimeOrigin::signed(TRADER),
				vec![Box::new(give), Box::new(get)],
				market_move.amount,
				1,
				TRADER,
				false,
			)
		});
	}
	for _ in 0..market_move.blocks {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		FeePools::on_initialize(next);
	}
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(10_000))]

	/// For any pool, market and deposit, and any move of the market (within and beyond
	/// `MaxDeviation`) before the deposit and between it and the withdrawal:
	/// - a deposit into a pool holding tokens is refused with `RateUnusable`, changing nothing,
	///   exactly when the AMM's spot price is more than `MaxDeviation` from the average (any
	///   other refusal is a deposit too small for a share or for `MinShares`);
	/// - withdrawing all the shares a deposit bought returns native and tokens worth no more
	///   than the native deposited, valued at the average or at the spot price at the deposit:
	///   every rate the deposit could have been priced at, the same for what went in (native,
	///   worth itself at any rate) and what came out. The withdrawal takes a part of each side,
	///   its amounts independent of the market's move, so no later rate changes what it takes;
	///   a later rise in the token's price is the market's, for every provider alike.
	#[test]
	fn a_deposit_and_its_withdrawal_return_no_more_value_than_was_deposited(case in round_trip()) {
		new_test_ext().execute_with(|| {
			open_round_trip(&case);
			make(&case.before);
			let average = Rates::<Test>::get(FIRST).unwrap().average;
			let spot = FeePools::spot(&FIRST);
			let usable = FeePools::usable_rate(&FIRST).is_some();
			let pool_before = Pools::<Test>::get(FIRST).unwrap();
			let native_before = Balances::free_balance(DEPOSITOR);
			let tokens_before = Assets::balance(FIRST, DEPOSITOR);
			let depositor = RuntimeOrigin::signed(DEPOSITOR);
			if let Err(error) = FeePools::deposit(depositor, FIRST, case.deposit) {
				if !usable && case.pool_tokens > 0 {
					prop_assert_eq!(error, DispatchError::from(Error::<Test>::RateUnusable));
				} else {
					// Too small for one share, or for the minimum holding.
					let too_small = [Error::<Test>::DepositTooSmall, Error::<Test>::BelowMinShares];
					prop_assert!(too_small.into_iter().any(|e| DispatchError::from(e) == error));
				}
				prop_assert_eq!(Pools::<Test>::get(FIRST).unwrap(), pool_before);
				prop_assert_eq!(Shares::<Test>::get(FIRST, DEPOSITOR), 0);
				prop_assert_eq!(Balances::free_balance(DEPOSITOR), native_before);
				FeePools::do_try_state().unwrap();
				return Ok(());
			}
			prop_assert!(usable || case.pool_tokens == 0);
			let shares = Shares::<Test>::get(FIRST, DEPOSITOR);
			make(&case.between);
			assert_ok!(FeePools::withdraw(RuntimeOrigin::signed(DEPOSITOR), FIRST, shares));
			let native_out = Balances::free_balance(DEPOSITOR) - (native_before - case.deposit);
			let tokens_out = Assets::balance(FIRST, DEPOSITOR) - tokens_before;
			for rate in [Some(average), spot].into_iter().flatten() {
				let value = native_out + rate.saturating_mul_int(tokens_out);
				prop_assert!(
					value <= case.deposit,
					"{} native and {} tokens, worth {} at {}, for {} deposited",
					native_out,
					tokens_out,
					value,
					rate,
					case.deposit
				);
			}
			FeePools::do_try_state().unwrap();
			Ok(())
		})?;
	}
}
