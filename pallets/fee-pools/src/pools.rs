//! The registry of fee tokens and the pools' deposits and withdrawals.

use crate::{
	Config, Error, Event, FeePool, FeeTokens, Pallet, Pools, Rate, Rates, Route, Routes, Shares,
};
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
		ensure!(!Self::is_fee_token(&asset), Error::<T>::AlreadyRegistered);
		let spot = Self::spot(&asset).ok_or(Error::<T>::NoPrice)?;
		Self::add_fee_token(asset)?;
		Pools::<T>::insert(asset, FeePool { premium, ..Default::default() });
		let now = frame_system::Pallet::<T>::block_number();
		Rates::<T>::insert(asset, Rate { average: spot, spot, updated: now });
		Self::table_insert(asset);
		Self::deposit_event(Event::FeeTokenRegistered { asset, premium, rate: spot });
		Ok(())
	}

	/// Makes `asset` a fee token paid through `via`'s pool with `premium` on top of the pool's,
	/// its first hop's rate starting at the AMM's spot price of `asset` in `via`.
	pub fn do_register_route(
		asset: T::AssetId,
		via: T::AssetId,
		premium: Permill,
	) -> DispatchResult {
		ensure!(!Self::is_fee_token(&asset), Error::<T>::AlreadyRegistered);
		ensure!(Pools::<T>::contains_key(via), Error::<T>::NotPooled);
		let spot = Self::pair_spot(&asset, &via).ok_or(Error::<T>::NoPrice)?;
		Self::add_fee_token(asset)?;
		Pools::<T>::mutate(via, |pool| {
			if let Some(pool) = pool {
				pool.routes = pool.routes.saturating_add(1);
			}
		});
		Routes::<T>::insert(asset, Route { via, premium });
		let now = frame_system::Pallet::<T>::block_number();
		Rates::<T>::insert(asset, Rate { average: spot, spot, updated: now });
		Self::table_insert(asset);
		Self::deposit_event(Event::RouteRegistered { asset, via, premium, rate: spot });
		Ok(())
	}

	/// Whether `asset` is a fee token, pooled or routed.
	pub fn is_fee_token(asset: &T::AssetId) -> bool {
		FeeTokens::<T>::get().binary_search(asset).is_ok()
	}

	/// Puts `asset` into the registry, if it is not there and there is room.
	fn add_fee_token(asset: T::AssetId) -> DispatchResult {
		FeeTokens::<T>::try_mutate(|tokens| {
			let at = tokens.binary_search(&asset).err().ok_or(Error::<T>::AlreadyRegistered)?;
			tokens.try_insert(at, asset).map_err(|_| Error::<T>::TooManyFeeTokens)
		})?;
		Ok(())
	}

	/// Stops `asset` paying fees: a routed token at once, a pooled one if its pool has no
	/// providers and no token is routed through it.
	pub fn do_deregister(asset: T::AssetId) -> DispatchResult {
		if let Some(route) = Routes::<T>::take(asset) {
			Pools::<T>::mutate(route.via, |pool| {
				if let Some(pool) = pool {
					pool.routes = pool.routes.saturating_sub(1);
				}
			});
		} else {
			let pool = Pools::<T>::get(asset).ok_or(Error::<T>::NotFeeToken)?;
			ensure!(pool.shares.is_zero(), Error::<T>::PoolNotEmpty);
			ensure!(pool.routes == 0, Error::<T>::HasRoutes);
			Pools::<T>::remove(asset);
			crate::RebalanceAfter::<T>::remove(asset);
		}
		FeeTokens::<T>::mutate(|tokens| tokens.retain(|t| *t != asset));
		Rates::<T>::remove(asset);
		Self::table_remove(asset);
		Self::deposit_event(Event::FeeTokenDeregistered { asset });
		Ok(())
	}

	/// Sets what payers in `asset` pay above the oracle rate: a pooled token's pool premium
	/// (which the tokens routed through it pay too), or a routed token's own part.
	pub fn do_set_premium(asset: T::AssetId, premium: Permill) -> DispatchResult {
		if Routes::<T>::contains_key(asset) {
			Routes::<T>::mutate(asset, |route| {
				if let Some(route) = route {
					route.premium = premium;
				}
			});
			Self::table_insert(asset);
		} else {
			let pool = Pools::<T>::try_mutate(asset, |pool| {
				let pool = pool.as_mut().ok_or(Error::<T>::NotFeeToken)?;
				pool.premium = premium;
				Ok::<_, Error<T>>(pool.clone())
			})?;
			Self::table_insert(asset);
			if pool.routes > 0 {
				Self::table_reprice_routes(asset);
			}
		}
		Self::deposit_event(Event::PremiumSet { asset, premium });
		Ok(())
	}

	/// Moves `native` from `who` into `asset`'s pool for shares at the pool's value, its tokens
	/// valued at the higher of the oracle's average and the AMM's spot price, which must be
	/// within `MaxDeviation` of each other; `who` must then hold at least `MinShares`. Returns
	/// the shares.
	pub fn do_deposit(
		asset: T::AssetId,
		who: &T::AccountId,
		native: T::Balance,
	) -> Result<T::Balance, sp_runtime::DispatchError> {
		ensure!(!native.is_zero(), Error::<T>::ZeroAmount);
		let mut pool = Pools::<T>::get(asset).ok_or(Error::<T>::NotFeeToken)?;
		let shares = Self::shares_for(asset, &pool, native)?;
		ensure!(!shares.is_zero(), Error::<T>::DepositTooSmall);
		let holding =
			Shares::<T>::get(asset, who).checked_add(&shares).ok_or(Error::<T>::Overflow)?;
		ensure!(holding >= T::MinShares::get(), Error::<T>::BelowMinShares);
		let account = Self::pool_account(asset);
		T::Currency::transfer(who, &account, native, Preservation::Preserve)?;
		Self::open_token_account(asset, &account, who)?;
		pool.native = pool.native.checked_add(&native).ok_or(Error::<T>::Overflow)?;
		pool.shares = pool.shares.checked_add(&shares).ok_or(Error::<T>::Overflow)?;
		Pools::<T>::insert(asset, pool);
		Shares::<T>::insert(asset, who, holding);
		Self::deposit_event(Event::Deposited { asset, who: who.clone(), native, shares });
		Ok(shares)
	}

	/// The shares `native` buys in `asset`'s `pool`: its part of the pool's value after the
	/// deposit, rounded down. The first deposit's shares are its native. After it, the pool's
	/// tokens are valued at [`Self::deposit_rate`] (the higher of the average and the spot
	/// price, refused while they are far apart), rounded up: the pool is never valued below
	/// what it is worth at either price, so that the shares are never cheaper than the value
	/// they stand for, and a withdrawal, which takes its part of each side, returns no more than
	/// the deposit at any price up to that rate. A pool holding no tokens needs no price.
	fn shares_for(
		asset: T::AssetId,
		pool: &FeePool<T::Balance>,
		native: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		if pool.shares.is_zero() {
			return Ok(native);
		}
		let tokens_value = if pool.tokens.is_zero() {
			Zero::zero()
		} else {
			let rate = Self::deposit_rate(&asset)?;
			multiply_by_rational_with_rounding(
				pool.tokens.unique_saturated_into(),
				rate.into_inner(),
				FixedU128::DIV,
				Rounding::Up,
			)
			.map(T::Balance::unique_saturated_from)
			.ok_or(Error::<T>::Overflow)?
		};
		let value = pool.native.checked_add(&tokens_value).ok_or(Error::<T>::Overflow)?;
		mul_div(native, pool.shares, value).ok_or_else(|| Error::<T>::Overflow.into())
	}

	/// Gives `who` the native and tokens `shares` of `asset`'s pool stand for, leaving it no
	/// shares or at least `MinShares`.
	///
	/// No price enters: the withdrawal takes its shares' part of each side, which no rate can
	/// make worth more than its part of the pool. So it is open while the rate is not usable,
	/// and a provider can always leave; the deposit is where a price could be gamed.
	pub fn do_withdraw(
		asset: T::AssetId,
		who: &T::AccountId,
		shares: T::Balance,
	) -> DispatchResult {
		ensure!(!shares.is_zero(), Error::<T>::ZeroAmount);
		let mut pool = Pools::<T>::get(asset).ok_or(Error::<T>::NotFeeToken)?;
		let held = Shares::<T>::get(asset, who);
		ensure!(held >= shares, Error::<T>::InsufficientShares);
		let left = held.saturating_sub(shares);
		ensure!(left.is_zero() || left >= T::MinShares::get(), Error::<T>::BelowMinShares);
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
		if left.is_zero() {
			Shares::<T>::remove(asset, who);
		} else {
			Shares::<T>::insert(asset, who, left);
		}
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
