//! What the pallet stores about a fee pool and a rate.

use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{FixedU128, Permill};

/// A fee token's pool: the native it can sell, the tokens it took in, and its providers' shares.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct FeePool<Balance> {
	/// Native held, the existential deposit included.
	pub native: Balance,
	/// Tokens taken in for fees.
	pub tokens: Balance,
	/// All providers' shares.
	pub shares: Balance,
	/// What a payer pays above the oracle rate.
	pub premium: Permill,
	/// How many fee tokens are routed through this pool.
	pub routes: u32,
}

/// A fee token's price in native base units per token base unit.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Rate<BlockNumber> {
	/// The moving average the fees are priced at.
	pub average: FixedU128,
	/// The AMM's spot price when the average last moved.
	pub spot: FixedU128,
	/// The block the average last moved in.
	pub updated: BlockNumber,
}

/// A fee token without a fee pool of its own: its fees are paid through the pool of the fee
/// token `via`, swapping on the AMM's pool pairing the two (two hops: the token to `via`, `via`
/// to native).
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Route<AssetId> {
	/// The fee token whose pool sells the native.
	pub via: AssetId,
	/// What a payer pays above the oracle rate on top of `via`'s premium: the AMM's swap fee
	/// and price impact.
	pub premium: Permill,
}
