//! The invariants `try_state` checks, listed in the crate documentation. Public, so that tests of
//! any runtime embedding the pallet can check them too.

use crate::{Config, FeeTable, FeeTokens, Pallet, Pools, Rates, Shares};
use frame_support::{
	ensure,
	traits::{fungible, fungibles},
};
use sp_runtime::{Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks every invariant: the registry, each pool's balances and shares.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let tokens = FeeTokens::<T>::get();
		ensure!(tokens.windows(2).all(|w| matches!(w, [a, b] if a < b)), "fee tokens unsorted");
		ensure!(Pools::<T>::iter_keys().count() == tokens.len(), "a pool without a fee token");
		for asset in tokens.iter() {
			let pool = Pools::<T>::get(asset).ok_or("a fee token without a pool")?;
			ensure!(Rates::<T>::contains_key(asset), "a fee token without a rate");
			let account = Self::pool_account(*asset);
			ensure!(
				<T::Currency as fungible::Inspect<_>>::balance(&account) == pool.native,
				"a pool's native differs from its account"
			);
			ensure!(
				<T::Assets as fungibles::Inspect<_>>::balance(*asset, &account) == pool.tokens,
				"a pool's tokens differ from its account"
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
			let pool = Pools::<T>::get(entry.asset).ok_or("a fee table entry without a pool")?;
			ensure!(pool.premium == entry.premium, "a fee table premium differs from its pool's");
			let rate = Rates::<T>::get(entry.asset).ok_or("a fee table entry without a rate")?;
			ensure!(rate.average == entry.rate, "a fee table rate differs from the oracle's");
		}
		Ok(())
	}
}
