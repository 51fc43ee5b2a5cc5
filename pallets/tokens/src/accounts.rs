//! The pallet's accounts, a token's details, and conversions every call needs.

use crate::{pallet::TokenInfoOf, Config, Error, Pallet, Tokens};
use core::marker::PhantomData;
use frame_support::{
	ensure,
	traits::{ContainsPair, Get},
};
use sp_runtime::{traits::AccountIdConversion, DispatchResult};

/// This pallet's accounts that hold other people's money in a token: the pallet's own account
/// (credits and fee refunds come from it) and the token's vesting escrow. A runtime names them
/// among its `SystemAccounts`.
pub struct TokenAccounts<T>(PhantomData<T>);

impl<T: Config> ContainsPair<T::AssetId, T::AccountId> for TokenAccounts<T> {
	fn contains(token: &T::AssetId, who: &T::AccountId) -> bool {
		*who == Pallet::<T>::account_id() || *who == Pallet::<T>::escrow_account(*token)
	}
}

impl<T: Config> Pallet<T> {
	/// The account that owns, issues and administers every managed token's asset.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The account holding `token`'s escrowed vesting grants.
	pub fn escrow_account(token: T::AssetId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating((b"escrow", token))
	}

	/// The token's details, or `UnknownToken`.
	pub fn token(token: T::AssetId) -> Result<TokenInfoOf<T>, Error<T>> {
		Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)
	}

	/// Fails with `TokenPaused` when the token is paused (and `UnknownToken` when unknown).
	pub fn ensure_live(token: T::AssetId) -> DispatchResult {
		ensure!(!Self::token(token)?.paused, Error::<T>::TokenPaused);
		Ok(())
	}

	/// Converts an amount of a configuration (u128) to the runtime's balance.
	pub(crate) fn balance_of_u128(amount: u128) -> Result<T::Balance, Error<T>> {
		T::Balance::try_from(amount).map_err(|_| Error::<T>::AmountTooLarge)
	}
}
