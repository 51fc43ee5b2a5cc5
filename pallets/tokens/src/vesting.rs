//! Vesting for any token: grants escrowed in a per-token account, claimed by the beneficiary as
//! they vest (cliff, then linear; the curve is `rustorium_primitives::VestingSchedule`).

use crate::{Config, Error, Event, Grants, Pallet, VestingGrant};
use frame_support::ensure;
use rustorium_primitives::VestingSchedule;
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Mints `amount` of `token` into its escrow and grants it to `beneficiary` over `schedule`,
	/// starting now. The escrow account is kept alive by a provider reference of its own.
	pub fn do_grant_vesting(
		token: T::AssetId,
		beneficiary: &T::AccountId,
		amount: T::Balance,
		schedule: VestingSchedule,
	) -> DispatchResult {
		let escrow = Self::escrow_account(token);
		if frame_system::Pallet::<T>::providers(&escrow) == 0 {
			frame_system::Pallet::<T>::inc_providers(&escrow);
		}
		let start = frame_system::Pallet::<T>::block_number();
		Grants::<T>::try_mutate(token, beneficiary, |grants| {
			grants
				.try_push(VestingGrant { total: amount, claimed: Zero::zero(), start, schedule })
				.map_err(|_| Error::<T>::TooManyGrants)
		})?;
		Self::mint_within_cap(token, &escrow, amount)?;
		Self::deposit_event(Event::VestingGranted {
			token,
			beneficiary: beneficiary.clone(),
			amount,
			start,
		});
		Ok(())
	}

	/// Releases to `who` everything of `token` that has vested and was not claimed, under the
	/// rules of every movement; returns the amount.
	pub fn do_claim_vested(
		token: T::AssetId,
		who: &T::AccountId,
	) -> Result<T::Balance, DispatchError> {
		Self::ensure_live(token)?;
		let now = frame_system::Pallet::<T>::block_number();
		let mut grants = Grants::<T>::get(token, who);
		let mut due = T::Balance::zero();
		for grant in grants.iter_mut() {
			let elapsed: u32 = now.saturating_sub(grant.start).unique_saturated_into();
			let claimable =
				grant.schedule.claimable(grant.total.into(), grant.claimed.into(), elapsed);
			let claimable = Self::balance_of_u128(claimable)?;
			grant.claimed = grant.claimed.saturating_add(claimable);
			due = due.saturating_add(claimable);
		}
		ensure!(!due.is_zero(), Error::<T>::NothingToClaim);
		// Through the path of every movement: the pause, the `Holder` role, halts and the
		// breaker apply to a claim as to a transfer (the escrow itself has no limits).
		Self::move_managed(token, &Self::escrow_account(token), who, due)?;
		grants.retain(|g| g.claimed < g.total);
		if grants.is_empty() {
			Grants::<T>::remove(token, who);
		} else {
			Grants::<T>::insert(token, who, grants);
		}
		Self::deposit_event(Event::VestedClaimed { token, who: who.clone(), amount: due });
		Ok(due)
	}
}
