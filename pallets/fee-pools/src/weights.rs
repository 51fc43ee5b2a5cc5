//! Weights of `pallet_fee_pools`'s calls, measured by `scripts/bench.sh` (frame-omni-bencher,
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
	/// `on_initialize`, by `n`.
	fn on_initialize(n: u32) -> Weight;
	/// `rebalance`.
	fn rebalance() -> Weight;
	/// `charge_native`.
	fn charge_native() -> Weight;
	/// `charge_cheapest`, by `n`.
	fn charge_cheapest(n: u32) -> Weight;
	/// `charge_auto`, by `n`.
	fn charge_auto(n: u32) -> Weight;
	/// `register_route`.
	fn register_route() -> Weight;
	/// `charge_route`, by `n`.
	fn charge_route(n: u32) -> Weight;
}

/// Measured weights, storage charged at the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `FeePools::FeeTokens` (r:1 w:1)
	/// Proof: `FeePools::FeeTokens` (`max_values`: Some(1), `max_size`: Some(129), added: 624, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Routes` (r:1 w:0)
	/// Proof: `FeePools::Routes` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::FeeTable` (r:1 w:1)
	/// Proof: `FeePools::FeeTable` (`max_values`: Some(1), `max_size`: Some(929), added: 1424, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Pools` (r:0 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Rates` (r:0 w:1)
	/// Proof: `FeePools::Rates` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn register_fee_token() -> Weight {
		Weight::from_parts(62_001_000, 3675)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `FeePools::Routes` (r:1 w:0)
	/// Proof: `FeePools::Routes` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Pools` (r:1 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::FeeTokens` (r:1 w:1)
	/// Proof: `FeePools::FeeTokens` (`max_values`: Some(1), `max_size`: Some(129), added: 624, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::FeeTable` (r:1 w:1)
	/// Proof: `FeePools::FeeTable` (`max_values`: Some(1), `max_size`: Some(929), added: 1424, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::RebalanceAfter` (r:0 w:1)
	/// Proof: `FeePools::RebalanceAfter` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Rates` (r:0 w:1)
	/// Proof: `FeePools::Rates` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn deregister_fee_token() -> Weight {
		Weight::from_parts(31_577_000, 3541)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `FeePools::Routes` (r:1 w:0)
	/// Proof: `FeePools::Routes` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Pools` (r:1 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Rates` (r:1 w:0)
	/// Proof: `FeePools::Rates` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::FeeTable` (r:1 w:1)
	/// Proof: `FeePools::FeeTable` (`max_values`: Some(1), `max_size`: Some(929), added: 1424, mode: `MaxEncodedLen`)
	fn set_premium() -> Weight {
		Weight::from_parts(32_498_000, 3541)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `FeePools::Pools` (r:1 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Rates` (r:1 w:0)
	/// Proof: `FeePools::Rates` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Shares` (r:1 w:1)
	/// Proof: `FeePools::Shares` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn deposit() -> Weight {
		Weight::from_parts(90_164_000, 6196)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `FeePools::Pools` (r:1 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Shares` (r:1 w:1)
	/// Proof: `FeePools::Shares` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		Weight::from_parts(134_900_000, 6208)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `FeePools::FeeTokens` (r:1 w:0)
	/// Proof: `FeePools::FeeTokens` (`max_values`: Some(1), `max_size`: Some(129), added: 624, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Routes` (r:32 w:0)
	/// Proof: `FeePools::Routes` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:61 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:32 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Rates` (r:32 w:32)
	/// Proof: `FeePools::Rates` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Pools` (r:3 w:0)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::FeeTable` (r:0 w:1)
	/// Proof: `FeePools::FeeTable` (`max_values`: Some(1), `max_size`: Some(929), added: 1424, mode: `MaxEncodedLen`)
	fn on_initialize(n: u32) -> Weight {
		Weight::from_parts(55_122_979, 8799)
			.saturating_add(Weight::from_parts(41_863_762, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().reads(5_u64.saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes(1_u64.saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4888).saturating_mul(n.into()))
	}
	/// Storage: `FeePools::RebalanceAfter` (r:1 w:1)
	/// Proof: `FeePools::RebalanceAfter` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Pools` (r:1 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Rates` (r:1 w:0)
	/// Proof: `FeePools::Rates` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::PoolFees` (r:1 w:0)
	/// Proof: `AssetConversion::PoolFees` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	fn rebalance() -> Weight {
		Weight::from_parts(179_756_000, 6208)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn charge_native() -> Weight {
		Weight::from_parts(54_281_000, 3593)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `System::Account` (r:3 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::FeeTable` (r:1 w:0)
	/// Proof: `FeePools::FeeTable` (`max_values`: Some(1), `max_size`: Some(929), added: 1424, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Pools` (r:1 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	fn charge_cheapest(n: u32) -> Weight {
		Weight::from_parts(244_671_317, 8817)
			.saturating_add(Weight::from_parts(1_813_477, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `System::Account` (r:34 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::FeeTable` (r:1 w:0)
	/// Proof: `FeePools::FeeTable` (`max_values`: Some(1), `max_size`: Some(929), added: 1424, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:65 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Pools` (r:32 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:32 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	fn charge_auto(n: u32) -> Weight {
		Weight::from_parts(175_459_887, 6196)
			.saturating_add(Weight::from_parts(56_046_808, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads(5_u64.saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(n.into()))
	}
	/// Storage: `FeePools::FeeTokens` (r:1 w:1)
	/// Proof: `FeePools::FeeTokens` (`max_values`: Some(1), `max_size`: Some(129), added: 624, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Pools` (r:1 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Rates` (r:1 w:1)
	/// Proof: `FeePools::Rates` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::FeeTable` (r:1 w:1)
	/// Proof: `FeePools::FeeTable` (`max_values`: Some(1), `max_size`: Some(929), added: 1424, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Routes` (r:0 w:1)
	/// Proof: `FeePools::Routes` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn register_route() -> Weight {
		Weight::from_parts(83_584_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `System::Account` (r:33 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::FeeTable` (r:1 w:0)
	/// Proof: `FeePools::FeeTable` (`max_values`: Some(1), `max_size`: Some(929), added: 1424, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:66 w:4)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Pools` (r:31 w:1)
	/// Proof: `FeePools::Pools` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:32 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Tokens` (r:2 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `FeePools::Rates` (r:1 w:0)
	/// Proof: `FeePools::Rates` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::PoolFees` (r:1 w:0)
	/// Proof: `AssetConversion::PoolFees` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	fn charge_route(n: u32) -> Weight {
		Weight::from_parts(462_920_505, 6208)
			.saturating_add(Weight::from_parts(58_296_538, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads(5_u64.saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(8))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(n.into()))
	}
}

/// Measured weights, storage charged at RocksDB's weights.
impl WeightInfo for () {
	fn register_fee_token() -> Weight {
		Weight::from_parts(62_001_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn deregister_fee_token() -> Weight {
		Weight::from_parts(31_577_000, 3541)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn set_premium() -> Weight {
		Weight::from_parts(32_498_000, 3541)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn deposit() -> Weight {
		Weight::from_parts(90_164_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(134_900_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn on_initialize(n: u32) -> Weight {
		Weight::from_parts(55_122_979, 8799)
			.saturating_add(Weight::from_parts(41_863_762, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(11))
			.saturating_add(RocksDbWeight::get().reads(5_u64.saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes(1_u64.saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4888).saturating_mul(n.into()))
	}
	fn rebalance() -> Weight {
		Weight::from_parts(179_756_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn charge_native() -> Weight {
		Weight::from_parts(54_281_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn charge_cheapest(n: u32) -> Weight {
		Weight::from_parts(244_671_317, 8817)
			.saturating_add(Weight::from_parts(1_813_477, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn charge_auto(n: u32) -> Weight {
		Weight::from_parts(175_459_887, 6196)
			.saturating_add(Weight::from_parts(56_046_808, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads(5_u64.saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(n.into()))
	}
	fn register_route() -> Weight {
		Weight::from_parts(83_584_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn charge_route(n: u32) -> Weight {
		Weight::from_parts(462_920_505, 6208)
			.saturating_add(Weight::from_parts(58_296_538, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().reads(5_u64.saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(8))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(n.into()))
	}
}
