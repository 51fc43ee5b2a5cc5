//! The invariants `try_state` checks, listed in the crate documentation. Public, so that tests of
//! any runtime embedding the pallet can check them too.

use crate::{Config, FeeTable, FeeTokens, Pallet, Pools, Rates, Routes, Shares};
use frame_support::{
	ensure,
	traits::{fungible, fungibles},
};
use sp_runtime::{Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks every invariant: the registry, each pool's balances (its account holds at least
	/// what the pool records, more after a donation) and shares.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let tokens = FeeTokens::<T>::get();
		ensure!(tokens.windows(2).all(|w| matches!(w, [a, b] if a < b)), "fee tokens unsorted");
		ensure!(
			Pools::<T>::iter_keys().count().saturating_add(Routes::<T>::iter_keys().count())
				== tokens.len(),
			"a pool or a route without a fee token"
		);
		for (asset, route) in Routes::<T>::iter() {
			ensure!(tokens.binary_search(&asset).is_ok(), "a route of a non-fee token");
			ensure!(!Pools::<T>::contains_key(asset), "a fee token with a pool and a route");
			ensure!(Pools::<T>::contains_key(route.via), "a route to a token without a pool");
		}
		for asset in tokens.iter() {
			ensure!(Rates::<T>::contains_key(asset), "a fee token without a rate");
			let Some(pool) = Pools::<T>::get(asset) else {
				ensure!(Routes::<T>::contains_key(asset), "a fee token without a pool or a route");
				continue;
			};
			let routed = Routes::<T>::iter_values().filter(|route| route.via == *asset).count();
			ensure!(pool.routes as usize == routed, "a pool's route count differs from its routes");
			// At least, not equal: anyone may send the pool's account funds, which no record
			// counts (a donation belongs to no provider and is never sold or paid out).
			let account = Self::pool_account(*asset);
			ensure!(
				<T::Currency as fungible::Inspect<_>>::balance(&account) >= pool.native,
				"a pool's native exceeds its account's"
			);
			ensure!(
				<T::Assets as fungibles::Inspect<_>>::balance(*asset, &account) >= pool.tokens,
				"a pool's tokens exceed its account's"
			);
			let shares = Shares::<T>::iter_prefix(asset)
				.fold(T::Balance::default(), |sum, (_, held)| sum.saturating_add(held));
			ensure!(shares == pool.shares, "a pool's shares differ from its providers'");
		}
		for asset in crate::RebalanceAfter::<T>::iter_keys() {
			ensure!(tokens.binary_search(&asset).is_ok(), "a back-off for a non-fee token");
		}
		let table = FeeTable::<T>::get();
		ensure!(
			table
				.windows(2)
				.all(|w| matches!(w, [a, b] if (a.premium, a.asset) < (b.premium, b.asset))),
			"the fee table is not in premium order"
		);
		for entry in table.iter() {
			ensure!(
				tokens.binary_search(&entry.asset).is_ok(),
				"the fee table lists a non-fee token"
			);
			let expected = Self::entry_of(entry.asset).ok_or("a fee table entry without a pool")?;
			ensure!(
				expected.premium == entry.premium,
				"a fee table premium differs from its pool's"
			);
			ensure!(expected.via == entry.via, "a fee table route differs from the registry's");
			ensure!(expected.rate == entry.rate, "a fee table rate differs from the oracle's");
		}
		Ok(())
	}
}
