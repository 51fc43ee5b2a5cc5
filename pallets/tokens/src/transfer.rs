//! Transfers of a managed token: the pause state and the transfer policy decide.

use crate::{Config, Event, Pallet};
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
		Self::ensure_live(token)?;
		T::TransferPolicy::check(&token, from, to, amount)?;
		let moved = T::Assets::transfer(token, from, to, amount, Preservation::Expendable)?;
		let recorded = T::TransferPolicy::on_transfer(&token, from, to, moved);
		Self::deposit_event(Event::Transferred {
			token,
			from: from.clone(),
			to: to.clone(),
			amount: moved,
		});
		Ok((moved, recorded))
	}
}
