//! The fee pools' accounts as a runtime's system accounts: each token's fee pool holds the
//! deposits of its providers, so no token role may reach it and its limits do not count it.

use crate::{Config, Pallet};
use core::marker::PhantomData;
use frame_support::traits::ContainsPair;

/// `who` is `token`'s fee pool account.
pub struct FeePoolAccounts<T>(PhantomData<T>);

impl<T: Config> ContainsPair<T::AssetId, T::AccountId> for FeePoolAccounts<T> {
	fn contains(token: &T::AssetId, who: &T::AccountId) -> bool {
		*who == Pallet::<T>::pool_account(*token)
	}
}
