//! [`AssetConversionAmm`]: the fee pools' AMM traits over `pallet-asset-conversion`, for a runtime
//! whose asset-conversion names assets as `NativeOrWithId<AssetId>`. A runtime on another AMM
//! implements [`AmmReserves`], [`AmmSwap`] and [`AmmFee`] itself.

use alloc::vec;
use core::marker::PhantomData;
use frame_support::traits::{fungible::NativeOrWithId, Get};
use pallet_asset_conversion::{PoolLocator, Swap};
use rustorium_primitives::{AmmReserves, AmmSwap};
use sp_runtime::{DispatchError, Permill};

/// The swap fee of the AMM pool pairing a token with the native token: the part of what is sold
/// that the AMM keeps, which the rebalancer counts against `MaxSlippage` when it sizes a sale.
pub trait AmmFee<AssetId> {
	/// The fee of the pool pairing `asset` with the native token.
	fn fee(asset: &AssetId) -> Permill;
}

/// No AMM: no fee.
impl<AssetId> AmmFee<AssetId> for () {
	fn fee(_: &AssetId) -> Permill {
		Permill::zero()
	}
}

/// Prices, swaps and quotes on the asset-conversion pallet of runtime `T`.
pub struct AssetConversionAmm<T>(PhantomData<T>);

type Amm<T> = pallet_asset_conversion::Pallet<T>;

impl<T, A> AmmReserves<A, T::Balance> for AssetConversionAmm<T>
where
	T: pallet_asset_conversion::Config<AssetKind = NativeOrWithId<A>>,
	A: Ord + Clone,
{
	fn reserves(asset: &A) -> Option<(T::Balance, T::Balance)> {
		Amm::<T>::get_reserves(NativeOrWithId::Native, NativeOrWithId::WithId(asset.clone())).ok()
	}

	fn pair_reserves(asset: &A, via: &A) -> Option<(T::Balance, T::Balance)> {
		let (via, asset) =
			(NativeOrWithId::WithId(via.clone()), NativeOrWithId::WithId(asset.clone()));
		Amm::<T>::get_reserves(via, asset).ok()
	}
}

impl<T, A> AmmFee<A> for AssetConversionAmm<T>
where
	T: pallet_asset_conversion::Config<AssetKind = NativeOrWithId<A>>,
	A: Ord + Clone,
{
	/// The pool's own fee if governance set one, else asset-conversion's `LPFee`.
	fn fee(asset: &A) -> Permill {
		let (native, token) = (NativeOrWithId::Native, NativeOrWithId::WithId(asset.clone()));
		let pool = <T::PoolLocator as PoolLocator<T::AccountId, T::AssetKind, T::PoolId>>::pool_id(
			&native, &token,
		);
		// No such pair: nothing is sold on it, and any pool it gets starts at `LPFee`.
		pool.map_or_else(|()| T::LPFee::get(), |pool| Amm::<T>::pool_fee(&pool))
	}
}

impl<T, A> AmmSwap<T::AccountId, A, T::Balance> for AssetConversionAmm<T>
where
	T: pallet_asset_conversion::Config<AssetKind = NativeOrWithId<A>>,
	A: Ord + Clone,
{
	fn swap_for_native(
		who: &T::AccountId,
		asset: A,
		amount: T::Balance,
		min_native: T::Balance,
	) -> Result<T::Balance, DispatchError> {
		let path = vec![NativeOrWithId::WithId(asset), NativeOrWithId::Native];
		<Amm<T> as Swap<T::AccountId>>::swap_exact_tokens_for_tokens(
			who.clone(),
			path,
			amount,
			Some(min_native),
			who.clone(),
			true,
		)
	}

	fn swap_tokens(
		who: &T::AccountId,
		give: A,
		get: A,
		amount: T::Balance,
		min_out: T::Balance,
		to: &T::AccountId,
	) -> Result<T::Balance, DispatchError> {
		let path = vec![NativeOrWithId::WithId(give), NativeOrWithId::WithId(get)];
		<Amm<T> as Swap<T::AccountId>>::swap_exact_tokens_for_tokens(
			who.clone(),
			path,
			amount,
			Some(min_out),
			to.clone(),
			true,
		)
	}

	fn quote_swap_tokens(give: A, get: A, amount: T::Balance) -> Option<T::Balance> {
		let (give, get) = (NativeOrWithId::WithId(give), NativeOrWithId::WithId(get));
		Amm::<T>::quote_price_exact_tokens_for_tokens(give, get, amount, true)
	}
}
