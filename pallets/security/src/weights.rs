//! Weights of `pallet_security`'s calls, measured by `scripts/bench.sh` (frame-omni-bencher,
//! frame-benchmarking-cli 64.0.0) on 2026-12-01 on `vm` (AMD EPYC, 2 cores):
//! 20 steps, 10 repeats, the wasm runtime, the development genesis.
//! Regenerate with `scripts/bench.sh`; do not edit by hand.
//!
//! `SubstrateWeight<T>` charges storage at `T::DbWeight`; `()` at RocksDB's weights, for tests
//! and for runtimes that do not measure their own.

#![allow(missing_docs, unused_parens, unused_imports)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// The weight of each call and hook.
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
	/// `prune_account`.
	fn prune_account() -> Weight;
	/// `check_transfer`.
	fn check_transfer() -> Weight;
	/// `note_rejected`.
	fn note_rejected() -> Weight;
	/// `set_approval_policy`.
	fn set_approval_policy() -> Weight;
	/// `propose`.
	fn propose() -> Weight;
	/// `approve`.
	fn approve() -> Weight;
	/// `execute`.
	fn execute() -> Weight;
	/// `cancel`.
	fn cancel() -> Weight;
}

/// Measured weights, storage charged at the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Security::Roles` (r:2 w:1)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn grant_role() -> Weight {
		Weight::from_parts(23_155_000, 6054)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Security::Roles` (r:2 w:1)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn revoke_role() -> Weight {
		Weight::from_parts(26_319_000, 6054)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Security::Roles` (r:1 w:0)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Security::Policies` (r:1 w:0)
	/// Proof: `Security::Policies` (`max_values`: None, `max_size`: Some(565), added: 3040, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Security::Settings` (r:1 w:1)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn set_limits() -> Weight {
		Weight::from_parts(30_345_000, 4030)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Security::Roles` (r:1 w:0)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Security::Accounts` (r:1 w:1)
	/// Proof: `Security::Accounts` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn set_account_class() -> Weight {
		Weight::from_parts(28_642_000, 3675)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Security::Roles` (r:1 w:0)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Security::Settings` (r:1 w:1)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn set_breaker() -> Weight {
		Weight::from_parts(27_491_000, 3675)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Security::Roles` (r:2 w:0)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Security::Settings` (r:1 w:1)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn halt() -> Weight {
		Weight::from_parts(31_616_000, 6054)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Security::Roles` (r:1 w:0)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Security::Policies` (r:1 w:0)
	/// Proof: `Security::Policies` (`max_values`: None, `max_size`: Some(565), added: 3040, mode: `MaxEncodedLen`)
	/// Storage: `Security::Settings` (r:1 w:1)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn resume() -> Weight {
		Weight::from_parts(28_181_000, 4030)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Security::Roles` (r:2 w:0)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Security::Settings` (r:1 w:1)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn reset_breaker() -> Weight {
		Weight::from_parts(26_139_000, 6054)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Security::PruneCursor` (r:1 w:1)
	/// Proof: `Security::PruneCursor` (`max_values`: Some(1), `max_size`: Some(258), added: 753, mode: `MaxEncodedLen`)
	/// Storage: `Security::Accounts` (r:2 w:1)
	/// Proof: `Security::Accounts` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Security::Settings` (r:1 w:0)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	fn prune_account() -> Weight {
		Weight::from_parts(18_197_000, 6136)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Security::Settings` (r:1 w:0)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Security::Accounts` (r:1 w:0)
	/// Proof: `Security::Accounts` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	fn check_transfer() -> Weight {
		Weight::from_parts(13_130_000, 3563)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn note_rejected() -> Weight {
		Weight::from_parts(12_178_000, 3494)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Security::Roles` (r:1 w:0)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Security::Policies` (r:1 w:1)
	/// Proof: `Security::Policies` (`max_values`: None, `max_size`: Some(565), added: 3040, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn set_approval_policy() -> Weight {
		Weight::from_parts(46_198_000, 4030)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Security::Policies` (r:1 w:0)
	/// Proof: `Security::Policies` (`max_values`: None, `max_size`: Some(565), added: 3040, mode: `MaxEncodedLen`)
	/// Storage: `Security::OpenProposals` (r:1 w:1)
	/// Proof: `Security::OpenProposals` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextProposal` (r:1 w:1)
	/// Proof: `Security::NextProposal` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::Proposals` (r:0 w:1)
	/// Proof: `Security::Proposals` (`max_values`: None, `max_size`: Some(633), added: 3108, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn propose() -> Weight {
		Weight::from_parts(33_519_000, 4030)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Security::Proposals` (r:1 w:1)
	/// Proof: `Security::Proposals` (`max_values`: None, `max_size`: Some(633), added: 3108, mode: `MaxEncodedLen`)
	/// Storage: `Security::Policies` (r:1 w:0)
	/// Proof: `Security::Policies` (`max_values`: None, `max_size`: Some(565), added: 3040, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:2)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn approve() -> Weight {
		Weight::from_parts(43_525_000, 4098)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Security::Proposals` (r:1 w:1)
	/// Proof: `Security::Proposals` (`max_values`: None, `max_size`: Some(633), added: 3108, mode: `MaxEncodedLen`)
	/// Storage: `Security::OpenProposals` (r:1 w:1)
	/// Proof: `Security::OpenProposals` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn execute() -> Weight {
		Weight::from_parts(58_897_000, 4098)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Security::Proposals` (r:1 w:1)
	/// Proof: `Security::Proposals` (`max_values`: None, `max_size`: Some(633), added: 3108, mode: `MaxEncodedLen`)
	/// Storage: `Security::Roles` (r:1 w:0)
	/// Proof: `Security::Roles` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Security::OpenProposals` (r:1 w:1)
	/// Proof: `Security::OpenProposals` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Security::NextSeq` (r:1 w:1)
	/// Proof: `Security::NextSeq` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditHeads` (r:1 w:1)
	/// Proof: `Security::AuditHeads` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Security::AuditLog` (r:0 w:1)
	/// Proof: `Security::AuditLog` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn cancel() -> Weight {
		Weight::from_parts(34_792_000, 4098)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
}

/// Measured weights, storage charged at RocksDB's weights.
impl WeightInfo for () {
	fn grant_role() -> Weight {
		Weight::from_parts(23_155_000, 6054)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn revoke_role() -> Weight {
		Weight::from_parts(26_319_000, 6054)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_limits() -> Weight {
		Weight::from_parts(30_345_000, 4030)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_account_class() -> Weight {
		Weight::from_parts(28_642_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_breaker() -> Weight {
		Weight::from_parts(27_491_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn halt() -> Weight {
		Weight::from_parts(31_616_000, 6054)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn resume() -> Weight {
		Weight::from_parts(28_181_000, 4030)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn reset_breaker() -> Weight {
		Weight::from_parts(26_139_000, 6054)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn prune_account() -> Weight {
		Weight::from_parts(18_197_000, 6136)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn check_transfer() -> Weight {
		Weight::from_parts(13_130_000, 3563)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(0))
	}
	fn note_rejected() -> Weight {
		Weight::from_parts(12_178_000, 3494)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_approval_policy() -> Weight {
		Weight::from_parts(46_198_000, 4030)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn propose() -> Weight {
		Weight::from_parts(33_519_000, 4030)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn approve() -> Weight {
		Weight::from_parts(43_525_000, 4098)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn execute() -> Weight {
		Weight::from_parts(58_897_000, 4098)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn cancel() -> Weight {
		Weight::from_parts(34_792_000, 4098)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
}
