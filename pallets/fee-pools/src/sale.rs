//! How much a pool sells at once: the largest sale a constant-product AMM pool pays for at no
//! less than the oracle rate minus `MaxSlippage`, its swap fee and price impact included.
//!
//! Selling `dx` tokens into a pool holding `x` tokens and `y` native, with swap fee `f`, pays
//!
//! ```text
//! dy = y · dx(1 − f) / (x + dx(1 − f))
//! ```
//!
//! and the sale is within the slippage `s` of the rate `r` when `dy ≥ (1 − s) · r · dx`, that is
//!
//! ```text
//! dx ≤ y / ((1 − s) · r) − x / (1 − f)
//! ```
//!
//! [`largest_sale`] is that bound, rounded down; zero when the pool's price is already more than
//! the slippage (less the fee) under the rate. Right after the largest sale the bound is below
//! zero (the sale moved the pool's price that far), so a pool sells at most one chunk a block:
//! the rate moves only between blocks.
//!
//! Plain functions over `u128`, with no storage access: the rebalancer, the tests and any client
//! compute the same numbers.

use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, FixedPointNumber, FixedU128, PerThing,
	Permill, Rounding,
};

/// `Permill`'s denominator.
const PARTS: u128 = 1_000_000;

/// What an AMM pool holding `token_reserve` and `native_reserve` pays for `tokens` with swap
/// `fee`, rounded down as `pallet-asset-conversion` rounds it; `None` when nothing is sold into
/// an empty pool or the numbers overflow.
pub fn amount_out(
	tokens: u128,
	token_reserve: u128,
	native_reserve: u128,
	fee: Permill,
) -> Option<u128> {
	let after_fee = u128::from(fee.left_from_one().deconstruct());
	let tokens_in = tokens.checked_mul(after_fee)?;
	let reserve_in = token_reserve.checked_mul(PARTS)?.checked_add(tokens_in)?;
	multiply_by_rational_with_rounding(tokens_in, native_reserve, reserve_in, Rounding::Down)
}

/// The least native the rebalancer accepts for `tokens`: their worth at `rate` less `slippage`
/// of it (rounded in the pool's favour).
pub fn least_native(rate: FixedU128, tokens: u128, slippage: Permill) -> u128 {
	let expected = rate.saturating_mul_int(tokens);
	expected.saturating_sub(slippage.mul_ceil(expected))
}

/// The most tokens an AMM pool holding `token_reserve` and `native_reserve`, with swap `fee`,
/// takes at a price no more than `slippage` under `rate`: `y / ((1 − s) · r) − x / (1 − f)`,
/// rounded down, zero when negative. Its first term saturates at `u128::MAX` (a zero rate or a
/// full slippage allows any sale); a full fee allows none.
pub fn largest_sale(
	token_reserve: u128,
	native_reserve: u128,
	rate: FixedU128,
	fee: Permill,
	slippage: Permill,
) -> u128 {
	let after_fee = u128::from(fee.left_from_one().deconstruct());
	let kept = u128::from(slippage.left_from_one().deconstruct());
	// `x / (1 − f)`, rounded up.
	let Some(fee_reserve) =
		multiply_by_rational_with_rounding(token_reserve, PARTS, after_fee, Rounding::Up)
	else {
		return 0;
	};
	// `y / ((1 − s) · r)`, rounded down: the native reserve in tokens at the rate, over what
	// the slippage keeps.
	let budget = multiply_by_rational_with_rounding(
		native_reserve,
		FixedU128::DIV.saturating_mul(PARTS),
		rate.into_inner(),
		Rounding::Down,
	)
	.and_then(|scaled| scaled.checked_div(kept))
	.unwrap_or(u128::MAX);
	budget.saturating_sub(fee_reserve)
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;
	use sp_core::U256;

	/// The exact condition, in 256-bit integers: `tokens` sold into the pool fetch at least
	/// `(1 − slippage) · rate` each, before any rounding.
	fn within_slippage(
		tokens: u128,
		token_reserve: u128,
		native_reserve: u128,
		rate: FixedU128,
		fee: Permill,
		slippage: Permill,
	) -> bool {
		let after_fee = U256::from(fee.left_from_one().deconstruct());
		let kept = U256::from(slippage.left_from_one().deconstruct());
		let parts = U256::from(PARTS);
		// dy / dx ≥ (1 − s) · r  ⟺  F · y · DIV · PARTS ≥ K · R · (x · PARTS + dx · F)
		after_fee * U256::from(native_reserve) * U256::from(FixedU128::DIV) * parts
			>= kept
				* U256::from(rate.into_inner())
				* (U256::from(token_reserve) * parts + U256::from(tokens) * after_fee)
	}

	#[test]
	fn on_a_genesis_pool_the_chunk_is_within_the_slippage_and_the_whole_is_not() {
		// A development-genesis AMM pool: 100,000 native and 200,000 tokens, 0.3% fee, 3%
		// slippage at the rate 0.5.
		let (tokens, native) = (200_000, 100_000);
		let rate = FixedU128::from_rational(1, 2);
		let (fee, slippage) = (Permill::from_perthousand(3), Permill::from_percent(3));
		let chunk = largest_sale(tokens, native, rate, fee, slippage);
		// 100,000 / (0.97 · 0.5) − 200,000 / 0.997 = 206,185.57 − 200,601.81
		assert_eq!(chunk, 5_583);
		let paid = amount_out(chunk, tokens, native, fee).unwrap();
		assert!(paid >= least_native(rate, chunk, slippage));
		// The whole of a fee pool that sold 9,000 of its 10,000 native at a 1% premium, at once:
		// 8,309 native where 8,816 is the least accepted.
		let all = 18_179;
		assert_eq!(amount_out(all, tokens, native, fee), Some(8_309));
		assert_eq!(least_native(rate, all, slippage), 8_816);
	}

	#[test]
	fn a_pool_priced_far_enough_under_the_rate_takes_nothing() {
		let fee = Permill::from_perthousand(3);
		let slippage = Permill::from_percent(3);
		// The AMM's price 0.485 against a rate of 0.5: 3% under before the fee.
		let chunk = largest_sale(200_000, 97_000, FixedU128::from_rational(1, 2), fee, slippage);
		assert_eq!(chunk, 0);
		// A full fee leaves nothing to sell for; a full slippage allows any sale.
		let one = FixedU128::from_u32(1);
		assert_eq!(largest_sale(1, 1, one, Permill::one(), slippage), 0);
		assert_eq!(largest_sale(1, 1, one, Permill::zero(), Permill::one()), u128::MAX - 1);
	}

	/// A reserve: small pools as often as large ones.
	fn reserve() -> impl Strategy<Value = u128> {
		prop_oneof![1_000..1_000_000u128, 1_000..(1u128 << 50)]
	}

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(10_000))]

		/// Against `pallet-asset-conversion`'s own formula: the same number, unit for unit.
		#[test]
		fn the_amount_out_is_the_amms(
			tokens in 1..(1u128 << 60),
			token_reserve in 1..(1u128 << 60),
			native_reserve in 1..(1u128 << 60),
			fee in 0..100_000u32,
		) {
			let fee = Permill::from_parts(fee);
			let amm = pallet_asset_conversion::Pallet::<crate::mock::Test>::get_amount_out(
				fee,
				&tokens,
				&token_reserve,
				&native_reserve,
			)
			.ok();
			prop_assert_eq!(amount_out(tokens, token_reserve, native_reserve, fee), amm);
		}

		/// For any pool, rate (half to twice the AMM's price), fee and slippage up to 10%: the
		/// largest sale is within the slippage, exactly and as the AMM and the rebalancer round
		/// it, and two units more are not: it is the largest, short of rounding.
		#[test]
		fn the_largest_sale_is_within_the_slippage_and_no_larger(
			token_reserve in reserve(),
			native_reserve in reserve(),
			per_thousand in 500..=2_000u128,
			fee in 0..100_000u32,
			slippage in 0..100_000u32,
		) {
			let spot = FixedU128::checked_from_rational(native_reserve, token_reserve).unwrap();
			let rate = FixedU128::from_inner((spot.into_inner() * per_thousand / 1_000).max(1));
			let (fee, slippage) = (Permill::from_parts(fee), Permill::from_parts(slippage));
			let chunk = largest_sale(token_reserve, native_reserve, rate, fee, slippage);
			if chunk > 0 {
				prop_assert!(within_slippage(
					chunk,
					token_reserve,
					native_reserve,
					rate,
					fee,
					slippage
				));
				let paid = amount_out(chunk, token_reserve, native_reserve, fee).unwrap();
				prop_assert!(paid >= least_native(rate, chunk, slippage));
			}
			prop_assert!(!within_slippage(
				chunk + 2,
				token_reserve,
				native_reserve,
				rate,
				fee,
				slippage
			));
		}

		/// Right after the largest sale, the pool takes nothing more at the same rate: one chunk
		/// a block is all the slippage allows.
		#[test]
		fn after_the_largest_sale_nothing_more_is_within_the_slippage(
			token_reserve in reserve(),
			native_reserve in reserve(),
			per_thousand in 500..=2_000u128,
			fee in 0..100_000u32,
			slippage in 0..100_000u32,
		) {
			let spot = FixedU128::checked_from_rational(native_reserve, token_reserve).unwrap();
			let rate = FixedU128::from_inner((spot.into_inner() * per_thousand / 1_000).max(1));
			let (fee, slippage) = (Permill::from_parts(fee), Permill::from_parts(slippage));
			let chunk = largest_sale(token_reserve, native_reserve, rate, fee, slippage);
			if chunk == 0 {
				return Ok(());
			}
			let paid = amount_out(chunk, token_reserve, native_reserve, fee).unwrap();
			let next = largest_sale(
				token_reserve + chunk,
				native_reserve - paid,
				rate,
				fee,
				slippage,
			);
			prop_assert_eq!(next, 0);
		}
	}
}
