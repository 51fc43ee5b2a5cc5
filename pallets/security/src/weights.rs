//! Weights of `pallet-security`.
//!
//! NOT YET MEASURED. The pallet is not yet in the runtime, so `scripts/bench.sh` has not run its
//! benchmarks (they run as tests). Until it does, each weight is its storage accesses at
//! RocksDB's weights plus a fixed 50 µs of computation: an estimate, to be replaced by the
//! generated file.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::{constants::RocksDbWeight, Weight};

/// Weight functions of `pallet-security`.
pub trait WeightInfo {
	/// `grant_role`.
	fn grant_role() -> Weight;
	/// `revoke_role`.
	fn revoke_role() -> Weight;
	/// `set_limits`.
	fn set_limits() -> Weight;
	/// `set_account_class`.
	fn set_account_class() -> Weight;
	/// `set_breaker`.
	fn set_breaker() -> Weight;
	/// `halt`.
	fn halt() -> Weight;
	/// `resume`.
	fn resume() -> Weight;
	/// `reset_breaker`.
	fn reset_breaker() -> Weight;
	/// One account visited by `on_idle`'s pruning.
	fn prune_account() -> Weight;
	/// `set_approval_policy`.
	fn set_approval_policy() -> Weight;
	/// `propose`, the proposal left pending.
	fn propose() -> Weight;
	/// `approve`, the proposal left pending or queued.
	fn approve() -> Weight;
	/// `execute`, the dearest operation (a mint).
	fn execute() -> Weight;
	/// `cancel`.
	fn cancel() -> Weight;
	/// Transaction validation's check of a transfer.
	fn check_transfer() -> Weight;
	/// A refused attempt recorded after its dispatch.
	fn note_rejected() -> Weight;
}

/// The estimate: `reads` and `writes` at RocksDB's weights, and 50 µs of computation.
fn estimate(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(50_000_000, 4_000)
		.saturating_add(RocksDbWeight::get().reads_writes(reads, writes))
}

/// Estimated weights (see the module documentation), the same for every runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn grant_role() -> Weight {
		<() as WeightInfo>::grant_role()
	}
	fn revoke_role() -> Weight {
		<() as WeightInfo>::revoke_role()
	}
	fn set_limits() -> Weight {
		<() as WeightInfo>::set_limits()
	}
	fn set_account_class() -> Weight {
		<() as WeightInfo>::set_account_class()
	}
	fn set_breaker() -> Weight {
		<() as WeightInfo>::set_breaker()
	}
	fn halt() -> Weight {
		<() as WeightInfo>::halt()
	}
	fn resume() -> Weight {
		<() as WeightInfo>::resume()
	}
	fn reset_breaker() -> Weight {
		<() as WeightInfo>::reset_breaker()
	}
	fn prune_account() -> Weight {
		<() as WeightInfo>::prune_account()
	}
	fn set_approval_policy() -> Weight {
		<() as WeightInfo>::set_approval_policy()
	}
	fn propose() -> Weight {
		<() as WeightInfo>::propose()
	}
	fn approve() -> Weight {
		<() as WeightInfo>::approve()
	}
	fn execute() -> Weight {
		<() as WeightInfo>::execute()
	}
	fn cancel() -> Weight {
		<() as WeightInfo>::cancel()
	}
	fn check_transfer() -> Weight {
		<() as WeightInfo>::check_transfer()
	}
	fn note_rejected() -> Weight {
		<() as WeightInfo>::note_rejected()
	}
}

/// Estimated weights (see the module documentation). Each call reads and writes its settings or
/// role, and files an audit entry (the sequence, the ring's head, the entry).
impl WeightInfo for () {
	fn grant_role() -> Weight {
		estimate(4, 4)
	}
	fn revoke_role() -> Weight {
		estimate(4, 4)
	}
	fn set_limits() -> Weight {
		estimate(5, 4)
	}
	fn set_account_class() -> Weight {
		estimate(5, 4)
	}
	fn set_breaker() -> Weight {
		estimate(5, 5)
	}
	fn halt() -> Weight {
		estimate(5, 4)
	}
	fn resume() -> Weight {
		estimate(4, 4)
	}
	fn reset_breaker() -> Weight {
		estimate(4, 4)
	}
	fn prune_account() -> Weight {
		estimate(2, 1)
	}
	fn set_approval_policy() -> Weight {
		estimate(5, 4)
	}
	fn propose() -> Weight {
		estimate(7, 7)
	}
	fn approve() -> Weight {
		estimate(6, 5)
	}
	/// The operation (a mint: the token, its asset, the recipient, the policy's hooks) on top
	/// of closing the proposal and auditing.
	fn execute() -> Weight {
		estimate(12, 9)
	}
	fn cancel() -> Weight {
		estimate(6, 6)
	}
	/// The token's settings and the sender's counters.
	fn check_transfer() -> Weight {
		estimate(2, 0)
	}
	/// The audit entry (sequence, ring head, entry) and the event.
	fn note_rejected() -> Weight {
		estimate(2, 3)
	}
}
