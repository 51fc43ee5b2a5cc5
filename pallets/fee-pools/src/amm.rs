//! [`AssetConversionAmm`]: the fee pools' AMM traits over `pallet-asset-conversion`, for a runtime
//! whose asset-conversion names assets as `NativeOrWithId<AssetId>`. A runtime on another AMM
//! implements [`AmmReserves`] and [`AmmSwap`] itself.

use alloc::vec;
use core::marker::PhantomData;
use frame_support::traits::fungible::NativeOrWithId;
use pallet_asset_conversion::Swap;
use rustorium_primitives::{AmmReserves, AmmSwap};
use sp_runtime::DispatchError;

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
