//! The fee table: every fee token usable this block, with its rate and premium, cheapest premium
//! first, in one storage value. The router reads it once and then only the payer's balance of
//! each token until it finds the cheapest way to pay, so that a payer's fee costs one read per
//! fee token it passes over instead of the pools', rates' and AMM's reads.
//!
//! `on_initialize` rebuilds it as it moves the rates: a token whose AMM spot price is then more
//! than `MaxDeviation` from its rate is left out for the block, and so is a routed token whose
//! pool's token is left out. Registering, deregistering and repricing a token update it in place.

use crate::{Config, FeeTable, Pallet, Pools, Rates, Routes};
use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{FixedU128, Permill, Saturating};

/// A fee token usable this block.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct FeeEntry<AssetId> {
	/// The token.
	pub asset: AssetId,
	/// Its rate, native base units per token base unit; for a routed token, the product of its
	/// two hops' rates.
	pub rate: FixedU128,
	/// What payers pay above the rate; for a routed token, its route's premium and its pool's.
	pub premium: Permill,
	/// The fee token whose pool a routed token pays through; `None` for a token with a pool.
	pub via: Option<AssetId>,
}

impl<T: Config> Pallet<T> {
	/// `asset`'s entry from the registry and the oracle's averages, if it is a fee token.
	pub fn entry_of(asset: T::AssetId) -> Option<FeeEntry<T::AssetId>> {
		let average = Rates::<T>::get(asset)?.average;
		match Routes::<T>::get(asset) {
			None => {
				let premium = Pools::<T>::get(asset)?.premium;
				Some(FeeEntry { asset, rate: average, premium, via: None })
			},
			Some(route) => {
				let pool = Pools::<T>::get(route.via)?;
				let base = Rates::<T>::get(route.via)?.average;
				Some(FeeEntry {
					asset,
					rate: average.saturating_mul(base),
					premium: pool.premium.saturating_add(route.premium),
					via: Some(route.via),
				})
			},
		}
	}

	/// Puts `entry` into `table` at its place in premium order, replacing the token's old entry.
	pub(crate) fn place(
		table: &mut frame_support::BoundedVec<FeeEntry<T::AssetId>, T::MaxFeeTokens>,
		entry: FeeEntry<T::AssetId>,
	) {
		table.retain(|e| e.asset != entry.asset);
		let at = table.partition_point(|e| (e.premium, e.asset) < (entry.premium, entry.asset));
		// The table holds at most every fee token; `entry`'s is one and was just taken out.
		let _ = table.try_insert(at, entry);
	}

	/// Puts `asset` into the table (or moves it to its new place), if it is a fee token.
	pub(crate) fn table_insert(asset: T::AssetId) {
		let Some(entry) = Self::entry_of(asset) else { return };
		FeeTable::<T>::mutate(|table| Self::place(table, entry));
	}

	/// Moves the tokens routed through `via` that are in the table to their places at `via`'s
	/// new premium.
	pub(crate) fn table_reprice_routes(via: T::AssetId) {
		FeeTable::<T>::mutate(|table| {
			let routed: alloc::vec::Vec<_> =
				table.iter().filter(|e| e.via == Some(via)).map(|e| e.asset).collect();
			for asset in routed {
				if let Some(entry) = Self::entry_of(asset) {
					Self::place(table, entry);
				}
			}
		});
	}

	/// Takes `asset` out of the table.
	pub(crate) fn table_remove(asset: T::AssetId) {
		FeeTable::<T>::mutate(|table| table.retain(|entry| entry.asset != asset));
	}
}
