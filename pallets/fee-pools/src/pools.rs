//! The registry of fee tokens and the pools' deposits and withdrawals.

use crate::{Config, Error, Event, FeePool, FeeTokens, Pallet, Pools, Rate, Rates, Shares};
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect as _, Mutate as _},
		fungibles::{Inspect as _, Mutate as _},
		tokens::{DepositConsequence, Preservation, Provenance},
		AccountTouch, Get,
	},
	PalletId,
};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{AccountIdConversion, CheckedAdd, UniqueSaturatedFrom, UniqueSaturatedInto, Zero},
	DispatchError, DispatchResult, FixedPointNumber, FixedU128, Permill, Rounding, Saturating,
};

/// `a * b / c`, rounded down, for balances; `None` when `c` is zero or the result overflows.
pub(crate) fn mul_div<B: UniqueSaturatedInto<u128> + UniqueSaturatedFrom<u128>>(
	a: B,
	b: B,
	c: B,
) -> Option<B> {
	let (a, b, c): (u128, u128, u128) =
		(a.unique_saturated_into(), b.unique_saturated_into(), c.unique_saturated_into());
	if c == 0 {
		return None;
	}
	multiply_by_rational_with_rounding(a, b, c, Rounding::Down).map(B::unique_saturated_from)
}

impl<T: Config> Pallet<T> {
	/// The account holding `asset`'s pool.
	pub fn pool_account(asset: T::AssetId) -> T::AccountId {
		<T::PalletId as Get<PalletId>>::get().into_sub_account_truncating(asset)
	}

	/// A pool's value in native at `rate`: its native plus its tokens at the rate.
	pub fn pool_value(pool: &FeePool<T::Balance>, rate: FixedU128) -> T::Balance {
		pool.native.saturating_add(rate.saturating_mul_int(pool.tokens))
	}

	/// Makes `asset` a fee token with `premium`, its rate starting at the AMM's spot price.
	pub fn do_register(asset: T::AssetId, premium: Permill) -> DispatchResult {
		ensure!(!Pools::<T>::contains_key(asset), Error::<T>::AlreadyRegistered);
		let spot = Self::spot(&asset).ok_or(Error::<T>::NoPrice)?;
		FeeTokens::<T>::try_mutate(|tokens| {
			let at = tokens.binary_search(&asset).err().ok_or(Error::<T>::AlreadyRegistered)?;
			tokens.try_insert(at, asset).map_err(|_| Error::<T>::TooManyFeeTokens)
		})?;
		Pools::<T>::insert(asset, FeePool { premium, ..Default::default() });
		let now = frame_system::Pallet::<T>::block_number();
		Rates::<T>::insert(asset, Rate { average: spot, spot, updated: now });
		Self::table_insert(asset, premium);
		Self::deposit_event(Event::FeeTokenRegistered { asset, premium, rate: spot });
		Ok(())
	}

	/// Stops `asset` paying fees, if its pool has no providers.
	pub fn do_deregister(asset: T::AssetId) -> DispatchResult {
		let pool = Pools::<T>::get(asset).ok_or(Error::<T>::NotFeeToken)?;
		ensure!(pool.shares.is_zero(), Error::<T>::PoolNotEmpty);
		FeeTokens::<T>::mutate(|tokens| tokens.retain(|t| *t != asset));
		Pools::<T>::remove(asset);
		Rates::<T>::remove(asset);
		Self::table_remove(asset);
		crate::RebalanceAfter::<T>::remove(asset);
		Self::deposit_event(Event::FeeTokenDeregistered { asset });
		Ok(())
	}

	/// Moves `native` from `who` into `asset`'s pool for shares at the pool's value; returns the
	/// shares.
	pub fn do_deposit(
		asset: T::AssetId,
		who: &T::AccountId,
		native: T::Balance,
	) -> Result<T::Balance, sp_runtime::DispatchError> {
		ensure!(!native.is_zero(), Error::<T>::ZeroAmount);
		let mut pool = Pools::<T>::get(asset).ok_or(Error::<T>::NotFeeToken)?;
		let shares = if pool.shares.is_zero() {
			native
		} else {
			let rate = Rates::<T>::get(asset).ok_or(Error::<T>::NoPrice)?.average;
			mul_div(native, pool.shares, Self::pool_value(&pool, rate))
				.ok_or(Error::<T>::Overflow)?
		};
		ensure!(!shares.is_zero(), Error::<T>::DepositTooSmall);
		let account = Self::pool_account(asset);
		T::Currency::transfer(who, &account, native, Preservation::Preserve)?;
		Self::open_token_account(asset, &account, who)?;
		pool.native = pool.native.checked_add(&native).ok_or(Error::<T>::Overflow)?;
		pool.shares = pool.shares.checked_add(&shares).ok_or(Error::<T>::Overflow)?;
		Pools::<T>::insert(asset, pool);
		Shares::<T>::mutate(asset, who, |held| *held = held.saturating_add(shares));
		Self::deposit_event(Event::Deposited { asset, who: who.clone(), native, shares });
		Ok(shares)
	}

	/// Gives `who` the native and tokens `shares` of `asset`'s pool stand for.
	pub fn do_withdraw(
		asset: T::AssetId,
		who: &T::AccountId,
		shares: T::Balance,
	) -> DispatchResult {
		ensure!(!shares.is_zero(), Error::<T>::ZeroAmount);
		let mut pool = Pools::<T>::get(asset).ok_or(Error::<T>::NotFeeToken)?;
		let held = Shares::<T>::get(asset, who);
		ensure!(held >= shares, Error::<T>::InsufficientShares);
		let part =
			|amount: T::Balance| mul_div(amount, shares, pool.shares).ok_or(Error::<T>::Overflow);
		let (native, tokens) = (part(pool.native)?, part(pool.tokens)?);
		let account = Self::pool_account(asset);
		// What the account loses, dust included: a withdrawal may leave less than a minimum
		// balance behind, which the token's pallet then removes with the rest.
		let native_out = Self::outflow(
			|| T::Currency::balance(&account),
			|| T::Currency::transfer(&account, who, native, Preservation::Expendable).map(drop),
		)?;
		let tokens_out = if tokens.is_zero() {
			Zero::zero()
		} else {
			Self::outflow(
				|| T::Assets::balance(asset, &account),
				|| {
					T::Assets::transfer(asset, &account, who, tokens, Preservation::Expendable)
						.map(drop)
				},
			)?
		};
		pool.native = pool.native.saturating_sub(native_out);
		pool.tokens = pool.tokens.saturating_sub(tokens_out);
		pool.shares = pool.shares.saturating_sub(shares);
		Pools::<T>::insert(asset, pool);
		Shares::<T>::mutate_exists(asset, who, |held| {
			let left = held.unwrap_or_default().saturating_sub(shares);
			*held = (!left.is_zero()).then_some(left);
		});
		Self::deposit_event(Event::Withdrawn { asset, who: who.clone(), shares, native, tokens });
		Ok(())
	}

	/// Opens the pool's account in `asset` when a single base unit could not reach it (an asset
	/// whose minimum balance is above one), `depositor` paying the assets' account deposit.
	fn open_token_account(
		asset: T::AssetId,
		account: &T::AccountId,
		depositor: &T::AccountId,
	) -> DispatchResult {
		let one = T::Balance::unique_saturated_from(1u128);
		let reachable = T::Assets::can_deposit(asset, account, one, Provenance::Extant)
			== DepositConsequence::Success;
		if !reachable {
			T::Assets::touch(asset, account, depositor)?;
		}
		Ok(())
	}

	/// Runs `transfer` out of a pool account and returns how much the account's `balance` fell.
	fn outflow(
		balance: impl Fn() -> T::Balance,
		transfer: impl FnOnce() -> DispatchResult,
	) -> Result<T::Balance, DispatchError> {
		let before = balance();
		transfer()?;
		Ok(before.saturating_sub(balance()))
	}

	/// The native the pool of `asset` can sell without going below the existential deposit.
	pub fn sellable(pool: &FeePool<T::Balance>) -> T::Balance {
		pool.native.saturating_sub(T::Currency::minimum_balance())
	}
}
