//! The rebalancer: in `on_idle`, a pool whose native has fallen below `RebalanceThreshold` of its
//! value sells the tokens it took in for native on the AMM, at no less than the oracle rate minus
//! `MaxSlippage`. It visits at most `MaxRebalancesPerBlock` pools a block, round robin from where
//! the last block stopped, and only while the block has weight left for a whole visit. A pool
//! whose sale was refused waits `RebalanceBackoff` blocks before it tries again.
//!
//! A visit sells one chunk: at most the largest sale the AMM pool pays for within `MaxSlippage`
//! of the rate, its fee and price impact included ([`crate::sale::largest_sale`]). All of a
//! pool's tokens at once would often move a shallow AMM pool's price past the limit and never
//! sell; the chunk always can. After it the AMM pool takes nothing more within the limit at the
//! same rate, so one chunk a visit is all a block allows and a visit's weight is one swap; the
//! rest sells in later blocks, as the rate or the AMM's price moves.

use crate::{
	sale, AmmFee, Config, Event, FeeTokens, Pallet, Pools, RebalanceAfter, RebalanceCursor,
	WeightInfo,
};
use frame_support::{
	storage::with_storage_layer,
	traits::{fungible::Inspect as _, fungibles::Inspect as _, Get},
	weights::Weight,
};
use rustorium_primitives::{AmmReserves, AmmSwap};
use sp_runtime::{
	traits::{UniqueSaturatedFrom, UniqueSaturatedInto, Zero},
	Saturating,
};

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

	/// Sells a chunk of `asset`'s pool tokens for native if the pool needs it: its native below
	/// `RebalanceThreshold` of its value at the oracle rate, and the rate usable (a manipulated
	/// AMM price is not sold into). The chunk is the pool's tokens (all but the token's minimum
	/// balance) or, if less, the largest sale the AMM pool pays for within `MaxSlippage` of the
	/// rate; nothing is sold when that is worth nothing (the AMM's price is already that far
	/// under the rate: the sale waits for the rate or the price to move). Emits `Rebalanced`, or
	/// `RebalanceFailed` when the AMM refuses; a failed swap changes nothing. Returns whether
	/// it sold.
	pub fn rebalance(asset: T::AssetId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		// After a refused sale the pool waits `RebalanceBackoff` blocks before it tries again.
		if RebalanceAfter::<T>::get(asset).is_some_and(|after| now < after) {
			return false;
		}
		let Some(pool) = Pools::<T>::get(asset) else { return false };
		let Some(rate) = Self::usable_rate(&asset) else { return false };
		let account = Self::pool_account(asset);
		let minimum = T::Assets::minimum_balance(asset);
		let sellable = pool.tokens.saturating_sub(minimum);
		let value = Self::pool_value(&pool, rate);
		if sellable.is_zero() || pool.native >= T::RebalanceThreshold::get().mul_floor(value) {
			return false;
		}
		let Some((native_reserve, token_reserve)) = T::Prices::reserves(&asset) else {
			return false;
		};
		let slippage = T::MaxSlippage::get();
		let chunk = sale::largest_sale(
			token_reserve.unique_saturated_into(),
			native_reserve.unique_saturated_into(),
			rate,
			T::AmmFee::fee(&asset),
			slippage,
		);
		let offered = sellable.min(T::Balance::unique_saturated_from(chunk));
		let min_native = T::Balance::unique_saturated_from(sale::least_native(
			rate,
			offered.unique_saturated_into(),
			slippage,
		));
		if min_native.is_zero() {
			return false;
		}
		let native_before = T::Currency::balance(&account);
		let tokens_before = T::Assets::balance(asset, &account);
		let swapped =
			with_storage_layer(|| T::Swap::swap_for_native(&account, asset, offered, min_native));
		match swapped {
			Ok(_) => {
				let native = T::Currency::balance(&account).saturating_sub(native_before);
				let tokens = tokens_before.saturating_sub(T::Assets::balance(asset, &account));
				let left = pool.tokens.saturating_sub(tokens);
				Pools::<T>::mutate(asset, |pool| {
					if let Some(pool) = pool {
						pool.native = pool.native.saturating_add(native);
						pool.tokens = left;
					}
				});
				RebalanceAfter::<T>::remove(asset);
				let unsold = left.saturating_sub(minimum);
				Self::deposit_event(Event::Rebalanced { asset, tokens, native, unsold });
				true
			},
			Err(error) => {
				RebalanceAfter::<T>::insert(asset, now.saturating_add(T::RebalanceBackoff::get()));
				Self::deposit_event(Event::RebalanceFailed {
					asset,
					tokens: offered,
					min_native,
					error,
				});
				false
			},
		}
	}
}
