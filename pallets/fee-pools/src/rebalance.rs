//! The rebalancer: in `on_idle`, a pool whose native has fallen below `RebalanceThreshold` of its
//! value sells the tokens it took in for native on the AMM, at no less than the oracle rate minus
//! `MaxSlippage`. It visits at most `MaxRebalancesPerBlock` pools a block, round robin from where
//! the last block stopped, and only while the block has weight left for a whole visit. A pool
//! whose sale was refused waits `RebalanceBackoff` blocks before it tries again.

use crate::{Config, Event, FeeTokens, Pallet, Pools, RebalanceAfter, RebalanceCursor, WeightInfo};
use frame_support::{
	storage::with_storage_layer,
	traits::{fungible::Inspect as _, fungibles::Inspect as _, Get},
	weights::Weight,
};
use rustorium_primitives::AmmSwap;
use sp_runtime::{traits::Zero, FixedPointNumber, Saturating};

impl<T: Config> Pallet<T> {
	/// Visits pools while `remaining` allows; returns the weight used.
	pub(crate) fn rebalance_idle(remaining: Weight) -> Weight {
		let per_visit = T::WeightInfo::rebalance();
		// The registry and the cursor, read and written once.
		let mut used = T::DbWeight::get().reads_writes(2, 1);
		let tokens = FeeTokens::<T>::get();
		let count = tokens.len() as u32;
		if count == 0 || remaining.any_lt(used.saturating_add(per_visit)) {
			return Weight::zero();
		}
		let wrap = |index: u32| index.checked_rem(count).unwrap_or_default();
		let start = wrap(RebalanceCursor::<T>::get());
		let mut visited = 0u32;
		while visited < T::MaxRebalancesPerBlock::get().min(count)
			&& remaining.all_gte(used.saturating_add(per_visit))
		{
			let index = wrap(start.saturating_add(visited));
			if let Some(asset) = tokens.get(index as usize) {
				Self::rebalance(*asset);
			}
			used = used.saturating_add(per_visit);
			visited = visited.saturating_add(1);
		}
		RebalanceCursor::<T>::put(wrap(start.saturating_add(visited)));
		used
	}

	/// Sells `asset`'s pool tokens (all but the token's minimum balance) for native if the pool
	/// needs it: its native below `RebalanceThreshold` of its value at the oracle rate, and the
	/// rate usable (a manipulated AMM price is not sold into). Emits `Rebalanced`, or
	/// `RebalanceFailed` when the AMM would pay less than the slippage limit allows; a failed
	/// swap changes nothing. Returns whether it sold.
	pub fn rebalance(asset: T::AssetId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		// After a refused sale the pool waits `RebalanceBackoff` blocks before it tries again.
		if RebalanceAfter::<T>::get(asset).is_some_and(|after| now < after) {
			return false;
		}
		let Some(pool) = Pools::<T>::get(asset) else { return false };
		let Some(rate) = Self::usable_rate(&asset) else { return false };
		let account = Self::pool_account(asset);
		let sellable = pool.tokens.saturating_sub(T::Assets::minimum_balance(asset));
		let value = Self::pool_value(&pool, rate);
		if sellable.is_zero() || pool.native >= T::RebalanceThreshold::get().mul_floor(value) {
			return false;
		}
		let expected = rate.saturating_mul_int(sellable);
		let min_native = expected.saturating_sub(T::MaxSlippage::get().mul_ceil(expected));
		let native_before = T::Currency::balance(&account);
		let tokens_before = T::Assets::balance(asset, &account);
		let swapped =
			with_storage_layer(|| T::Swap::swap_for_native(&account, asset, sellable, min_native));
		match swapped {
			Ok(_) => {
				let native = T::Currency::balance(&account).saturating_sub(native_before);
				let tokens = tokens_before.saturating_sub(T::Assets::balance(asset, &account));
				Pools::<T>::mutate(asset, |pool| {
					if let Some(pool) = pool {
						pool.native = pool.native.saturating_add(native);
						pool.tokens = pool.tokens.saturating_sub(tokens);
					}
				});
				RebalanceAfter::<T>::remove(asset);
				Self::deposit_event(Event::Rebalanced { asset, tokens, native });
				true
			},
			Err(error) => {
				RebalanceAfter::<T>::insert(asset, now.saturating_add(T::RebalanceBackoff::get()));
				Self::deposit_event(Event::RebalanceFailed {
					asset,
					tokens: sellable,
					min_native,
					error,
				});
				false
			},
		}
	}
}
