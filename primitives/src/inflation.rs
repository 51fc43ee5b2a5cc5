//! Inflation: how much of a token to mint each emission period, never past the cap.
//!
//! A token with inflation mints `annual_rate × supply × period / blocks_per_year` every `period`
//! blocks: compounding, like interest paid per period, and clipped so that the supply stops
//! exactly at the cap.

use sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Perbill, Rounding};

/// The amount to mint at the end of one emission period of `period` blocks, for a token with
/// `supply` base units, a hard cap of `cap`, and `annual_rate` a year of `blocks_per_year`
/// blocks. Rounded down; zero once the cap is reached or when `blocks_per_year` is zero.
pub fn period_mint(
	supply: u128,
	cap: u128,
	annual_rate: Perbill,
	period: u32,
	blocks_per_year: u32,
) -> u128 {
	let headroom = cap.saturating_sub(supply);
	if headroom == 0 || blocks_per_year == 0 {
		return 0;
	}
	let yearly = annual_rate.mul_floor(supply);
	let due = multiply_by_rational_with_rounding(
		yearly,
		u128::from(period),
		u128::from(blocks_per_year),
		Rounding::Down,
	)
	// Only a result above u128::MAX fails, and the headroom is below that.
	.unwrap_or(headroom);
	due.min(headroom)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::testing::Rng;

	const CASES: u32 = 10_000;
	const BLOCKS_PER_YEAR: u32 = 5_256_000;

	#[test]
	fn five_percent_a_year_in_twelve_periods_mints_a_twelfth_each() {
		let supply = 1_200_000_000_000u128;
		let mint = period_mint(
			supply,
			u128::MAX,
			Perbill::from_percent(5),
			BLOCKS_PER_YEAR / 12,
			BLOCKS_PER_YEAR,
		);
		assert_eq!(mint, 5_000_000_000);
	}

	#[test]
	fn the_mint_is_clipped_to_the_cap_and_stops_there() {
		assert_eq!(
			period_mint(990, 1_000, Perbill::from_percent(50), BLOCKS_PER_YEAR, BLOCKS_PER_YEAR),
			10
		);
		assert_eq!(
			period_mint(1_000, 1_000, Perbill::from_percent(50), BLOCKS_PER_YEAR, BLOCKS_PER_YEAR),
			0
		);
		assert_eq!(
			period_mint(2_000, 1_000, Perbill::from_percent(50), BLOCKS_PER_YEAR, BLOCKS_PER_YEAR),
			0
		);
	}

	#[test]
	fn no_rate_or_no_year_mints_nothing() {
		assert_eq!(period_mint(1_000_000, u128::MAX, Perbill::zero(), 100, BLOCKS_PER_YEAR), 0);
		assert_eq!(period_mint(1_000_000, u128::MAX, Perbill::one(), 100, 0), 0);
	}

	#[test]
	fn property_supply_never_passes_the_cap_however_long_it_runs() {
		let mut rng = Rng::new(11);
		for _ in 0..CASES {
			let cap = rng.amount();
			let mut supply = rng.amount().min(cap);
			let rate = Perbill::from_parts(rng.below_u32(1_000_000_001));
			let period = rng.below_u32(BLOCKS_PER_YEAR) + 1;
			for _ in 0..20 {
				let mint = period_mint(supply, cap, rate, period, BLOCKS_PER_YEAR);
				supply = supply.checked_add(mint).expect("no overflow below the cap");
				assert!(supply <= cap, "supply {supply} passed cap {cap}");
			}
		}
	}

	#[test]
	fn property_a_larger_supply_never_mints_less_below_the_cap() {
		let mut rng = Rng::new(12);
		for _ in 0..CASES {
			let cap = u128::MAX;
			let a = rng.amount() >> 2;
			let b = a.saturating_add(rng.amount() >> 2);
			let rate = Perbill::from_parts(rng.below_u32(1_000_000_001));
			let period = rng.below_u32(BLOCKS_PER_YEAR) + 1;
			assert!(
				period_mint(a, cap, rate, period, BLOCKS_PER_YEAR)
					<= period_mint(b, cap, rate, period, BLOCKS_PER_YEAR)
			);
		}
	}

	#[test]
	fn property_a_year_of_periods_mints_at_most_the_compounded_rate() {
		let mut rng = Rng::new(13);
		for _ in 0..CASES {
			let start = (rng.amount() >> 40).max(1);
			let rate = Perbill::from_parts(rng.below_u32(200_000_001));
			let periods = rng.below_u32(365) + 1;
			let period = BLOCKS_PER_YEAR / periods;
			let mut supply = start;
			for _ in 0..periods {
				supply += period_mint(supply, u128::MAX, rate, period, BLOCKS_PER_YEAR);
			}
			// Simple interest is a lower bound, up to rounding; compounding can only add.
			let simple = start
				+ rate.mul_floor(start) * u128::from(period) * u128::from(periods)
					/ u128::from(BLOCKS_PER_YEAR);
			assert!(
				supply + u128::from(periods) >= simple,
				"{start} at {rate:?}: {supply} < {simple}"
			);
			// Compounding at r/n over n periods stays below e^r < 1 + r + r² for r ≤ 1.
			let bound = start + rate.mul_ceil(start) + rate.mul_ceil(rate.mul_ceil(start));
			assert!(supply <= bound, "{start} at {rate:?}: {supply} > {bound}");
		}
	}
}
