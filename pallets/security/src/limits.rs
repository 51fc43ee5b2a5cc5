//! Rate and volume limits: per token and class of sender, at most `max_transfers` transfers and
//! `max_volume` sent per fixed window of `window` blocks, and `cooldown` blocks between one
//! account's transfers. A window starts at a multiple of its length: window of block `n` is
//! `[n - n % window, n - n % window + window)`. Only senders are limited; exempt accounts
//! (escrows, say) and the runtime's own accounts (`Config::SystemAccounts`: pools, the account
//! credits and refunds come from) are not.
//!
//! [`Pallet::validate_transfer`] reads two values (the token's settings and the sender's state)
//! and changes nothing; [`Pallet::record_transfer`] writes the sender's state after the transfer.
//! `on_idle` forgets the state of standard accounts whose window and cooldown are over, at most
//! `MaxPrunePerBlock` a block, from where the last block stopped.

use crate::{
	AccountClass, AccountState, Accounts, AuditAction, AuditScope, Config, Error, Event, Limits,
	LimitsOf, Pallet, PruneCursor, Rejection, Settings, TokenSettings, WeightInfo,
};
use codec::Decode;
use frame_support::{
	ensure,
	traits::{ContainsPair, Get},
	weights::Weight,
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use rustorium_primitives::Token as _;
use sp_runtime::{
	traits::{Saturating, Zero},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError, DispatchResult, ModuleError,
};

/// The first block of the window of `length` blocks that holds block `now`; zero when there
/// are no windows (`length` zero).
pub fn window_start<B: sp_runtime::traits::AtLeast32BitUnsigned + Copy>(now: B, length: B) -> B {
	now.checked_rem(&length).map_or(Zero::zero(), |into| now.saturating_sub(into))
}

impl<T: Config> Pallet<T> {
	/// Whether `from` may send `amount` of `token` now: the token is neither halted nor stopped
	/// by its breaker, and the sender's class's limits allow it. Changes nothing: what
	/// transaction validation and every transfer ask.
	pub fn validate_transfer(
		token: &T::AssetId,
		from: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let Some(settings) = Settings::<T>::get(token) else { return Ok(()) };
		ensure!(!settings.halted, Error::<T>::TokenHalted);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(settings.tripped_until.is_none_or(|until| now >= until), Error::<T>::BreakerOpen);
		if T::SystemAccounts::contains(token, from) {
			return Ok(());
		}
		let state = Accounts::<T>::get(token, from).unwrap_or_default();
		let Some(limits) = Self::limits_for(&settings, state.class) else { return Ok(()) };
		if let Some(last) = state.last {
			ensure!(now >= last.saturating_add(limits.cooldown), Error::<T>::CoolingDown);
		}
		let (transfers, volume) = Self::counters(&state, &limits, now);
		if let Some(max) = limits.max_transfers {
			ensure!(transfers < max, Error::<T>::TooManyTransfers);
		}
		if let Some(max) = limits.max_volume {
			ensure!(volume.saturating_add(amount) <= max, Error::<T>::VolumeExceeded);
		}
		Ok(())
	}

	/// [`Self::validate_transfer`] for transaction validation: a refusal is an invalid
	/// transaction whose custom code is the index of the pallet's error (`TokenHalted` 10,
	/// `BreakerOpen` 11, `CoolingDown` 12, `TooManyTransfers` 13, `VolumeExceeded` 14).
	pub fn validate_transfer_tx(
		token: &T::AssetId,
		from: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), TransactionValidityError> {
		Self::validate_transfer(token, from, amount).map_err(|error| match error {
			DispatchError::Module(ModuleError { error: [index, ..], .. }) => {
				InvalidTransaction::Custom(index).into()
			},
			_ => InvalidTransaction::Call.into(),
		})
	}

	/// Records that `from`'s attempt to send `amount` of `token` reached dispatch and was refused
	/// with `error`, if `error` is one of this pallet's refusals: an event and an audit entry.
	/// Returns whether it recorded one. The runtime calls it after the dispatch, outside the
	/// call's storage layer (see `CallValidator::after_dispatch`), so that the record stays.
	pub fn note_rejected(
		token: &T::AssetId,
		from: &T::AccountId,
		amount: T::Balance,
		error: &DispatchError,
	) -> bool {
		let Some(reason) = Self::rejection(error) else { return false };
		Self::audit(
			AuditScope::Rejections(*token),
			Some(from.clone()),
			AuditAction::TransferRejected { amount, reason },
		);
		Self::deposit_event(Event::TransferRejected {
			token: *token,
			who: from.clone(),
			amount,
			reason,
		});
		true
	}

	/// The refusal `error` stands for, if it is one of this pallet's.
	pub fn rejection(error: &DispatchError) -> Option<Rejection> {
		let DispatchError::Module(ModuleError { index, error, .. }) = error else { return None };
		let ours = <Self as frame_support::traits::PalletInfoAccess>::index();
		if usize::from(*index) != ours {
			return None;
		}
		match Error::<T>::decode(&mut error.as_slice()).ok()? {
			Error::<T>::TokenHalted => Some(Rejection::Halted),
			Error::<T>::BreakerOpen => Some(Rejection::BreakerOpen),
			Error::<T>::CoolingDown => Some(Rejection::CoolingDown),
			Error::<T>::TooManyTransfers => Some(Rejection::TooManyTransfers),
			Error::<T>::VolumeExceeded => Some(Rejection::VolumeExceeded),
			_ => None,
		}
	}

	/// Records that `from` sent `amount` of `token`: its counters, and the token's block volume,
	/// which may trip the breaker. Returns whether the token is guarded (nothing is recorded for
	/// a token without settings).
	pub fn record_transfer(token: &T::AssetId, from: &T::AccountId, amount: T::Balance) -> bool {
		let Some(settings) = Settings::<T>::get(token) else { return false };
		let now = frame_system::Pallet::<T>::block_number();
		let counted = !T::SystemAccounts::contains(token, from);
		let state = counted.then(|| Accounts::<T>::get(token, from)).flatten().unwrap_or_default();
		if let Some(limits) = Self::limits_for(&settings, state.class).filter(|_| counted) {
			let (transfers, volume) = Self::counters(&state, &limits, now);
			Accounts::<T>::insert(
				token,
				from,
				AccountState {
					class: state.class,
					window: window_start(now, limits.window),
					transfers: transfers.saturating_add(1),
					volume: volume.saturating_add(amount),
					last: Some(now),
				},
			);
		}
		if settings.breaker.is_some() {
			Self::add_block_volume(token, settings, amount, now);
		}
		true
	}

	/// The limits of senders of `class`; exempt senders have none.
	fn limits_for(
		settings: &TokenSettings<T::Balance, BlockNumberFor<T>>,
		class: AccountClass,
	) -> Option<LimitsOf<T>> {
		match class {
			AccountClass::Standard => settings.standard.clone(),
			AccountClass::Verified => settings.verified.clone(),
			AccountClass::Exempt => None,
		}
	}

	/// The transfers and volume `state` counts in the window that holds `now`.
	fn counters(
		state: &AccountState<T::Balance, BlockNumberFor<T>>,
		limits: &LimitsOf<T>,
		now: BlockNumberFor<T>,
	) -> (u32, T::Balance) {
		if state.last.is_some() && state.window == window_start(now, limits.window) {
			(state.transfers, state.volume)
		} else {
			(0, Zero::zero())
		}
	}

	/// Sets `token`'s limits for `class`, on `by`'s authority.
	pub fn do_set_limits(
		token: T::AssetId,
		class: AccountClass,
		limits: Option<LimitsOf<T>>,
		by: Option<T::AccountId>,
	) -> DispatchResult {
		Self::ensure_token(&token)?;
		ensure!(class != AccountClass::Exempt, Error::<T>::ExemptHasNoLimits);
		if let Some(limits) = &limits {
			let counted = limits.max_transfers.is_some() || limits.max_volume.is_some();
			ensure!(!counted || !limits.window.is_zero(), Error::<T>::ZeroWindow);
		}
		let mut settings = Settings::<T>::get(token).unwrap_or_default();
		let slot = match class {
			AccountClass::Verified => &mut settings.verified,
			AccountClass::Standard | AccountClass::Exempt => &mut settings.standard,
		};
		let old = core::mem::replace(slot, limits.clone());
		Self::store_settings(token, settings);
		Self::audit(
			AuditScope::Token(token),
			by,
			AuditAction::LimitsSet { class, before: old, after: limits.clone() },
		);
		Self::deposit_event(Event::LimitsSet { token, class, limits });
		Ok(())
	}

	/// Puts `who` in `class` for `token`, on `by`'s authority; its counters stay.
	pub fn do_set_account_class(
		token: T::AssetId,
		who: T::AccountId,
		class: AccountClass,
		by: Option<T::AccountId>,
	) -> DispatchResult {
		Self::ensure_token(&token)?;
		let mut state = Accounts::<T>::get(token, &who).unwrap_or_default();
		let old = core::mem::replace(&mut state.class, class);
		if state == AccountState::default() {
			Accounts::<T>::remove(token, &who);
		} else {
			Accounts::<T>::insert(token, &who, state);
		}
		Self::audit(
			AuditScope::Token(token),
			by,
			AuditAction::ClassSet { who: who.clone(), before: old, after: class },
		);
		Self::deposit_event(Event::AccountClassSet { token, who, class });
		Ok(())
	}

	/// Fails unless `token` is a managed token: only those are guarded.
	pub(crate) fn ensure_token(token: &T::AssetId) -> DispatchResult {
		ensure!(T::Tokens::exists(token), Error::<T>::UnknownToken);
		Ok(())
	}

	/// Stores `settings`, or removes them when they guard nothing.
	pub(crate) fn store_settings(
		token: T::AssetId,
		settings: TokenSettings<T::Balance, BlockNumberFor<T>>,
	) {
		if settings == TokenSettings::default() {
			Settings::<T>::remove(token);
		} else {
			Settings::<T>::insert(token, settings);
		}
	}

	/// Whether `state`, a standard account's, counts nothing that still matters at `now`.
	fn stale(
		state: &AccountState<T::Balance, BlockNumberFor<T>>,
		limits: Option<&Limits<T::Balance, BlockNumberFor<T>>>,
		now: BlockNumberFor<T>,
	) -> bool {
		let Some(limits) = limits else { return true };
		let Some(last) = state.last else { return true };
		state.window != window_start(now, limits.window)
			&& now >= last.saturating_add(limits.cooldown)
	}

	/// Forgets stale standard accounts while `remaining` allows, at most `MaxPrunePerBlock`;
	/// returns the weight used.
	pub(crate) fn prune(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let per_account = T::WeightInfo::prune_account();
		// The cursor, read and written.
		let mut used = T::DbWeight::get().reads_writes(1, 1);
		if remaining.any_lt(used.saturating_add(per_account)) {
			return Weight::zero();
		}
		let mut iter = match PruneCursor::<T>::get() {
			Some(cursor) => Accounts::<T>::iter_from(cursor.into_inner()),
			None => Accounts::<T>::iter(),
		};
		let mut visited = 0u32;
		let mut last_key = None;
		while visited < T::MaxPrunePerBlock::get()
			&& remaining.all_gte(used.saturating_add(per_account))
		{
			let Some((token, who, state)) = iter.next() else {
				last_key = None;
				break;
			};
			last_key = Some(Accounts::<T>::hashed_key_for(token, &who));
			used = used.saturating_add(per_account);
			visited = visited.saturating_add(1);
			if state.class != AccountClass::Standard {
				continue;
			}
			let settings = Settings::<T>::get(token).unwrap_or_default();
			if Self::stale(&state, settings.standard.as_ref(), now) {
				Accounts::<T>::remove(token, &who);
			}
		}
		match last_key.and_then(|key| BoundedVec::try_from(key).ok()) {
			Some(cursor) => PruneCursor::<T>::put(cursor),
			None => PruneCursor::<T>::kill(),
		}
		used
	}
}

#[cfg(test)]
mod tests {
	use super::window_start;

	#[test]
	fn a_window_starts_at_a_multiple_of_its_length() {
		assert_eq!(window_start(0u32, 10), 0);
		assert_eq!(window_start(9u32, 10), 0);
		assert_eq!(window_start(10u32, 10), 10);
		assert_eq!(window_start(25u32, 10), 20);
		assert_eq!(window_start(25u32, 1), 25);
		// No windows: one that never ends.
		assert_eq!(window_start(25u32, 0), 0);
	}
}
