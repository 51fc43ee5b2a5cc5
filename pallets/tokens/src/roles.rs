//! Roles per token: who may mint, burn, pause and administer; the last admin stays.

use crate::{Config, Error, Event, Pallet, Role, Roles, Tokens};
use frame_support::{ensure, traits::Get};
use rustorium_primitives::{Permissioned, TokenAction, TokenObserver};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Fails with `MissingRole` unless `who` holds `role` on `token` (`UnknownToken` when the
	/// token does not exist).
	pub fn ensure_role(token: T::AssetId, role: &Role, who: &T::AccountId) -> DispatchResult {
		Self::token(token)?;
		ensure!(Self::has_role(&token, role, who), Error::<T>::MissingRole);
		Ok(())
	}

	/// Fails with `MissingRole` unless `who` may pause `token`: a `Pauser` or an `Admin`.
	pub fn ensure_pauser(token: T::AssetId, who: &T::AccountId) -> DispatchResult {
		Self::token(token)?;
		ensure!(
			Self::has_role(&token, &Role::Pauser, who) || Self::has_role(&token, &Role::Admin, who),
			Error::<T>::MissingRole
		);
		Ok(())
	}

	/// Gives `who` the role `role` on `token`, on behalf of `by`.
	pub fn do_grant_role(
		token: T::AssetId,
		role: Role,
		who: &T::AccountId,
		by: &T::AccountId,
	) -> DispatchResult {
		ensure!(!Roles::<T>::contains_key(token, (&role, who)), Error::<T>::AlreadyHasRole);
		Tokens::<T>::try_mutate(token, |info| {
			let info = info.as_mut().ok_or(Error::<T>::UnknownToken)?;
			ensure!(info.role_holders < T::MaxRoleHolders::get(), Error::<T>::TooManyRoleHolders);
			info.role_holders = info.role_holders.saturating_add(1);
			if role == Role::Admin {
				info.admins = info.admins.saturating_add(1);
			}
			Ok::<_, Error<T>>(())
		})?;
		Roles::<T>::insert(token, (&role, who), ());
		Self::observe(token, by, TokenAction::RoleGranted { role: role.clone(), who: who.clone() });
		Self::deposit_event(Event::RoleGranted { token, role, who: who.clone(), by: by.clone() });
		Ok(())
	}

	/// Takes `role` on `token` from `who`, on behalf of `by`; refuses to remove the last admin.
	pub fn do_revoke_role(
		token: T::AssetId,
		role: Role,
		who: &T::AccountId,
		by: &T::AccountId,
	) -> DispatchResult {
		ensure!(Roles::<T>::contains_key(token, (&role, who)), Error::<T>::RoleNotHeld);
		Tokens::<T>::try_mutate(token, |info| {
			let info = info.as_mut().ok_or(Error::<T>::UnknownToken)?;
			if role == Role::Admin {
				ensure!(info.admins > 1, Error::<T>::LastAdmin);
				info.admins = info.admins.saturating_sub(1);
			}
			info.role_holders = info.role_holders.saturating_sub(1);
			Ok::<_, Error<T>>(())
		})?;
		Roles::<T>::remove(token, (&role, who));
		Self::observe(token, by, TokenAction::RoleRevoked { role: role.clone(), who: who.clone() });
		Self::deposit_event(Event::RoleRevoked { token, role, who: who.clone(), by: by.clone() });
		Ok(())
	}

	/// Tells the observer that `by` did `action` on `token`; the pallet's own account (the token
	/// standard's traits, e.g. an approved proposal) is reported as the runtime, `None`.
	pub(crate) fn observe(
		token: T::AssetId,
		by: &T::AccountId,
		action: TokenAction<T::AccountId, T::Balance>,
	) {
		let actor = (*by != Self::account_id()).then_some(by);
		T::Observer::on_action(&token, actor, action);
	}
}
