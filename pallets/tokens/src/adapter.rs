//! [`ManagedAssets`]: the underlying `fungibles` implementation as other pallets should see it.
//!
//! A runtime hands `ManagedAssets<Runtime>` (not pallet-assets itself) to every pallet that moves
//! tokens: asset-conversion, fee payment, staking, lending. For assets this pallet does not
//! manage it changes nothing. For a managed token:
//!
//! - `Mutate::transfer` fails with `TokenPaused` while the token is paused, asks
//!   `T::TransferPolicy` first and tells it afterwards;
//! - `Balanced::withdraw` (a swap's credit, a fee) and `Balanced::deposit` (a credit paid out,
//!   a fee refund) are movements whose other side is an imbalance, not an account: the policy
//!   sees them as movements from and to the pallet's account, which stands for the runtime;
//! - `Mutate::mint_into` keeps the supply within the cap and `Balanced::issue` issues at most up
//!   to it (an infallible call: the credit returned says how much was issued), and neither mints
//!   a token without `Feature::Minting`;
//! - `Mutate::burn_from` and `shelve` burn only a token with `Feature::Burning`, never from an
//!   account that holds other people's money (`Config::SystemAccounts`);
//! - a token with `Feature::PermissionedTransfers` moves only between holders of its `Holder`
//!   role and its system accounts;
//! - `Inspect::can_withdraw` answers `Frozen` for a withdrawal the pause or the policy would
//!   refuse;
//! - everything else, `Unbalanced` included, is the underlying implementation's. `Unbalanced`
//!   is the raw layer the other traits are built on; pallets that move tokens use `Mutate` or
//!   `Balanced`, which this adapter checks.

use crate::{Config, Pallet, Tokens};
use core::marker::PhantomData;
use frame_support::traits::{
	fungibles::{self, Balanced, Credit, Debt, Dust, Inspect, Mutate, Refund, Unbalanced},
	tokens::{
		DepositConsequence, Fortitude, Precision, Preservation, Provenance, WithdrawConsequence,
	},
	AccountTouch,
};
use rustorium_primitives::Feature;
use rustorium_primitives::TransferPolicy;
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, DispatchResult,
};

/// The `fungibles` implementation of `T::Assets`, with the pause, the cap and the transfer policy
/// of managed tokens enforced on every movement; see the module documentation.
pub struct ManagedAssets<T>(PhantomData<T>);

impl<T: Config> Pallet<T> {
	/// Fails when `token` is managed and may not move (see `admit_token`: the pause, the
	/// `Holder` role, the transfer policy); returns whether the token is managed, so that the
	/// caller tells the policy afterwards.
	fn admit(
		token: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<bool, DispatchError> {
		let Some(info) = Tokens::<T>::get(token) else { return Ok(false) };
		Self::admit_token(&info, token, from, to, amount)?;
		Ok(true)
	}

	/// Runs `op`, a movement of `amount` of `asset` from `from` to `to`, if `admit` lets it;
	/// then tells the policy how much `op` moved (`moved` reads it from the result).
	fn guarded<R>(
		asset: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
		op: impl FnOnce() -> Result<R, DispatchError>,
		moved: impl FnOnce(&R) -> T::Balance,
	) -> Result<R, DispatchError> {
		let managed = Self::admit(asset, from, to, amount)?;
		let result = op()?;
		if managed {
			T::TransferPolicy::on_transfer(&asset, from, to, moved(&result));
		}
		Ok(result)
	}

	/// Fails when `token` is managed and minting `amount` would take its supply past the cap or
	/// the token is paused or does not mint; other assets pass.
	fn ensure_mintable_if_managed(token: T::AssetId, amount: T::Balance) -> DispatchResult {
		match Tokens::<T>::get(token) {
			Some(info) => Self::ensure_mintable(&info, token, amount),
			None => Ok(()),
		}
	}

	/// Fails when `token` is managed and may not be burned from `who`: the token does not
	/// burn, is paused, or `who` holds other people's money; other assets pass.
	fn ensure_burnable_if_managed(token: T::AssetId, who: &T::AccountId) -> DispatchResult {
		match Tokens::<T>::get(token) {
			Some(info) => Self::ensure_burnable(&info, token, who),
			None => Ok(()),
		}
	}
}

impl<T: Config> Inspect<T::AccountId> for ManagedAssets<T> {
	type AssetId = T::AssetId;
	type Balance = T::Balance;

	fn total_issuance(asset: T::AssetId) -> T::Balance {
		T::Assets::total_issuance(asset)
	}
	fn active_issuance(asset: T::AssetId) -> T::Balance {
		T::Assets::active_issuance(asset)
	}
	fn minimum_balance(asset: T::AssetId) -> T::Balance {
		T::Assets::minimum_balance(asset)
	}
	fn total_balance(asset: T::AssetId, who: &T::AccountId) -> T::Balance {
		T::Assets::total_balance(asset, who)
	}
	fn balance(asset: T::AssetId, who: &T::AccountId) -> T::Balance {
		T::Assets::balance(asset, who)
	}
	fn reducible_balance(
		asset: T::AssetId,
		who: &T::AccountId,
		preservation: Preservation,
		force: Fortitude,
	) -> T::Balance {
		T::Assets::reducible_balance(asset, who, preservation, force)
	}
	fn can_deposit(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: T::Balance,
		provenance: Provenance,
	) -> DepositConsequence {
		T::Assets::can_deposit(asset, who, amount, provenance)
	}
	/// The underlying answer, except that a managed token's withdrawal the pause or the
	/// transfer policy would refuse is `Frozen`: so that a pallet asking first (the fee router)
	/// does not promise a payment the withdrawal then refuses.
	fn can_withdraw(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: T::Balance,
	) -> WithdrawConsequence<T::Balance> {
		if Pallet::<T>::admit(asset, who, &Pallet::<T>::account_id(), amount).is_err() {
			return WithdrawConsequence::Frozen;
		}
		T::Assets::can_withdraw(asset, who, amount)
	}
	fn asset_exists(asset: T::AssetId) -> bool {
		T::Assets::asset_exists(asset)
	}
}

impl<T: Config> Unbalanced<T::AccountId> for ManagedAssets<T> {
	fn handle_raw_dust(asset: T::AssetId, amount: T::Balance) {
		T::Assets::handle_raw_dust(asset, amount)
	}
	fn handle_dust(dust: Dust<T::AccountId, Self>) {
		T::Assets::handle_dust(Dust(dust.0, dust.1))
	}
	fn write_balance(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: T::Balance,
	) -> Result<Option<T::Balance>, DispatchError> {
		T::Assets::write_balance(asset, who, amount)
	}
	fn set_total_issuance(asset: T::AssetId, amount: T::Balance) {
		T::Assets::set_total_issuance(asset, amount)
	}
	fn decrease_balance(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: T::Balance,
		precision: Precision,
		preservation: Preservation,
		force: Fortitude,
	) -> Result<T::Balance, DispatchError> {
		T::Assets::decrease_balance(asset, who, amount, precision, preservation, force)
	}
	fn increase_balance(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: T::Balance,
		precision: Precision,
	) -> Result<T::Balance, DispatchError> {
		T::Assets::increase_balance(asset, who, amount, precision)
	}
	fn deactivate(asset: T::AssetId, amount: T::Balance) {
		T::Assets::deactivate(asset, amount)
	}
	fn reactivate(asset: T::AssetId, amount: T::Balance) {
		T::Assets::reactivate(asset, amount)
	}
}

impl<T: Config> Mutate<T::AccountId> for ManagedAssets<T> {
	fn mint_into(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		Pallet::<T>::ensure_mintable_if_managed(asset, amount)?;
		T::Assets::mint_into(asset, who, amount)
	}
	fn burn_from(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: T::Balance,
		preservation: Preservation,
		precision: Precision,
		force: Fortitude,
	) -> Result<T::Balance, DispatchError> {
		Pallet::<T>::ensure_burnable_if_managed(asset, who)?;
		T::Assets::burn_from(asset, who, amount, preservation, precision, force)
	}
	fn shelve(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		Pallet::<T>::ensure_burnable_if_managed(asset, who)?;
		T::Assets::shelve(asset, who, amount)
	}
	fn restore(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		Pallet::<T>::ensure_mintable_if_managed(asset, amount)?;
		T::Assets::restore(asset, who, amount)
	}
	fn transfer(
		asset: T::AssetId,
		source: &T::AccountId,
		dest: &T::AccountId,
		amount: T::Balance,
		preservation: Preservation,
	) -> Result<T::Balance, DispatchError> {
		Pallet::<T>::guarded(
			asset,
			source,
			dest,
			amount,
			|| T::Assets::transfer(asset, source, dest, amount, preservation),
			|moved| *moved,
		)
	}
	fn set_balance(asset: T::AssetId, who: &T::AccountId, amount: T::Balance) -> T::Balance {
		T::Assets::set_balance(asset, who, amount)
	}
	fn done_mint_into(asset: T::AssetId, who: &T::AccountId, amount: T::Balance) {
		T::Assets::done_mint_into(asset, who, amount)
	}
	fn done_burn_from(asset: T::AssetId, who: &T::AccountId, amount: T::Balance) {
		T::Assets::done_burn_from(asset, who, amount)
	}
	fn done_shelve(asset: T::AssetId, who: &T::AccountId, amount: T::Balance) {
		T::Assets::done_shelve(asset, who, amount)
	}
	fn done_restore(asset: T::AssetId, who: &T::AccountId, amount: T::Balance) {
		T::Assets::done_restore(asset, who, amount)
	}
	fn done_transfer(
		asset: T::AssetId,
		source: &T::AccountId,
		dest: &T::AccountId,
		amount: T::Balance,
	) {
		T::Assets::done_transfer(asset, source, dest, amount)
	}
}

impl<T: Config> Balanced<T::AccountId> for ManagedAssets<T>
where
	T::Assets: Balanced<T::AccountId>,
{
	type OnDropDebt = <T::Assets as Balanced<T::AccountId>>::OnDropDebt;
	type OnDropCredit = <T::Assets as Balanced<T::AccountId>>::OnDropCredit;

	fn rescind(asset: T::AssetId, amount: T::Balance) -> Debt<T::AccountId, Self> {
		T::Assets::rescind(asset, amount)
	}
	fn issue(asset: T::AssetId, amount: T::Balance) -> Credit<T::AccountId, Self> {
		let amount = match Tokens::<T>::get(asset) {
			Some(info) if !info.features.contains(&Feature::Minting) => Zero::zero(),
			Some(info) => {
				amount.min(info.max_supply.saturating_sub(T::Assets::total_issuance(asset)))
			},
			None => amount,
		};
		T::Assets::issue(asset, amount)
	}
	fn deposit(
		asset: T::AssetId,
		who: &T::AccountId,
		value: T::Balance,
		precision: Precision,
	) -> Result<Debt<T::AccountId, Self>, DispatchError> {
		let runtime = Pallet::<T>::account_id();
		Pallet::<T>::guarded(
			asset,
			&runtime,
			who,
			value,
			|| T::Assets::deposit(asset, who, value, precision),
			|debt| debt.peek(),
		)
	}
	fn withdraw(
		asset: T::AssetId,
		who: &T::AccountId,
		value: T::Balance,
		precision: Precision,
		preservation: Preservation,
		force: Fortitude,
	) -> Result<Credit<T::AccountId, Self>, DispatchError> {
		let runtime = Pallet::<T>::account_id();
		Pallet::<T>::guarded(
			asset,
			who,
			&runtime,
			value,
			|| T::Assets::withdraw(asset, who, value, precision, preservation, force),
			|credit| credit.peek(),
		)
	}
	fn done_rescind(asset: T::AssetId, amount: T::Balance) {
		T::Assets::done_rescind(asset, amount)
	}
	fn done_issue(asset: T::AssetId, amount: T::Balance) {
		T::Assets::done_issue(asset, amount)
	}
	fn done_deposit(asset: T::AssetId, who: &T::AccountId, amount: T::Balance) {
		T::Assets::done_deposit(asset, who, amount)
	}
	fn done_withdraw(asset: T::AssetId, who: &T::AccountId, amount: T::Balance) {
		T::Assets::done_withdraw(asset, who, amount)
	}
}

impl<T: Config> AccountTouch<T::AssetId, T::AccountId> for ManagedAssets<T>
where
	T::Assets: AccountTouch<T::AssetId, T::AccountId>,
{
	type Balance = <T::Assets as AccountTouch<T::AssetId, T::AccountId>>::Balance;

	fn deposit_required(asset: T::AssetId) -> Self::Balance {
		T::Assets::deposit_required(asset)
	}
	fn should_touch(asset: T::AssetId, who: &T::AccountId) -> bool {
		T::Assets::should_touch(asset, who)
	}
	fn touch(asset: T::AssetId, who: &T::AccountId, depositor: &T::AccountId) -> DispatchResult {
		T::Assets::touch(asset, who, depositor)
	}
}

impl<T: Config> Refund<T::AccountId> for ManagedAssets<T>
where
	T::Assets: Refund<T::AccountId, AssetId = T::AssetId>,
{
	type AssetId = T::AssetId;
	type Balance = <T::Assets as Refund<T::AccountId>>::Balance;

	fn deposit_held(id: T::AssetId, who: T::AccountId) -> Option<(T::AccountId, Self::Balance)> {
		T::Assets::deposit_held(id, who)
	}
	fn refund(id: T::AssetId, who: T::AccountId) -> DispatchResult {
		T::Assets::refund(id, who)
	}
}

/// The managed tokens' view for pallets that read metadata through the adapter.
impl<T: Config> fungibles::metadata::Inspect<T::AccountId> for ManagedAssets<T>
where
	T::Assets: fungibles::metadata::Inspect<T::AccountId>,
{
	fn name(asset: T::AssetId) -> alloc::vec::Vec<u8> {
		T::Assets::name(asset)
	}
	fn symbol(asset: T::AssetId) -> alloc::vec::Vec<u8> {
		T::Assets::symbol(asset)
	}
	fn decimals(asset: T::AssetId) -> u8 {
		T::Assets::decimals(asset)
	}
}
