//! The token standard of `rustorium-primitives`, implemented over the pallet's rules, so that
//! other pallets pause and check roles through the traits, never through this pallet's types.

use crate::{Config, Pallet, Role, Roles, Tokens};
use rustorium_primitives::{Pausable, Permissioned};
use sp_runtime::DispatchResult;

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
