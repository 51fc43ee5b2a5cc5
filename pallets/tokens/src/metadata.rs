//! A token's name, symbol and decimals, kept in the underlying assets' metadata where wallets
//! (Polkadot.js apps among them) read them.
//!
//! The underlying assets take their metadata deposit from the asset's owner, the pallet's
//! account. The admin who sets the metadata pays it: what the new metadata needs above the
//! recorded deposit moves to the pallet's account first, and what it needs less goes back to that
//! admin afterwards. The first deposit also brings the pallet's account up to the native
//! existential deposit, so that the deposit can be reserved on it.

use crate::{pallet::DepositOf, Config, Error, Event, Pallet, Tokens};
use frame_support::traits::{
	fungible::{Inspect as _, Mutate as _},
	fungibles::metadata::{MetadataDeposit, Mutate as _},
	tokens::Preservation,
};
use rustorium_primitives::config::{validate_name_and_symbol, TokenName, TokenSymbol};
use sp_runtime::{traits::Zero, DispatchResult, Saturating};

impl<T: Config> Pallet<T> {
	/// Sets `token`'s metadata for `payer`, who pays or is refunded the change of deposit.
	pub fn do_set_metadata(
		token: T::AssetId,
		payer: &T::AccountId,
		name: &TokenName,
		symbol: &TokenSymbol,
		decimals: u8,
	) -> DispatchResult {
		validate_name_and_symbol(name, symbol).map_err(Error::<T>::from)?;
		let info = Self::token(token)?;
		let pallet = Self::account_id();
		let old: DepositOf<T> = info.metadata_deposit;
		let new: DepositOf<T> = T::Assets::calc_metadata_deposit(name, symbol);
		if new > old {
			let shortfall =
				T::Currency::minimum_balance().saturating_sub(T::Currency::balance(&pallet));
			let due = new.saturating_sub(old).saturating_add(shortfall);
			T::Currency::transfer(payer, &pallet, due, Preservation::Preserve)?;
		}
		T::Assets::set(token, &pallet, name.to_vec(), symbol.to_vec(), decimals)?;
		let refund = old.saturating_sub(new);
		if !refund.is_zero() {
			T::Currency::transfer(&pallet, payer, refund, Preservation::Preserve)?;
		}
		Tokens::<T>::mutate(token, |info| {
			if let Some(info) = info {
				info.metadata_deposit = new;
			}
		});
		Self::deposit_event(Event::MetadataSet {
			token,
			name: name.clone(),
			symbol: symbol.clone(),
			decimals,
			deposit: new,
		});
		Ok(())
	}
}
