//! A small deterministic generator for the property tests: SplitMix64, seeded per test, so that
//! every run checks the same cases and a failure is reproducible from its seed.

/// SplitMix64 (Steele, Lea and Flood, 2014).
pub struct Rng(u64);

impl Rng {
	/// A generator seeded with `seed`.
	pub fn new(seed: u64) -> Self {
		Self(seed)
	}

	/// The next 64 random bits.
	pub fn next_u64(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}

	/// A number in `0..bound` (`0` when `bound` is `0`).
	pub fn below_u32(&mut self, bound: u32) -> u32 {
		if bound == 0 {
			return 0;
		}
		(self.next_u64() % u64::from(bound)) as u32
	}

	/// An amount spread over every magnitude from 0 to `u128::MAX`.
	pub fn amount(&mut self) -> u128 {
		let bits = self.below_u32(129);
		let raw = (u128::from(self.next_u64()) << 64) | u128::from(self.next_u64());
		if bits == 0 {
			0
		} else {
			raw >> (128 - bits)
		}
	}
}
