//! What the fee pools need from the rest of the runtime, as traits, so that the fee-pool pallet
//! depends on no AMM's types.

/// The reserves of the AMM pools that pair a token with the native token: where fee-token prices
/// come from.
pub trait NativePoolReserves<AssetId, Balance> {
	/// `(native reserve, token reserve)` of the pool pairing `asset` with the native token, if
	/// there is one.
	fn reserves(asset: &AssetId) -> Option<(Balance, Balance)>;
}

/// No AMM: no token has a price.
impl<AssetId, Balance> NativePoolReserves<AssetId, Balance> for () {
	fn reserves(_: &AssetId) -> Option<(Balance, Balance)> {
		None
	}
}

/// Sells a token for the native token on an AMM: how the fee pools turn the tokens they took in
/// back into the native they sell.
pub trait NativeSwap<AccountId, AssetId, Balance> {
	/// Swaps exactly `amount` of `asset` held by `who` for native paid to `who`, keeping `who`'s
	/// accounts alive; fails, changing nothing, if that would pay less than `min_native`.
	/// Returns the native received.
	fn swap_for_native(
		who: &AccountId,
		asset: AssetId,
		amount: Balance,
		min_native: Balance,
	) -> Result<Balance, sp_runtime::DispatchError>;
}

/// No AMM: nothing can be sold.
impl<AccountId, AssetId, Balance> NativeSwap<AccountId, AssetId, Balance> for () {
	fn swap_for_native(
		_: &AccountId,
		_: AssetId,
		_: Balance,
		_: Balance,
	) -> Result<Balance, sp_runtime::DispatchError> {
		Err(sp_runtime::DispatchError::Unavailable)
	}
}
