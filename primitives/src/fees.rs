//! What the fee pools need from the rest of the runtime, as traits, so that the fee-pool pallet
//! depends on no AMM's types.

/// The reserves of an AMM's pools: where fee-token prices come from.
pub trait AmmReserves<AssetId, Balance> {
	/// `(native reserve, token reserve)` of the pool pairing `asset` with the native token, if
	/// there is one.
	fn reserves(asset: &AssetId) -> Option<(Balance, Balance)>;

	/// `(reserve of via, reserve of asset)` of the pool pairing `asset` with the token `via`, if
	/// there is one: the first hop of a fee paid in `asset` through `via`'s fee pool. An AMM
	/// without token-to-token pools keeps the default, no pool.
	fn pair_reserves(_asset: &AssetId, _via: &AssetId) -> Option<(Balance, Balance)> {
		None
	}
}

/// No AMM: no token has a price.
impl<AssetId, Balance> AmmReserves<AssetId, Balance> for () {
	fn reserves(_: &AssetId) -> Option<(Balance, Balance)> {
		None
	}
}

/// Swaps on an AMM: how the fee pools turn the tokens they took in back into the native they
/// sell, and how a fee paid in a token without a fee pool reaches the pool it is routed through.
pub trait AmmSwap<AccountId, AssetId, Balance> {
	/// Swaps exactly `amount` of `asset` held by `who` for native paid to `who`, keeping `who`'s
	/// accounts alive; fails, changing nothing, if that would pay less than `min_native`.
	/// Returns the native received.
	fn swap_for_native(
		who: &AccountId,
		asset: AssetId,
		amount: Balance,
		min_native: Balance,
	) -> Result<Balance, sp_runtime::DispatchError>;

	/// Swaps exactly `amount` of `give` held by `who` for `get` paid to `to`, keeping `who`'s
	/// accounts alive; fails, changing nothing, if that would pay less than `min_out`. Returns
	/// the amount of `get` paid. An AMM without token-to-token pools keeps the default, which
	/// refuses.
	fn swap_tokens(
		_who: &AccountId,
		_give: AssetId,
		_get: AssetId,
		_amount: Balance,
		_min_out: Balance,
		_to: &AccountId,
	) -> Result<Balance, sp_runtime::DispatchError> {
		Err(sp_runtime::DispatchError::Unavailable)
	}

	/// What [`Self::swap_tokens`] of `amount` of `give` for `get` would pay now, the AMM's fee
	/// included; `None` if it cannot. The default: no token-to-token pools.
	fn quote_swap_tokens(_give: AssetId, _get: AssetId, _amount: Balance) -> Option<Balance> {
		None
	}
}

/// No AMM: nothing can be sold.
impl<AccountId, AssetId, Balance> AmmSwap<AccountId, AssetId, Balance> for () {
	fn swap_for_native(
		_: &AccountId,
		_: AssetId,
		_: Balance,
		_: Balance,
	) -> Result<Balance, sp_runtime::DispatchError> {
		Err(sp_runtime::DispatchError::Unavailable)
	}
}
