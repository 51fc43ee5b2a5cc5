//! The token standard of `rustorium-primitives`, implemented over the pallet's rules, so that
//! other pallets read, move, mint, pause and check roles through the traits, never through this
//! pallet's types. The traits act as the pallet itself: they check no caller's role (a caller's
//! rights are the calling pallet's business, as the security pallet's approved proposals are).

use crate::{Config, Pallet, Role, Roles, Tokens};
use alloc::vec::Vec;
use frame_support::traits::fungibles::{metadata::Inspect as _, Inspect as _};
use rustorium_primitives::{Emitting, Mintable, Pausable, Permissioned, Token};
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Token<T::AccountId> for Pallet<T> {
	type TokenId = T::AssetId;
	type Balance = T::Balance;

	fn exists(token: &T::AssetId) -> bool {
		Tokens::<T>::contains_key(token)
	}

	fn name(token: &T::AssetId) -> Vec<u8> {
		T::Assets::name(*token)
	}

	fn symbol(token: &T::AssetId) -> Vec<u8> {
		T::Assets::symbol(*token)
	}

	fn decimals(token: &T::AssetId) -> u8 {
		T::Assets::decimals(*token)
	}

	fn total_supply(token: &T::AssetId) -> T::Balance {
		T::Assets::total_issuance(*token)
	}

	fn balance_of(token: &T::AssetId, who: &T::AccountId) -> T::Balance {
		T::Assets::balance(*token, who)
	}

	fn transfer(
		token: &T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		Self::do_transfer(*token, from, to, amount)
	}
}

impl<T: Config> Mintable<T::AccountId> for Pallet<T> {
	fn max_supply(token: &T::AssetId) -> T::Balance {
		Tokens::<T>::get(token).map(|info| info.max_supply).unwrap_or_default()
	}

	fn mint(token: &T::AssetId, to: &T::AccountId, amount: T::Balance) -> DispatchResult {
		Self::do_mint(*token, to, amount)
	}

	fn burn(token: &T::AssetId, from: &T::AccountId, amount: T::Balance) -> DispatchResult {
		Self::do_burn(*token, from, amount)
	}
}

impl<T: Config> Pausable<T::AssetId> for Pallet<T> {
	fn pause(token: &T::AssetId) -> DispatchResult {
		Self::do_set_paused(*token, true, &Self::account_id())
	}

	fn unpause(token: &T::AssetId) -> DispatchResult {
		Self::do_set_paused(*token, false, &Self::account_id())
	}

	fn is_paused(token: &T::AssetId) -> bool {
		Tokens::<T>::get(token).is_some_and(|info| info.paused)
	}
}

impl<T: Config> Permissioned<T::AssetId, T::AccountId> for Pallet<T> {
	fn grant_role(token: &T::AssetId, role: Role, who: &T::AccountId) -> DispatchResult {
		Self::do_grant_role(*token, role, who, &Self::account_id())
	}

	fn revoke_role(token: &T::AssetId, role: Role, who: &T::AccountId) -> DispatchResult {
		Self::do_revoke_role(*token, role, who, &Self::account_id())
	}

	fn has_role(token: &T::AssetId, role: &Role, who: &T::AccountId) -> bool {
		Roles::<T>::contains_key(token, (role, who))
	}
}

impl<T: Config> Emitting<T::AssetId, T::AccountId> for Pallet<T> {
	fn set_emission_recipient(token: &T::AssetId, recipient: &T::AccountId) -> DispatchResult {
		Self::do_set_emission_recipient(*token, recipient, &Self::account_id())
	}
}
