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
