//! Transfers of a managed token. Every movement of one, whichever pallet asks for it (a direct
//! transfer, a vesting claim, a swap or a fee through [`crate::ManagedAssets`]), passes
//! [`Pallet::admit`]: the pause, the `Holder` role of a token with permissioned transfers, and
//! the transfer policy; and the policy hears of it afterwards.

use crate::{pallet::TokenInfoOf, Config, Event, Pallet};
use frame_support::traits::{fungibles::Mutate, tokens::Preservation};
use rustorium_primitives::TransferPolicy;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Moves `amount` of `token` from `from` to `to` if the token is live and the transfer
	/// policy allows it; tells the policy afterwards. Returns the amount moved.
	pub fn do_transfer(
		token: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		Self::transfer_recorded(token, from, to, amount).map(|(moved, _)| moved)
	}

	/// [`Self::do_transfer`], also returning whether the policy recorded the transfer (when not,
	/// the transfer cost no more than one without limits).
	pub(crate) fn transfer_recorded(
		token: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(T::Balance, bool), DispatchError> {
		let (moved, recorded) = Self::move_managed(token, from, to, amount)?;
		Self::deposit_event(Event::Transferred {
			token,
			from: from.clone(),
			to: to.clone(),
			amount: moved,
		});
		Ok((moved, recorded))
	}

	/// Moves `amount` of the managed `token` from `from` to `to` once [`Self::admit_token`]
	/// admits it, and tells the policy; returns the amount moved and whether the policy
	/// recorded it. Emits nothing: the caller says why the tokens moved.
	pub(crate) fn move_managed(
		token: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(T::Balance, bool), DispatchError> {
		let info = Self::token(token)?;
		Self::admit_token(&info, token, from, to, amount)?;
		let moved = T::Assets::transfer(token, from, to, amount, Preservation::Expendable)?;
		let recorded = T::TransferPolicy::on_transfer(&token, from, to, moved);
		Ok((moved, recorded))
	}

	/// Fails when the managed `token` (whose details are `info`) may not move `amount` from
	/// `from` to `to`: it is paused, it has permissioned transfers and either side lacks the
	/// `Holder` role, or the transfer policy refuses. The rule of every movement.
	pub(crate) fn admit_token(
		info: &TokenInfoOf<T>,
		token: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> sp_runtime::DispatchResult {
		frame_support::ensure!(!info.paused, crate::Error::<T>::TokenPaused);
		Self::ensure_holder(info, token, from)?;
		Self::ensure_holder(info, token, to)?;
		T::TransferPolicy::check(&token, from, to, amount)
	}
}
