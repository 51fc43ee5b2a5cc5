//! Weights of the pallet's calls.
//!
//! The pallet is not in the runtime yet and has no benchmarks: `()` below charges only the
//! storage reads and writes each call makes, counted from the code, and no compute time. The
//! benchmarks (and generated weights that replace this file) come with the runtime integration
//! of the token-standards issue; until then these figures are a lower bound, not a measurement.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each call.
pub trait WeightInfo {
	/// `create_token` with `b` buckets.
	fn create_token(b: u32) -> Weight;
	/// `mint`.
	fn mint() -> Weight;
	/// `burn`.
	fn burn() -> Weight;
	/// `transfer`.
	fn transfer() -> Weight;
	/// `pause`.
	fn pause() -> Weight;
	/// `unpause`.
	fn unpause() -> Weight;
	/// `grant_role`.
	fn grant_role() -> Weight;
	/// `revoke_role`.
	fn revoke_role() -> Weight;
	/// `claim_vested` over `g` grants.
	fn claim_vested(g: u32) -> Weight;
	/// `set_metadata`.
	fn set_metadata() -> Weight;
	/// `set_emission_recipient`.
	fn set_emission_recipient() -> Weight;
	/// `on_initialize` minting the emission of `n` tokens.
	fn on_initialize_emissions(n: u32) -> Weight;
	/// `open_pool`.
	fn open_pool() -> Weight;
}

/// Storage accesses only; see the module documentation.
impl WeightInfo for () {
	fn create_token(b: u32) -> Weight {
		// Asset creation, token, role; then per bucket the token, the asset, the account and
		// the supply (plus a grant and the escrow's provider for vested buckets).
		RocksDbWeight::get()
			.reads_writes(4, 4)
			.saturating_add(RocksDbWeight::get().reads_writes(5, 5).saturating_mul(b.into()))
	}
	fn mint() -> Weight {
		RocksDbWeight::get().reads_writes(4, 2)
	}
	fn burn() -> Weight {
		RocksDbWeight::get().reads_writes(4, 2)
	}
	fn transfer() -> Weight {
		RocksDbWeight::get().reads_writes(4, 2)
	}
	fn pause() -> Weight {
		RocksDbWeight::get().reads_writes(3, 1)
	}
	fn unpause() -> Weight {
		RocksDbWeight::get().reads_writes(3, 1)
	}
	fn grant_role() -> Weight {
		RocksDbWeight::get().reads_writes(3, 2)
	}
	fn revoke_role() -> Weight {
		RocksDbWeight::get().reads_writes(3, 2)
	}
	fn claim_vested(_g: u32) -> Weight {
		RocksDbWeight::get().reads_writes(5, 3)
	}
	fn set_metadata() -> Weight {
		RocksDbWeight::get().reads_writes(5, 3)
	}
	fn set_emission_recipient() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
	fn open_pool() -> Weight {
		RocksDbWeight::get().reads_writes(12, 10)
	}
	fn on_initialize_emissions(n: u32) -> Weight {
		RocksDbWeight::get()
			.reads_writes(1, 1)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 4).saturating_mul(n.into()))
	}
}
