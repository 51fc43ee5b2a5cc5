//! The router: every way an account can pay a fee, and the cheapest of them.

use crate::{Config, FeeTokens, Pallet, Pools};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::traits::{
	fungible, fungibles,
	tokens::{DepositConsequence, Fortitude, Preservation, Provenance},
};
use scale_info::TypeInfo;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{UniqueSaturatedFrom, UniqueSaturatedInto, Zero},
	FixedPointNumber, Rounding, Saturating,
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
}

impl<T: Config> Pallet<T> {
	/// Every way `who` can pay `fee` (in native base units) while staying above each token's
	/// minimum balance: the native token first, then the fee tokens in ascending order.
	pub fn quote(who: &T::AccountId, fee: T::Balance) -> Vec<FeeOption<T::AssetId, T::Balance>> {
		let mut options: Vec<_> = Self::native_option(who, fee).into_iter().collect();
		for asset in FeeTokens::<T>::get() {
			if let Some(option) = Self::token_option(asset, who, fee) {
				options.push(option);
			}
		}
		options
	}

	/// The cheapest way for `who` to pay `fee`: the lowest value in native; on a tie the native
	/// token, then the lowest asset id.
	pub fn choose(
		who: &T::AccountId,
		fee: T::Balance,
	) -> Option<FeeOption<T::AssetId, T::Balance>> {
		// The native token, when held, is the cheapest: a token option is worth at least the fee
		// (rounded up, premium added) and ties go to native. Transactions of native payers thus
		// never read the fee tokens' pools, in validation or in payment.
		if let Some(native) = Self::native_option(who, fee) {
			return Some(native);
		}
		Self::fee_quote(who, fee).chosen
	}

	/// The quote for `who` paying `fee`: every option and the router's choice.
	pub fn fee_quote(
		who: &T::AccountId,
		fee: T::Balance,
	) -> crate::FeeQuote<T::AssetId, T::Balance> {
		let options = Self::quote(who, fee);
		let chosen = options.iter().min_by_key(|option| option.native_value).cloned();
		crate::FeeQuote { fee, options, chosen }
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
		(native >= fee).then_some(FeeOption { asset: None, amount: fee, native_value: fee })
	}

	/// What paying `fee` in `asset` costs `who`, if its pool can sell that much native, its rate
	/// is usable and `who` holds enough above the minimum balance.
	pub fn token_option(
		asset: T::AssetId,
		who: &T::AccountId,
		fee: T::Balance,
	) -> Option<FeeOption<T::AssetId, T::Balance>> {
		let pool = Pools::<T>::get(asset)?;
		if Self::sellable(&pool) < fee {
			return None;
		}
		let rate = Self::usable_rate(&asset)?;
		let priced = fee.saturating_add(pool.premium.mul_ceil(fee));
		// amount = priced / rate, rounded up: the pool never sells below its rate.
		let amount = multiply_by_rational_with_rounding(
			priced.unique_saturated_into(),
			sp_runtime::FixedU128::DIV,
			rate.into_inner(),
			Rounding::Up,
		)
		.map(T::Balance::unique_saturated_from)?;
		let held = <T::Assets as fungibles::Inspect<_>>::reducible_balance(
			asset,
			who,
			Preservation::Preserve,
			Fortitude::Polite,
		);
		if amount.is_zero() || held < amount {
			return None;
		}
		// The pool must be able to take the tokens in: what validation promises, payment keeps.
		let pool_account = Self::pool_account(asset);
		if <T::Assets as fungibles::Inspect<_>>::can_deposit(
			asset,
			&pool_account,
			amount,
			Provenance::Extant,
		) != DepositConsequence::Success
		{
			return None;
		}
		Some(FeeOption {
			asset: Some(asset),
			amount,
			native_value: rate.saturating_mul_int(amount),
		})
	}
}
