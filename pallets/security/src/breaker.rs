//! The circuit breaker and the emergency halt: two ways a token stops moving. The breaker trips
//! by itself when one block moves more than `max_block_share` of the token's supply and stops it
//! for `pause_blocks` blocks (a guardian may end that early); a guardian halts a token until a
//! security admin resumes it.

use crate::{
	AuditAction, AuditScope, BlockVolume, BreakerOf, Config, Error, Event, Pallet, Settings,
	TokenSettings,
};
use frame_support::{ensure, traits::fungibles};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Adds `amount` to `token`'s volume this block and trips its breaker when the volume goes
	/// above its share of the supply.
	pub(crate) fn add_block_volume(
		token: &T::AssetId,
		mut settings: TokenSettings<T::Balance, BlockNumberFor<T>>,
		amount: T::Balance,
		now: BlockNumberFor<T>,
	) {
		let Some(breaker) = settings.breaker.clone() else { return };
		let volume = match BlockVolume::<T>::get(token) {
			Some((block, volume)) if block == now => volume.saturating_add(amount),
			_ => amount,
		};
		BlockVolume::<T>::insert(token, (now, volume));
		let supply = <T::Assets as fungibles::Inspect<T::AccountId>>::total_issuance(*token);
		let open = settings.tripped_until.is_some_and(|until| now < until);
		if open || volume <= breaker.max_block_share.mul_floor(supply) {
			return;
		}
		let until = now.saturating_add(breaker.pause_blocks);
		settings.tripped_until = Some(until);
		Settings::<T>::insert(token, settings);
		Self::audit(AuditScope::Token(*token), None, AuditAction::BreakerTripped { volume, until });
		Self::deposit_event(Event::BreakerTripped { token: *token, volume, until });
	}

	/// Sets `token`'s breaker, on `by`'s authority.
	pub fn do_set_breaker(
		token: T::AssetId,
		breaker: Option<BreakerOf<T>>,
		by: Option<T::AccountId>,
	) -> DispatchResult {
		Self::ensure_token(&token)?;
		if let Some(breaker) = &breaker {
			ensure!(
				!breaker.max_block_share.is_zero() && !breaker.pause_blocks.is_zero(),
				Error::<T>::InvalidBreaker
			);
		}
		let mut settings = Settings::<T>::get(token).unwrap_or_default();
		let old = core::mem::replace(&mut settings.breaker, breaker.clone());
		if settings.breaker.is_none() {
			BlockVolume::<T>::remove(token);
		}
		Self::store_settings(token, settings);
		Self::audit(
			AuditScope::Token(token),
			by,
			AuditAction::BreakerSet { before: old, after: breaker.clone() },
		);
		Self::deposit_event(Event::BreakerSet { token, breaker });
		Ok(())
	}

	/// Ends `token`'s tripped breaker's pause now, on `by`'s authority, and forgets the block's
	/// volume.
	pub fn do_reset_breaker(token: T::AssetId, by: Option<T::AccountId>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let mut settings = Settings::<T>::get(token).ok_or(Error::<T>::NotTripped)?;
		ensure!(settings.tripped_until.is_some_and(|until| now < until), Error::<T>::NotTripped);
		settings.tripped_until = None;
		Self::store_settings(token, settings);
		// The volume that tripped it would otherwise trip it again at the next transfer.
		BlockVolume::<T>::remove(token);
		Self::audit(AuditScope::Token(token), by.clone(), AuditAction::BreakerReset);
		Self::deposit_event(Event::BreakerReset { token, by });
		Ok(())
	}

	/// Halts `token`, on `by`'s authority.
	pub fn do_halt(token: T::AssetId, by: Option<T::AccountId>) -> DispatchResult {
		Self::ensure_token(&token)?;
		let mut settings = Settings::<T>::get(token).unwrap_or_default();
		ensure!(!settings.halted, Error::<T>::AlreadyHalted);
		settings.halted = true;
		Self::store_settings(token, settings);
		Self::audit(AuditScope::Token(token), by.clone(), AuditAction::Halted);
		Self::deposit_event(Event::Halted { token, by });
		Ok(())
	}

	/// Resumes a halted `token`, on `by`'s authority.
	pub fn do_resume(token: T::AssetId, by: Option<T::AccountId>) -> DispatchResult {
		let mut settings = Settings::<T>::get(token).ok_or(Error::<T>::NotHalted)?;
		ensure!(settings.halted, Error::<T>::NotHalted);
		settings.halted = false;
		Self::store_settings(token, settings);
		Self::audit(AuditScope::Token(token), by.clone(), AuditAction::Resumed);
		Self::deposit_event(Event::Resumed { token, by });
		Ok(())
	}
}
