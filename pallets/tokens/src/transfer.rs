//! Transfers of a managed token: the pause state and the transfer policy decide.

use crate::{Config, Event, Pallet};
use frame_support::traits::{fungibles::Mutate, tokens::Preservation};
use rustorium_primitives::TransferPolicy;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Moves `amount` of `token` from `from` to `to` if the token is live and the transfer
	/// policy allows it; tells the policy afterwards.
	pub fn do_transfer(
		token: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		Self::ensure_live(token)?;
		T::TransferPolicy::check(&token, from, to, amount)?;
		let moved = T::Assets::transfer(token, from, to, amount, Preservation::Expendable)?;
		T::TransferPolicy::on_transfer(&token, from, to, moved);
		Self::deposit_event(Event::Transferred {
			token,
			from: from.clone(),
			to: to.clone(),
			amount: moved,
		});
		Ok(moved)
	}
}
