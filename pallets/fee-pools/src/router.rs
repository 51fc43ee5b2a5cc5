//! The router: every way an account can pay a fee, and the cheapest of them.

use crate::{Config, FeeTable, Pallet, Pools};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::traits::{
	fungible, fungibles,
	tokens::{DepositConsequence, Fortitude, Preservation, Provenance, WithdrawConsequence},
};
use rustorium_primitives::AmmSwap;
use scale_info::TypeInfo;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Bounded, UniqueSaturatedFrom, UniqueSaturatedInto, Zero},
	FixedPointNumber, FixedU128, Rounding, Saturating,
};

/// One way to pay a fee.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct FeeOption<AssetId, Balance> {
	/// The token paid in; `None` is the native token.
	pub asset: Option<AssetId>,
	/// How much of it.
	pub amount: Balance,
	/// What that amount is worth in native at the oracle rate: what the option costs.
	pub native_value: Balance,
	/// The path's middle hop: the fee token whose pool sells the native for a routed token
	/// (`asset` is swapped to it on the AMM first); `None` when `asset`'s own pool does.
	pub via: Option<AssetId>,
}

/// A fee option in a runtime's types.
pub type OptionOf<T> = FeeOption<<T as Config>::AssetId, <T as Config>::Balance>;

impl<T: Config> Pallet<T> {
	/// Every way `who` can pay `fee` (in native base units) this block while staying above each
	/// token's minimum balance: the native token first, then the fee tokens in ascending order.
	pub fn quote(who: &T::AccountId, fee: T::Balance) -> Vec<FeeOption<T::AssetId, T::Balance>> {
		let mut tokens: Vec<_> = FeeTable::<T>::get()
			.iter()
			.filter_map(|entry| Self::token_option_at(entry, who, fee))
			.collect();
		tokens.sort_by_key(|option| option.asset);
		Self::native_option(who, fee).into_iter().chain(tokens).collect()
	}

	/// The cheapest way for `who` to pay `fee`: the lowest value in native; on a tie the native
	/// token, then the lowest asset id. The same choice as the cheapest of [`Self::quote`].
	///
	/// A token option is worth at least the fee plus its premium (`priced`, the amount is rounded
	/// up), so the native token, when held, wins outright, and the fee table, in premium order,
	/// is walked only until a token's `priced` can no longer beat the best option found. A token the payer
	/// holds too little of costs one balance read; only a token it can pay with is priced in full
	/// (its pool, the AMM's live price, the payer's and the pool's accounts).
	pub fn choose(
		who: &T::AccountId,
		fee: T::Balance,
	) -> Option<FeeOption<T::AssetId, T::Balance>> {
		Self::choose_counted(who, fee).0
	}

	/// [`Self::choose`], and how many fee tokens it looked at: what its work, and weight, was.
	pub fn choose_counted(who: &T::AccountId, fee: T::Balance) -> (Option<OptionOf<T>>, u32) {
		if let Some(native) = Self::native_option(who, fee) {
			return (Some(native), 0);
		}
		let mut best: Option<FeeOption<T::AssetId, T::Balance>> = None;
		let mut looked = 0u32;
		for entry in FeeTable::<T>::get() {
			let priced = fee.saturating_add(entry.premium.mul_ceil(fee));
			if let Some(best) = &best {
				// No later token can win: its value is at least its `priced`, which is at least
				// this one's.
				if priced > best.native_value {
					break;
				}
				// This one can at best tie, and a tie goes to the lower id; a later token, at a
				// higher premium, may still tie with a lower id.
				if priced == best.native_value && best.asset.is_some_and(|id| id < entry.asset) {
					continue;
				}
			}
			looked = looked.saturating_add(1);
			let needed = Self::tokens_for(priced, entry.rate).unwrap_or_else(T::Balance::max_value);
			// A cheap filter: the balance bounds what the payer can spend.
			if <T::Assets as fungibles::Inspect<_>>::balance(entry.asset, who) < needed {
				continue;
			}
			let Some(option) = Self::token_option_at(&entry, who, fee) else {
				continue;
			};
			let better = best.as_ref().is_none_or(|best| {
				(option.native_value, option.asset) < (best.native_value, best.asset)
			});
			if better {
				best = Some(option);
			}
		}
		(best, looked)
	}

	/// The quote for `who` paying `fee`: every option and the router's choice.
	pub fn fee_quote(
		who: &T::AccountId,
		fee: T::Balance,
	) -> crate::FeeQuote<T::AssetId, T::Balance> {
		crate::FeeQuote { fee, options: Self::quote(who, fee), chosen: Self::choose(who, fee) }
	}

	/// `priced / rate`, rounded up: the tokens worth `priced` native at `rate`, never less.
	pub(crate) fn tokens_for(priced: T::Balance, rate: FixedU128) -> Option<T::Balance> {
		multiply_by_rational_with_rounding(
			priced.unique_saturated_into(),
			FixedU128::DIV,
			rate.into_inner(),
			Rounding::Up,
		)
		.map(T::Balance::unique_saturated_from)
	}

	/// Paying `fee` in native, if `who` can while staying alive.
	fn native_option(
		who: &T::AccountId,
		fee: T::Balance,
	) -> Option<FeeOption<T::AssetId, T::Balance>> {
		let native = <T::Currency as fungible::Inspect<_>>::reducible_balance(
			who,
			Preservation::Preserve,
			Fortitude::Polite,
		);
		(native >= fee).then_some(FeeOption {
			asset: None,
			amount: fee,
			native_value: fee,
			via: None,
		})
	}

	/// What paying `fee` in `asset` costs `who`, if its pool (a routed token's: the pool it is
	/// routed through) can sell that much native, its rate is usable and `who` holds enough above
	/// the minimum balance.
	pub fn token_option(
		asset: T::AssetId,
		who: &T::AccountId,
		fee: T::Balance,
	) -> Option<FeeOption<T::AssetId, T::Balance>> {
		Self::token_option_at(&Self::entry_of(asset)?, who, fee)
	}

	/// [`Self::token_option`] for a fee-table entry, so that the router does not read the
	/// registry and the rates again.
	pub(crate) fn token_option_at(
		entry: &crate::FeeEntry<T::AssetId>,
		who: &T::AccountId,
		fee: T::Balance,
	) -> Option<OptionOf<T>> {
		let asset = entry.asset;
		let pooled = entry.via.unwrap_or(asset);
		let pool = Pools::<T>::get(pooled)?;
		if Self::sellable(&pool) < fee {
			return None;
		}
		let rate = Self::usable_entry_rate(entry)?;
		let priced = fee.saturating_add(entry.premium.mul_ceil(fee));
		// The pool never sells below its rate.
		let amount = Self::tokens_for(priced, rate)?;
		let held = <T::Assets as fungibles::Inspect<_>>::reducible_balance(
			asset,
			who,
			Preservation::Preserve,
			Fortitude::Polite,
		);
		if amount.is_zero() || held < amount {
			return None;
		}
		// Nothing else may stop the withdrawal: a freeze, or a managed token's pause or limits.
		let withdrawal = <T::Assets as fungibles::Inspect<_>>::can_withdraw(asset, who, amount);
		if withdrawal != WithdrawConsequence::Success {
			return None;
		}
		// The pool must be able to take the tokens in: what validation promises, payment keeps.
		match entry.via {
			None => {
				let deposit = <T::Assets as fungibles::Inspect<_>>::can_deposit(
					asset,
					&Self::pool_account(asset),
					amount,
					Provenance::Extant,
				);
				if deposit != DepositConsequence::Success {
					return None;
				}
			},
			// A routed token reaches the pool as its pool's token, through the AMM, which must
			// pay the pool at least what a payer in that token would.
			Some(via) => {
				let due = Self::pool_price(via, fee)?;
				if T::Swap::quote_swap_tokens(asset, via, amount)? < due {
					return None;
				}
			},
		}
		Some(FeeOption {
			asset: Some(asset),
			amount,
			native_value: rate.saturating_mul_int(amount),
			via: entry.via,
		})
	}
}
