//! Weights of `pallet_tokens`'s calls, measured by `scripts/bench.sh` (frame-omni-bencher,
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
	/// `create_token`, by `b`.
	fn create_token(b: u32) -> Weight;
	/// `mint`.
	fn mint() -> Weight;
	/// `burn`.
	fn burn() -> Weight;
	/// `transfer`.
	fn transfer() -> Weight;
	/// `transfer_limited`.
	fn transfer_limited() -> Weight;
	/// `pause`.
	fn pause() -> Weight;
	/// `unpause`.
	fn unpause() -> Weight;
	/// `grant_role`.
	fn grant_role() -> Weight;
	/// `revoke_role`.
	fn revoke_role() -> Weight;
	/// `claim_vested`, by `g`.
	fn claim_vested(g: u32) -> Weight;
	/// `set_metadata`.
	fn set_metadata() -> Weight;
	/// `set_emission_recipient`.
	fn set_emission_recipient() -> Weight;
	/// `on_initialize_emissions`, by `n`.
	fn on_initialize_emissions(n: u32) -> Weight;
	/// `open_pool`.
	fn open_pool() -> Weight;
	/// `restart_emission`.
	fn restart_emission() -> Weight;
}

/// Measured weights, storage charged at the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Tokens::Tokens` (r:1 w:1)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:1 w:1)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Metadata` (r:1 w:1)
	/// Proof: `Assets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Grants` (r:9 w:9)
	/// Proof: `Tokens::Grants` (`max_values`: None, `max_size`: Some(773), added: 3248, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn create_token(b: u32) -> Weight {
		Weight::from_parts(184_164_327, 8799)
			.saturating_add(Weight::from_parts(28_539_694, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads(1_u64.saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(T::DbWeight::get().writes(1_u64.saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 3248).saturating_mul(b.into()))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:1 w:0)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Security::Policies` (r:1 w:0)
	/// Proof: `Security::Policies` (`max_values`: None, `max_size`: Some(565), added: 3040, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn mint() -> Weight {
		Weight::from_parts(63_404_000, 4030)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:1 w:0)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn burn() -> Weight {
		Weight::from_parts(59_508_000, 3675)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Security::Settings` (r:1 w:0)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn transfer() -> Weight {
		Weight::from_parts(76_713_000, 6208)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Security::Settings` (r:1 w:0)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	/// Storage: `Security::Accounts` (r:1 w:1)
	/// Proof: `Security::Accounts` (`max_values`: None, `max_size`: Some(98), added: 2573, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Security::BlockVolume` (r:1 w:1)
	/// Proof: `Security::BlockVolume` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn transfer_limited() -> Weight {
		Weight::from_parts(101_671_000, 6208)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:1)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:2 w:0)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn pause() -> Weight {
		Weight::from_parts(37_355_000, 6144)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:1)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:2 w:0)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Security::Policies` (r:1 w:0)
	/// Proof: `Security::Policies` (`max_values`: None, `max_size`: Some(565), added: 3040, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn unpause() -> Weight {
		Weight::from_parts(39_368_000, 6144)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:1)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:2 w:1)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Security::Policies` (r:1 w:0)
	/// Proof: `Security::Policies` (`max_values`: None, `max_size`: Some(565), added: 3040, mode: `MaxEncodedLen`)
	fn grant_role() -> Weight {
		Weight::from_parts(30_225_000, 6144)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:1)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:2 w:1)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Security::Policies` (r:1 w:0)
	/// Proof: `Security::Policies` (`max_values`: None, `max_size`: Some(565), added: 3040, mode: `MaxEncodedLen`)
	fn revoke_role() -> Weight {
		Weight::from_parts(31_887_000, 6144)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Grants` (r:1 w:1)
	/// Proof: `Tokens::Grants` (`max_values`: None, `max_size`: Some(773), added: 3248, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_vested(g: u32) -> Weight {
		Weight::from_parts(81_018_164, 6208)
			.saturating_add(Weight::from_parts(128_600, 0).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:1)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:1 w:0)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Metadata` (r:1 w:1)
	/// Proof: `Assets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn set_metadata() -> Weight {
		Weight::from_parts(106_067_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:1 w:0)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Emissions` (r:1 w:1)
	/// Proof: `Tokens::Emissions` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn set_emission_recipient() -> Weight {
		Weight::from_parts(24_236_000, 3591)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tokens::EmissionQueue` (r:2 w:2)
	/// Proof: `Tokens::EmissionQueue` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Emissions` (r:16 w:16)
	/// Proof: `Tokens::Emissions` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Tokens` (r:16 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:16 w:16)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:16 w:16)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:16 w:16)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn on_initialize_emissions(n: u32) -> Weight {
		Weight::from_parts(13_213_871, 5234)
			.saturating_add(Weight::from_parts(51_784_290, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads(5_u64.saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes(4_u64.saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2685).saturating_mul(n.into()))
	}
	/// Storage: `Tokens::Tokens` (r:1 w:0)
	/// Proof: `Tokens::Tokens` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Tokens::Roles` (r:1 w:0)
	/// Proof: `Tokens::Roles` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Metadata` (r:1 w:0)
	/// Proof: `Assets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::Pools` (r:1 w:1)
	/// Proof: `AssetConversion::Pools` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::NextPoolAssetId` (r:1 w:1)
	/// Proof: `AssetConversion::NextPoolAssetId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `PoolAssets::Asset` (r:1 w:1)
	/// Proof: `PoolAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `PoolAssets::Account` (r:2 w:2)
	/// Proof: `PoolAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Security::Settings` (r:1 w:0)
	/// Proof: `Security::Settings` (`max_values`: None, `max_size`: Some(97), added: 2572, mode: `MaxEncodedLen`)
	fn open_pool() -> Weight {
		Weight::from_parts(272_674_000, 6208)
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Not measured yet (added after the last run of scripts/bench.sh, which will replace it):
	/// `set_emission_recipient`'s reads and write, and the agenda's search, a read of each of
	/// `SLOT_SEARCH` blocks and a write.
	fn restart_emission() -> Weight {
		Self::set_emission_recipient()
			.saturating_add(T::DbWeight::get().reads(crate::SLOT_SEARCH.into()))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// Measured weights, storage charged at RocksDB's weights.
impl WeightInfo for () {
	fn create_token(b: u32) -> Weight {
		Weight::from_parts(184_164_327, 8799)
			.saturating_add(Weight::from_parts(28_539_694, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().reads(1_u64.saturating_mul(b.into())))
			.saturating_add(RocksDbWeight::get().writes(9))
			.saturating_add(RocksDbWeight::get().writes(1_u64.saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 3248).saturating_mul(b.into()))
	}
	fn mint() -> Weight {
		Weight::from_parts(63_404_000, 4030)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn burn() -> Weight {
		Weight::from_parts(59_508_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn transfer() -> Weight {
		Weight::from_parts(76_713_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn transfer_limited() -> Weight {
		Weight::from_parts(101_671_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn pause() -> Weight {
		Weight::from_parts(37_355_000, 6144)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn unpause() -> Weight {
		Weight::from_parts(39_368_000, 6144)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn grant_role() -> Weight {
		Weight::from_parts(30_225_000, 6144)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn revoke_role() -> Weight {
		Weight::from_parts(31_887_000, 6144)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn claim_vested(g: u32) -> Weight {
		Weight::from_parts(81_018_164, 6208)
			.saturating_add(Weight::from_parts(128_600, 0).saturating_mul(g.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn set_metadata() -> Weight {
		Weight::from_parts(106_067_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_emission_recipient() -> Weight {
		Weight::from_parts(24_236_000, 3591)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn on_initialize_emissions(n: u32) -> Weight {
		Weight::from_parts(13_213_871, 5234)
			.saturating_add(Weight::from_parts(51_784_290, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads(5_u64.saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes(4_u64.saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2685).saturating_mul(n.into()))
	}
	fn open_pool() -> Weight {
		Weight::from_parts(272_674_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(14))
			.saturating_add(RocksDbWeight::get().writes(10))
	}
	/// Not measured yet (added after the last run of scripts/bench.sh, which will replace it):
	/// `set_emission_recipient`'s reads and write, and the agenda's search, a read of each of
	/// `SLOT_SEARCH` blocks and a write.
	fn restart_emission() -> Weight {
		Self::set_emission_recipient()
			.saturating_add(RocksDbWeight::get().reads(crate::SLOT_SEARCH.into()))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
