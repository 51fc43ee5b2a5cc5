//! The rate oracle: an exponential moving average of each fee token's AMM spot price, moved once
//! a block, and the guard that keeps a token whose spot price strays from it out of the router
//! and its pool closed to deposits.

use crate::{Config, Error, FeeEntry, FeeTable, FeeTokens, Pallet, Rates, Routes, WeightInfo};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use rustorium_primitives::AmmReserves;
use sp_runtime::{traits::Zero, DispatchError, FixedPointNumber, FixedU128, Saturating};

/// `part` as a fixed-point number.
fn fraction(part: sp_runtime::Permill) -> FixedU128 {
	FixedU128::from_rational(u128::from(part.deconstruct()), 1_000_000)
}

/// `average` moved by `smoothing` of the way toward `spot`.
pub fn smoothed(average: FixedU128, spot: FixedU128, smoothing: sp_runtime::Permill) -> FixedU128 {
	let weight = fraction(smoothing);
	if spot >= average {
		average.saturating_add(spot.saturating_sub(average).saturating_mul(weight))
	} else {
		average.saturating_sub(average.saturating_sub(spot).saturating_mul(weight))
	}
}

/// Whether `spot` is within `bound` of `average`, as a share of `average`.
pub fn within(spot: FixedU128, average: FixedU128, bound: sp_runtime::Permill) -> bool {
	let gap =
		if spot >= average { spot.saturating_sub(average) } else { average.saturating_sub(spot) };
	gap <= average.saturating_mul(fraction(bound))
}

impl<T: Config> Pallet<T> {
	/// The AMM's spot price of `asset` now, if its pool with the native token has reserves.
	pub fn spot(asset: &T::AssetId) -> Option<FixedU128> {
		let (native, tokens) = T::Prices::reserves(asset)?;
		FixedU128::checked_from_rational(native, tokens).filter(|price| !price.is_zero())
	}

	/// The AMM's spot price of `asset` in `via` now, if their pool has reserves.
	pub fn pair_spot(asset: &T::AssetId, via: &T::AssetId) -> Option<FixedU128> {
		let (via_reserve, tokens) = T::Prices::pair_reserves(asset, via)?;
		FixedU128::checked_from_rational(via_reserve, tokens).filter(|price| !price.is_zero())
	}

	/// The spot price of `asset`'s own hop: in native for a pooled token, in the token it is
	/// routed through for a routed one.
	fn hop_spot(asset: &T::AssetId) -> Option<FixedU128> {
		match Routes::<T>::get(asset) {
			None => Self::spot(asset),
			Some(route) => Self::pair_spot(asset, &route.via),
		}
	}

	/// Moves every fee token's average toward its spot price and rebuilds the fee table with the
	/// tokens whose spot price is within `MaxDeviation` of their new average (a routed token
	/// also needs the token it is routed through to be); returns the weight used.
	pub(crate) fn update_rates(now: BlockNumberFor<T>) -> Weight {
		let tokens = FeeTokens::<T>::get();
		let smoothing = T::Smoothing::get();
		let bound = T::MaxDeviation::get();
		// Which tokens' own hop is usable this block, in registry order.
		let usable: Vec<bool> = tokens
			.iter()
			.map(|asset| {
				let Some(spot) = Self::hop_spot(asset) else { return false };
				let average = Rates::<T>::mutate(asset, |rate| {
					rate.as_mut().map(|rate| {
						rate.average = smoothed(rate.average, spot, smoothing);
						rate.spot = spot;
						rate.updated = now;
						rate.average
					})
				});
				average.is_some_and(|average| within(spot, average, bound))
			})
			.collect();
		let is_usable = |asset: &T::AssetId| {
			tokens
				.binary_search(asset)
				.ok()
				.and_then(|index| usable.get(index).copied())
				.unwrap_or(false)
		};
		let mut table = Vec::with_capacity(tokens.len());
		for asset in tokens.iter().filter(|asset| is_usable(asset)) {
			let Some(entry) = Self::entry_of(*asset) else { continue };
			if entry.via.as_ref().is_none_or(&is_usable) {
				table.push(entry);
			}
		}
		table.sort_by_key(|entry| (entry.premium, entry.asset));
		FeeTable::<T>::put(frame_support::BoundedVec::truncate_from(table));
		T::WeightInfo::on_initialize(tokens.len() as u32)
	}

	/// The rate to price a fee in `asset` at, unless the AMM's spot price now is more than
	/// `MaxDeviation` away from it (or the token has no rate or no spot price).
	pub fn usable_rate(asset: &T::AssetId) -> Option<FixedU128> {
		Self::usable_average(asset, Rates::<T>::get(asset)?.average)
	}

	/// `average`, unless the AMM's spot price of `asset` now is more than `MaxDeviation` from it.
	pub(crate) fn usable_average(asset: &T::AssetId, average: FixedU128) -> Option<FixedU128> {
		let spot = Self::spot(asset)?;
		within(spot, average, T::MaxDeviation::get()).then_some(average)
	}

	/// The rate a deposit into `asset`'s pool values the pool's tokens at: the higher of the
	/// oracle's average and the AMM's spot price now, and only while they are within
	/// `MaxDeviation` of each other. The higher: the pool is then worth more, each share
	/// dearer, so that a depositor never buys into the tokens below what either price says
	/// they are worth and cannot take value from the other providers by withdrawing.
	pub(crate) fn deposit_rate(asset: &T::AssetId) -> Result<FixedU128, DispatchError> {
		let average = Rates::<T>::get(asset).ok_or(Error::<T>::NoPrice)?.average;
		let spot = Self::spot(asset).ok_or(Error::<T>::RateUnusable)?;
		ensure!(within(spot, average, T::MaxDeviation::get()), Error::<T>::RateUnusable);
		Ok(average.max(spot))
	}

	/// `entry`'s rate, unless the AMM's spot price along its path now is more than
	/// `MaxDeviation` from it: for a routed token, the product of its two hops' spot prices
	/// against the product of their averages, so that a large swap on either pool moves it out.
	pub(crate) fn usable_entry_rate(entry: &FeeEntry<T::AssetId>) -> Option<FixedU128> {
		let spot = match entry.via {
			None => Self::spot(&entry.asset)?,
			Some(via) => Self::pair_spot(&entry.asset, &via)?.saturating_mul(Self::spot(&via)?),
		};
		within(spot, entry.rate, T::MaxDeviation::get()).then_some(entry.rate)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::Permill;

	#[test]
	fn the_average_moves_its_share_of_the_way_in_both_directions() {
		let ten = FixedU128::from_u32(10);
		let twenty = FixedU128::from_u32(20);
		let quarter = Permill::from_percent(25);
		assert_eq!(smoothed(ten, twenty, quarter), FixedU128::from_rational(25, 2));
		assert_eq!(smoothed(twenty, ten, quarter), FixedU128::from_rational(35, 2));
		assert_eq!(smoothed(ten, ten, quarter), ten);
		assert_eq!(smoothed(ten, twenty, Permill::one()), twenty);
		assert_eq!(smoothed(ten, twenty, Permill::zero()), ten);
	}

	#[test]
	fn the_guard_allows_the_bound_and_not_one_part_more() {
		let hundred = FixedU128::from_u32(100);
		let ten_percent = Permill::from_percent(10);
		assert!(within(FixedU128::from_u32(110), hundred, ten_percent));
		assert!(within(FixedU128::from_u32(90), hundred, ten_percent));
		assert!(!within(FixedU128::from_rational(11001, 100), hundred, ten_percent));
		assert!(!within(FixedU128::from_rational(8999, 100), hundred, ten_percent));
	}
}
