//! A market for a token at its launch price: `open_pool` pairs it with the native token in the
//! runtime's AMM, with liquidity at the configuration's `initial_price`.

use crate::{pallet::DepositOf, Config, Error, Event, NativePools, Pallet, Tokens};
use frame_support::{
	ensure,
	traits::{fungibles::metadata::Inspect as _, Get},
};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{UniqueSaturatedInto, Zero},
	DispatchResult, FixedPointNumber, FixedU128, Rounding,
};

/// `10^exponent`, if it fits.
fn power_of_ten(exponent: u8) -> Option<u128> {
	10u128.checked_pow(u32::from(exponent))
}

/// The base units of a token with `decimals` that `native` base units buy at `price` whole
/// native tokens (of `native_decimals`) per whole token; `None` when it does not fit in u128.
pub fn tokens_for_native(
	native: u128,
	price: FixedU128,
	decimals: u8,
	native_decimals: u8,
) -> Option<u128> {
	// tokens = native / 10^nd / price * 10^d, with price = inner / 10^18.
	let numerator = power_of_ten(decimals)?.checked_mul(FixedU128::DIV)?;
	let denominator = price.into_inner().checked_mul(power_of_ten(native_decimals)?)?;
	if denominator == 0 {
		return None;
	}
	multiply_by_rational_with_rounding(native, numerator, denominator, Rounding::Down)
}

impl<T: Config> Pallet<T> {
	/// Opens `token`'s pool with the native token: `who` provides `native` and the tokens that
	/// buy at the token's launch price.
	pub fn do_open_pool(
		token: T::AssetId,
		who: &T::AccountId,
		native: DepositOf<T>,
	) -> DispatchResult {
		let info = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		let price = info.initial_price.ok_or(Error::<T>::NoInitialPrice)?;
		ensure!(!native.is_zero(), Error::<T>::LiquidityTooSmall);
		let amount = tokens_for_native(
			native.unique_saturated_into(),
			price,
			T::Assets::decimals(token),
			T::NativeDecimals::get(),
		)
		.ok_or(Error::<T>::AmountTooLarge)?;
		ensure!(amount > 0, Error::<T>::LiquidityTooSmall);
		let tokens = Self::balance_of_u128(amount)?;
		T::Pools::open(who, token, native, tokens)?;
		Self::deposit_event(Event::PoolOpened { token, by: who.clone(), native, tokens });
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn tokens_for_native_follows_price_and_decimals() {
		// 1 native (12 decimals) at 0.5 native a token buys 2 tokens (6 decimals).
		let half = FixedU128::from_rational(1, 2);
		assert_eq!(tokens_for_native(10u128.pow(12), half, 6, 12), Some(2_000_000));
		// 3 native at 3 native a token buys 1 token of 0 decimals.
		assert_eq!(tokens_for_native(3, FixedU128::from_u32(3), 0, 0), Some(1));
		// Rounds down.
		assert_eq!(tokens_for_native(2, FixedU128::from_u32(3), 0, 0), Some(0));
		// A zero price or an overflow is no answer.
		assert_eq!(tokens_for_native(1, FixedU128::zero(), 0, 0), None);
		assert_eq!(tokens_for_native(1, FixedU128::from_u32(1), 39, 0), None);
	}
}
