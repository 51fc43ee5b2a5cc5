//! Inflation: each token with an inflation rate mints new supply every `period` blocks to its
//! emission recipient, never past the cap.
//!
//! The schedule is an agenda keyed by block number, like `pallet-scheduler`'s: the block's
//! `on_initialize` takes its own entry (at most `MaxEmissionsPerBlock` tokens) and never looks at
//! any other token, so its work is bounded whatever the number of tokens. A token whose next
//! block is full moves to the first block with room among the following
//! [`SLOT_SEARCH`]; if none has room its emission stops, with an event, and keeps its record (its
//! `next` block passed) until an admin restarts it with `restart_emission`: filling the agendas
//! stops an emission for a while, never for good.

use crate::{
	Config, Emission, EmissionQueue, Emissions, Error, Event, Pallet, SkipReason, Tokens,
	WeightInfo,
};
use frame_support::{
	ensure,
	storage::with_storage_layer,
	traits::{fungibles::Inspect, Get},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use rustorium_primitives::{inflation::period_mint, Inflation};
use sp_runtime::{traits::Saturating, DispatchError, DispatchResult};

/// How many blocks after its due block a token's emission may be placed when that block is full.
pub const SLOT_SEARCH: u32 = 16;

impl<T: Config> Pallet<T> {
	/// Starts `token`'s emission to `recipient`: the first mint is one period from now.
	pub(crate) fn start_emission(
		token: T::AssetId,
		recipient: &T::AccountId,
		inflation: &Inflation,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let next = Self::enqueue(token, now.saturating_add(inflation.period.into()))
			.ok_or(Error::<T>::EmissionQueueFull)?;
		Emissions::<T>::insert(
			token,
			Emission {
				recipient: recipient.clone(),
				annual_rate: inflation.annual_rate,
				period: inflation.period,
				next,
			},
		);
		Self::deposit_event(Event::EmissionScheduled { token, at: next });
		Ok(())
	}

	/// Puts `token` in the agenda of the first block from `at` with room; returns that block.
	fn enqueue(token: T::AssetId, at: BlockNumberFor<T>) -> Option<BlockNumberFor<T>> {
		let mut block = at;
		for _ in 0..SLOT_SEARCH {
			if EmissionQueue::<T>::mutate(block, |due| due.try_push(token).is_ok()) {
				return Some(block);
			}
			block = block.saturating_add(1u32.into());
		}
		None
	}

	/// Mints what is due in block `now` and schedules each token's next mint; returns the weight
	/// used. Called from `on_initialize`.
	pub(crate) fn emit_due(now: BlockNumberFor<T>) -> Weight {
		let due = EmissionQueue::<T>::take(now);
		let count = due.len() as u32;
		for token in due {
			Self::emit(token, now);
		}
		T::WeightInfo::on_initialize_emissions(count)
	}

	/// One token's mint in block `now`. A paused token mints nothing this period; a token at its
	/// cap ends its emission; a mint the underlying assets refuse (say, below their minimum
	/// balance) is reported and skipped.
	fn emit(token: T::AssetId, now: BlockNumberFor<T>) {
		let (Some(emission), Some(info)) = (Emissions::<T>::get(token), Tokens::<T>::get(token))
		else {
			Emissions::<T>::remove(token);
			return;
		};
		let supply: u128 = T::Assets::total_issuance(token).into();
		let cap: u128 = info.max_supply.into();
		if supply >= cap {
			Emissions::<T>::remove(token);
			Self::deposit_event(Event::EmissionEnded { token });
			return;
		}
		if info.paused {
			Self::deposit_event(Event::EmissionSkipped { token, reason: SkipReason::Paused });
		} else {
			let amount = period_mint(
				supply,
				cap,
				emission.annual_rate,
				emission.period,
				T::BlocksPerYear::get(),
			);
			// A hook is not a transaction: a refused mint must leave no partial writes behind.
			let minted = with_storage_layer::<(), DispatchError, _>(|| {
				let amount = Self::balance_of_u128(amount)?;
				Self::do_mint(token, &emission.recipient, amount)
			});
			if minted.is_err() {
				Self::deposit_event(Event::EmissionSkipped { token, reason: SkipReason::Refused });
			}
		}
		match Self::enqueue(token, now.saturating_add(emission.period.into())) {
			Some(next) => Emissions::<T>::insert(token, Emission { next, ..emission }),
			None => {
				// Stopped: its next block is now, which passes with this block.
				Emissions::<T>::insert(token, Emission { next: now, ..emission });
				Self::deposit_event(Event::EmissionStopped { token });
			},
		}
	}

	/// Restarts `token`'s stopped emission: its next mint is one period from now, or the first
	/// block with room after that.
	pub fn do_restart_emission(token: T::AssetId, by: &T::AccountId) -> DispatchResult {
		let emission = Emissions::<T>::get(token).ok_or(Error::<T>::NoEmission)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(emission.next <= now, Error::<T>::EmissionRunning);
		let next = Self::enqueue(token, now.saturating_add(emission.period.into()))
			.ok_or(Error::<T>::EmissionQueueFull)?;
		Emissions::<T>::insert(token, Emission { next, ..emission });
		Self::deposit_event(Event::EmissionRestarted { token, at: next, by: by.clone() });
		Ok(())
	}

	/// Sends `token`'s future emission to `recipient`.
	pub fn do_set_emission_recipient(
		token: T::AssetId,
		recipient: &T::AccountId,
		by: &T::AccountId,
	) -> DispatchResult {
		Emissions::<T>::try_mutate(token, |emission| {
			let emission = emission.as_mut().ok_or(Error::<T>::NoEmission)?;
			ensure!(emission.recipient != *recipient, Error::<T>::RecipientUnchanged);
			emission.recipient = recipient.clone();
			Ok::<_, Error<T>>(())
		})?;
		Self::observe(
			token,
			by,
			rustorium_primitives::TokenAction::EmissionRecipientSet {
				recipient: recipient.clone(),
			},
		);
		Self::deposit_event(Event::EmissionRecipientSet {
			token,
			recipient: recipient.clone(),
			by: by.clone(),
		});
		Ok(())
	}
}
