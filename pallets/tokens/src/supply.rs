//! The supply of a token: creation with its distribution, minting up to the cap, burning.
//!
//! A token mints only with `Feature::Minting` (its initial distribution excepted), burns only
//! with `Feature::Burning`, and pauses only with `Feature::Pausable`. A burn never touches an
//! account that holds other people's money (`Config::SystemAccounts`: pools, escrows, the
//! pallet's account). A burner burning another holder's tokens (a clawback) needs no consent
//! from the holder, as a regulated asset's issuer needs; the token's approval policy may
//! reserve clawbacks for approved proposals (`OperationGuard::may_burn_from`).

use crate::{
	pallet::{Recipients, TokenInfoOf},
	AssetFreezer, Config, Error, Event, HoldReason, Pallet, Role, TokenConfig, TokenInfo, Tokens,
};
use frame_support::{
	ensure,
	traits::{
		fungible::MutateHold,
		fungibles::{Create, Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
		ContainsPair, Get,
	},
};
use rustorium_primitives::{Feature, Permissioned as _};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	ArithmeticError, DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Creates token `id` from `config` for `creator`: validates it, creates the underlying asset
	/// owned by the pallet, makes `creator` admin and the recipient of any inflation, sets the
	/// asset's metadata, and mints each bucket's share to its recipient,
	/// or into escrow with a vesting grant when the bucket vests.
	pub fn do_create_token(
		creator: &T::AccountId,
		id: T::AssetId,
		config: &TokenConfig,
		recipients: &Recipients<T>,
	) -> DispatchResult {
		config.validate().map_err(Error::<T>::from)?;
		ensure!(
			!Tokens::<T>::contains_key(id) && !T::Assets::asset_exists(id),
			Error::<T>::TokenExists
		);
		// Every bucket has exactly one recipient, and every recipient a bucket.
		ensure!(recipients.len() == config.distribution.len(), Error::<T>::UnexpectedRecipient);
		for allocation in config.distribution.iter() {
			let named = recipients.iter().filter(|(b, _)| *b == allocation.bucket).count();
			ensure!(named > 0, Error::<T>::MissingRecipient);
			ensure!(named == 1, Error::<T>::UnexpectedRecipient);
		}
		let max_supply = Self::balance_of_u128(config.max_supply)?;
		let initial_supply = Self::balance_of_u128(config.initial_supply)?;

		let deposit = T::TokenDeposit::get();
		T::Currency::hold(&HoldReason::TokenDeposit.into(), creator, deposit)?;
		T::Assets::create(id, Self::account_id(), false, 1u32.into())?;
		Tokens::<T>::insert(
			id,
			TokenInfo {
				creator: creator.clone(),
				deposit,
				metadata_deposit: Zero::zero(),
				max_supply,
				initial_price: config.economics.initial_price,
				paused: false,
				admins: 0,
				role_holders: 0,
				features: config.features.clone(),
			},
		);
		Self::do_grant_role(id, Role::Admin, creator, creator)?;
		// The recipients the creator names may hold a token with permissioned transfers.
		if config.has(Feature::PermissionedTransfers) {
			for (_, recipient) in recipients.iter() {
				if !Self::has_role(&id, &Role::Holder, recipient) {
					Self::do_grant_role(id, Role::Holder, recipient, creator)?;
				}
			}
		}
		Self::do_set_metadata(id, creator, &config.name, &config.symbol, config.decimals)?;
		if let Some(inflation) = &config.economics.inflation {
			Self::start_emission(id, creator, inflation)?;
		}
		// `amounts` walks the distribution in order.
		for (allocation, (bucket, amount)) in config.distribution.iter().zip(config.amounts()) {
			let amount = Self::balance_of_u128(amount)?;
			let Some((_, recipient)) = recipients.iter().find(|(b, _)| *b == bucket) else {
				return Err(Error::<T>::MissingRecipient.into());
			};
			match allocation.vesting {
				Some(schedule) => Self::do_grant_vesting(id, recipient, amount, schedule)?,
				None => Self::mint_within_cap(id, recipient, amount)?,
			}
		}
		Self::deposit_event(Event::TokenCreated {
			token: id,
			creator: creator.clone(),
			deposit,
			initial_supply,
			max_supply,
		});
		Ok(())
	}

	/// Mints `amount` of `token` to `to` if the token mints, is live, the supply stays within
	/// the cap and `to` may hold the token.
	pub fn do_mint(token: T::AssetId, to: &T::AccountId, amount: T::Balance) -> DispatchResult {
		let info = Self::token(token)?;
		Self::ensure_feature(&info, Feature::Minting)?;
		Self::issue_to(&info, token, to, amount)
	}

	/// Mints `amount` of `token` to `to` if the token is live, the supply stays within the cap
	/// and `to` may hold the token: [`Self::do_mint`] without the minting feature, for the
	/// initial distribution.
	pub(crate) fn mint_within_cap(
		token: T::AssetId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		Self::issue_to(&Self::token(token)?, token, to, amount)
	}

	/// Mints `amount` of `token` (whose details are `info`) to `to` under the cap, the pause
	/// and the `Holder` role: what every mint of this pallet does once its feature is settled.
	fn issue_to(
		info: &TokenInfoOf<T>,
		token: T::AssetId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		Self::ensure_within_cap(info, token, amount)?;
		Self::ensure_holder(info, token, to)?;
		T::Assets::mint_into(token, to, amount)?;
		Self::deposit_event(Event::Minted { token, to: to.clone(), amount });
		Ok(())
	}

	/// Fails with `FeatureOff` unless the token (whose details are `info`) has `feature`.
	pub(crate) fn ensure_feature(info: &TokenInfoOf<T>, feature: Feature) -> DispatchResult {
		ensure!(info.features.contains(&feature), Error::<T>::FeatureOff(feature));
		Ok(())
	}

	/// Fails with `NotHolder` when the token (whose details are `info`) has permissioned
	/// transfers and `who`, not one of its system accounts, lacks its `Holder` role.
	pub(crate) fn ensure_holder(
		info: &TokenInfoOf<T>,
		token: T::AssetId,
		who: &T::AccountId,
	) -> DispatchResult {
		ensure!(
			!info.features.contains(&Feature::PermissionedTransfers)
				|| T::SystemAccounts::contains(&token, who)
				|| Self::has_role(&token, &Role::Holder, who),
			Error::<T>::NotHolder
		);
		Ok(())
	}

	/// Fails unless the token (whose details are `info`) mints, is live and minting `amount`
	/// keeps its supply within the cap: the rule of the adapter's mint paths.
	pub(crate) fn ensure_mintable(
		info: &TokenInfoOf<T>,
		token: T::AssetId,
		amount: T::Balance,
	) -> DispatchResult {
		Self::ensure_feature(info, Feature::Minting)?;
		Self::ensure_within_cap(info, token, amount)
	}

	/// Fails unless `token` (whose details are `info`) is live and minting `amount` keeps its
	/// supply within the cap: the rule of every mint path.
	pub(crate) fn ensure_within_cap(
		info: &TokenInfoOf<T>,
		token: T::AssetId,
		amount: T::Balance,
	) -> DispatchResult {
		ensure!(!info.paused, Error::<T>::TokenPaused);
		let supply = T::Assets::total_issuance(token)
			.checked_add(&amount)
			.ok_or(ArithmeticError::Overflow)?;
		ensure!(supply <= info.max_supply, Error::<T>::SupplyCapExceeded);
		Ok(())
	}

	/// Burns exactly `amount` of `token` held by `from`, if the token burns and is live and
	/// `from` holds no one else's money.
	pub fn do_burn(token: T::AssetId, from: &T::AccountId, amount: T::Balance) -> DispatchResult {
		Self::ensure_burnable(&Self::token(token)?, token, from)?;
		let burned = T::Assets::burn_from(
			token,
			from,
			amount,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		Self::deposit_event(Event::Burned { token, from: from.clone(), amount: burned });
		Ok(())
	}

	/// Fails unless the token (whose details are `info`) burns, is live, and `from` holds no one
	/// else's money: the rule of every burn path, this pallet's and the adapter's.
	pub(crate) fn ensure_burnable(
		info: &TokenInfoOf<T>,
		token: T::AssetId,
		from: &T::AccountId,
	) -> DispatchResult {
		Self::ensure_feature(info, Feature::Burning)?;
		ensure!(!info.paused, Error::<T>::TokenPaused);
		ensure!(!T::SystemAccounts::contains(&token, from), Error::<T>::SystemAccount);
		Ok(())
	}

	/// Pauses (with the pausable feature) or unpauses `token` on behalf of `by`.
	pub fn do_set_paused(token: T::AssetId, paused: bool, by: &T::AccountId) -> DispatchResult {
		Tokens::<T>::try_mutate(token, |info| {
			let info = info.as_mut().ok_or(Error::<T>::UnknownToken)?;
			if paused {
				Self::ensure_feature(info, Feature::Pausable)?;
			}
			ensure!(info.paused != paused, {
				if paused {
					Error::<T>::AlreadyPaused
				} else {
					Error::<T>::NotPaused
				}
			});
			info.paused = paused;
			Ok::<_, DispatchError>(())
		})?;
		if paused {
			T::AssetFreezer::freeze(token)?;
		} else {
			T::AssetFreezer::thaw(token)?;
		}
		Self::observe(
			token,
			by,
			if paused {
				rustorium_primitives::TokenAction::Paused
			} else {
				rustorium_primitives::TokenAction::Unpaused
			},
		);
		let by = by.clone();
		Self::deposit_event(if paused {
			Event::Paused { token, by }
		} else {
			Event::Unpaused { token, by }
		});
		Ok(())
	}
}
