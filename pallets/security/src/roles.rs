//! The chain-level roles: who may grant them, and who may call what.

use crate::{AuditAction, AuditScope, Config, Error, Event, Pallet, Role, Roles};
use frame_support::{ensure, traits::EnsureOrigin};
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// The actor behind `origin` if it may act as one of `roles`: `None` for the admin origin,
	/// the signer if it holds one of them.
	pub fn authorize(
		origin: OriginFor<T>,
		roles: &[Role],
	) -> Result<Option<T::AccountId>, DispatchError> {
		let origin = match T::AdminOrigin::try_origin(origin) {
			Ok(_) => return Ok(None),
			Err(origin) => origin,
		};
		let who = frame_system::ensure_signed(origin)?;
		ensure!(roles.iter().any(|role| Self::has_role(*role, &who)), Error::<T>::NotAuthorized);
		Ok(Some(who))
	}

	/// Whether `who` holds `role`.
	pub fn has_role(role: Role, who: &T::AccountId) -> bool {
		Roles::<T>::contains_key(role, who)
	}

	/// Grants `role` to `who`, on `by`'s authority.
	pub fn do_grant_role(
		role: Role,
		who: T::AccountId,
		by: Option<T::AccountId>,
	) -> DispatchResult {
		ensure!(!Self::has_role(role, &who), Error::<T>::RoleAlreadyHeld);
		Roles::<T>::insert(role, &who, ());
		Self::audit(
			AuditScope::Chain,
			by.clone(),
			AuditAction::RoleGranted { role, who: who.clone() },
		);
		Self::deposit_event(Event::RoleGranted { role, who, by });
		Ok(())
	}

	/// Revokes `role` from `who`, on `by`'s authority.
	pub fn do_revoke_role(
		role: Role,
		who: T::AccountId,
		by: Option<T::AccountId>,
	) -> DispatchResult {
		ensure!(Self::has_role(role, &who), Error::<T>::RoleNotHeld);
		Roles::<T>::remove(role, &who);
		Self::audit(
			AuditScope::Chain,
			by.clone(),
			AuditAction::RoleRevoked { role, who: who.clone() },
		);
		Self::deposit_event(Event::RoleRevoked { role, who, by });
		Ok(())
	}
}
