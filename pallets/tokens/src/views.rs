//! What the runtime API answers, read from storage without changing it.

use crate::{Config, Grants, Pallet, Role, Roles, TokenView, Tokens, VestingGrant};
use alloc::vec::Vec;
use frame_support::{traits::fungibles::Inspect, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, UniqueSaturatedInto};

/// A vesting grant as this pallet stores it.
pub type GrantOf<T> = VestingGrant<<T as Config>::Balance, BlockNumberFor<T>>;

impl<T: Config> Pallet<T> {
	/// The token's details and supply, if it is a managed token.
	pub fn view_token(id: T::AssetId) -> Option<TokenView<T::AccountId, T::Balance>> {
		Tokens::<T>::get(id).map(|info| TokenView {
			creator: info.creator,
			supply: T::Assets::total_issuance(id),
			max_supply: info.max_supply,
			paused: info.paused,
			admins: info.admins,
			inactive: BoundedVec::truncate_from(
				info.features.iter().copied().filter(|f| f.needs_module()).collect(),
			),
			features: info.features,
		})
	}

	/// Every (role, account) pair of the token; at most `MaxRoleHolders`.
	pub fn view_roles(id: T::AssetId) -> Vec<(Role, T::AccountId)> {
		Roles::<T>::iter_key_prefix(id).collect()
	}

	/// The grants of `who` on the token, each with what could be claimed now.
	pub fn view_vesting(id: T::AssetId, who: &T::AccountId) -> Vec<(GrantOf<T>, T::Balance)> {
		let now = frame_system::Pallet::<T>::block_number();
		Grants::<T>::get(id, who)
			.into_iter()
			.map(|grant| {
				let elapsed: u32 = now.saturating_sub(grant.start).unique_saturated_into();
				let claimable =
					grant.schedule.claimable(grant.total.into(), grant.claimed.into(), elapsed);
				let claimable = T::Balance::try_from(claimable).unwrap_or_default();
				(grant, claimable)
			})
			.collect()
	}
}
