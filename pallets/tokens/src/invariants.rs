//! The invariants `try_state` checks, listed in the crate documentation. Public, so that tests of
//! any runtime embedding the pallet can check them too.

use crate::{Config, EmissionQueue, Emissions, Grants, Pallet, Role, Roles, Tokens};
use frame_support::{ensure, traits::fungibles::Inspect};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks every invariant: supply within the cap, admins and role counts, escrow balances,
	/// and every running emission in the agenda of its next block.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (token, info) in Tokens::<T>::iter() {
			ensure!(
				T::Assets::total_issuance(token) <= info.max_supply,
				"a token's supply is above its cap"
			);
			let (mut admins, mut holders) = (0u32, 0u32);
			for ((role, _), ()) in Roles::<T>::iter_prefix(token) {
				holders = holders.saturating_add(1);
				if role == Role::Admin {
					admins = admins.saturating_add(1);
				}
			}
			ensure!(admins >= 1, "a token has no admin");
			ensure!(admins == info.admins, "a token's admin count is off");
			ensure!(holders == info.role_holders, "a token's role-holder count is off");
			let unclaimed = Grants::<T>::iter_prefix(token)
				.flat_map(|(_, grants)| grants.into_iter())
				.fold(0u128, |sum, g| {
					sum.saturating_add(g.total.into().saturating_sub(g.claimed.into()))
				});
			let escrowed: u128 = T::Assets::balance(token, &Self::escrow_account(token)).into();
			ensure!(escrowed == unclaimed, "a token's escrow differs from its unclaimed grants");
		}
		let now = frame_system::Pallet::<T>::block_number();
		for (token, emission) in Emissions::<T>::iter() {
			ensure!(Tokens::<T>::contains_key(token), "an emission belongs to no token");
			// A stopped emission's next block has passed; it waits for a restart.
			let scheduled = EmissionQueue::<T>::get(emission.next).contains(&token);
			ensure!(
				scheduled == (emission.next > now),
				"an emission is in the agenda of its next block exactly while that block is ahead"
			);
		}
		Ok(())
	}
}
