//! Vesting: how much of an escrowed amount a beneficiary may claim after a number of blocks.
//!
//! A schedule releases nothing before its cliff, then releases linearly over `duration` blocks
//! counted from the cliff, so that everything is released `cliff + duration` blocks after the
//! start. A zero `duration` releases everything at the cliff.

use sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};

shared_type! {
	/// When an escrowed amount is released, in blocks counted from the schedule's start.
	#[derive(Copy)]
	#[serde(deny_unknown_fields)]
	pub struct VestingSchedule {
		/// Blocks from the start before anything is released.
		pub cliff: u32,
		/// Blocks after the cliff over which the amount is released linearly.
		pub duration: u32,
	}
}

impl VestingSchedule {
	/// Blocks from the start until everything is released.
	pub fn end(&self) -> u32 {
		self.cliff.saturating_add(self.duration)
	}

	/// The part of `total` released `elapsed` blocks after the start: zero before the cliff,
	/// linear over the duration (rounded down, so a beneficiary never receives more than was
	/// released), `total` from the end on.
	pub fn vested(&self, total: u128, elapsed: u32) -> u128 {
		if elapsed < self.cliff {
			return 0;
		}
		let since_cliff = elapsed.saturating_sub(self.cliff);
		if since_cliff >= self.duration {
			return total;
		}
		// since_cliff < duration, so the result is below `total` and the division is exact
		// enough: the helper only fails on a zero divisor, which `duration > since_cliff` rules
		// out.
		multiply_by_rational_with_rounding(
			total,
			u128::from(since_cliff),
			u128::from(self.duration),
			Rounding::Down,
		)
		.unwrap_or(0)
	}

	/// What a beneficiary who has already claimed `claimed` of `total` may claim now.
	pub fn claimable(&self, total: u128, claimed: u128, elapsed: u32) -> u128 {
		self.vested(total, elapsed).saturating_sub(claimed)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::testing::Rng;

	const CASES: u32 = 10_000;

	fn random_schedule(rng: &mut Rng) -> VestingSchedule {
		VestingSchedule { cliff: rng.below_u32(1_000_000), duration: rng.below_u32(10_000_000) }
	}

	#[test]
	fn nothing_before_the_cliff_half_in_the_middle_all_at_the_end() {
		let s = VestingSchedule { cliff: 100, duration: 1_000 };
		assert_eq!(s.vested(1_000_000, 0), 0);
		assert_eq!(s.vested(1_000_000, 99), 0);
		assert_eq!(s.vested(1_000_000, 100), 0);
		assert_eq!(s.vested(1_000_000, 600), 500_000);
		assert_eq!(s.vested(1_000_000, 1_099), 999_000);
		assert_eq!(s.vested(1_000_000, 1_100), 1_000_000);
		assert_eq!(s.vested(1_000_000, u32::MAX), 1_000_000);
		assert_eq!(s.end(), 1_100);
	}

	#[test]
	fn a_zero_duration_releases_everything_at_the_cliff() {
		let s = VestingSchedule { cliff: 10, duration: 0 };
		assert_eq!(s.vested(7, 9), 0);
		assert_eq!(s.vested(7, 10), 7);
	}

	#[test]
	fn the_largest_amounts_do_not_overflow() {
		assert_eq!(VestingSchedule { cliff: 0, duration: 2 }.vested(u128::MAX, 1), u128::MAX / 2);
		let s = VestingSchedule { cliff: 0, duration: u32::MAX };
		let almost = s.vested(u128::MAX, u32::MAX - 1);
		assert!(almost < u128::MAX && almost >= u128::MAX - u128::MAX / u128::from(u32::MAX) - 1);
	}

	#[test]
	fn property_vested_never_exceeds_total_and_never_decreases() {
		let mut rng = Rng::new(1);
		for _ in 0..CASES {
			let s = random_schedule(&mut rng);
			let total = rng.amount();
			let a = rng.below_u32(s.end().saturating_add(10));
			let b = a.saturating_add(rng.below_u32(1_000_000));
			let (va, vb) = (s.vested(total, a), s.vested(total, b));
			assert!(va <= vb, "{s:?} total {total}: vested({a}) = {va} > vested({b}) = {vb}");
			assert!(vb <= total, "{s:?}: vested {vb} above total {total}");
			assert_eq!(s.vested(total, s.end()), total, "{s:?}: not all released at the end");
			if s.cliff > 0 {
				assert_eq!(s.vested(total, s.cliff - 1), 0, "{s:?}: released before the cliff");
			}
		}
	}

	#[test]
	fn property_claims_in_any_steps_add_up_to_exactly_the_total() {
		let mut rng = Rng::new(2);
		for _ in 0..CASES {
			let s = random_schedule(&mut rng);
			let total = rng.amount();
			let (mut claimed, mut now) = (0u128, 0u32);
			while now < s.end() {
				now = now.saturating_add(rng.below_u32(s.end() / 4 + 2));
				let claim = s.claimable(total, claimed, now);
				claimed += claim;
				assert!(claimed <= s.vested(total, now));
			}
			assert_eq!(claimed, total, "{s:?}: claims summed to {claimed}, not {total}");
			assert_eq!(s.claimable(total, claimed, u32::MAX), 0);
		}
	}

	#[test]
	fn property_linear_release_is_within_one_unit_of_the_exact_fraction() {
		let mut rng = Rng::new(3);
		for _ in 0..CASES {
			let s = VestingSchedule {
				cliff: rng.below_u32(1_000),
				duration: rng.below_u32(100_000) + 1,
			};
			let total = u128::from(rng.next_u64());
			let elapsed = s.cliff + rng.below_u32(s.duration);
			let exact_times_duration = total * u128::from(elapsed - s.cliff);
			let v = s.vested(total, elapsed) * u128::from(s.duration);
			assert!(v <= exact_times_duration && exact_times_duration - v < u128::from(s.duration));
		}
	}
}
