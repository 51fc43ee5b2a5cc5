//! The fee table: every fee token usable this block, with its rate and premium, cheapest premium
//! first, in one storage value. The router reads it once and then only the payer's balance of
//! each token until it finds the cheapest way to pay, so that a payer's fee costs one read per
//! fee token it passes over instead of the pools', rates' and AMM's reads.
//!
//! `on_initialize` rebuilds it as it moves the rates: a token whose AMM spot price is then more
//! than `MaxDeviation` from its rate is left out for the block. Registering, deregistering and
//! repricing a token update it in place.

use crate::{Config, FeeTable, Pallet, Rates};
use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{FixedU128, Permill};

/// A fee token usable this block.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct FeeEntry<AssetId> {
	/// The token.
	pub asset: AssetId,
	/// Its rate, native base units per token base unit.
	pub rate: FixedU128,
	/// What payers pay above the rate.
	pub premium: Permill,
}

impl<T: Config> Pallet<T> {
	/// Puts `asset` into the table at `premium` (or moves it there), if its rate is usable now.
	pub(crate) fn table_insert(asset: T::AssetId, premium: Permill) {
		FeeTable::<T>::mutate(|table| {
			table.retain(|entry| entry.asset != asset);
			let Some(rate) = Rates::<T>::get(asset).map(|rate| rate.average) else { return };
			let at = table.partition_point(|e| (e.premium, e.asset) < (premium, asset));
			// The table holds at most every fee token; `asset` is one.
			let _ = table.try_insert(at, FeeEntry { asset, rate, premium });
		});
	}

	/// Takes `asset` out of the table.
	pub(crate) fn table_remove(asset: T::AssetId) {
		FeeTable::<T>::mutate(|table| table.retain(|entry| entry.asset != asset));
	}
}
