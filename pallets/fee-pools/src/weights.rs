//! Weights of the pallet's calls and hook.
//!
//! The pallet is not in the runtime yet, so `scripts/bench.sh` has not measured it: `()` below
//! charges only the storage reads and writes each call makes, counted from the code, and no
//! compute time. The generated file replaces this one when the runtime includes the pallet.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each call and of the hook.
pub trait WeightInfo {
	/// `register_fee_token`.
	fn register_fee_token() -> Weight;
	/// `deregister_fee_token`.
	fn deregister_fee_token() -> Weight;
	/// `set_premium`.
	fn set_premium() -> Weight;
	/// `deposit`.
	fn deposit() -> Weight;
	/// `withdraw`.
	fn withdraw() -> Weight;
	/// `on_initialize` moving the rates of `n` fee tokens.
	fn on_initialize(n: u32) -> Weight;
}

/// Storage accesses only; see the module documentation.
impl WeightInfo for () {
	fn register_fee_token() -> Weight {
		// The pool, the AMM pool and its two reserves, the registry, the rate.
		RocksDbWeight::get().reads_writes(5, 3)
	}
	fn deregister_fee_token() -> Weight {
		RocksDbWeight::get().reads_writes(2, 3)
	}
	fn set_premium() -> Weight {
		RocksDbWeight::get().reads_writes(1, 1)
	}
	fn deposit() -> Weight {
		// The pool, the rate, both accounts, the shares.
		RocksDbWeight::get().reads_writes(5, 4)
	}
	fn withdraw() -> Weight {
		// The pool, the shares, both native accounts, the asset and both asset accounts.
		RocksDbWeight::get().reads_writes(7, 6)
	}
	fn on_initialize(n: u32) -> Weight {
		// The registry; per token the AMM pool, its two reserves and the rate.
		RocksDbWeight::get()
			.reads(1)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 1).saturating_mul(n.into()))
	}
}
