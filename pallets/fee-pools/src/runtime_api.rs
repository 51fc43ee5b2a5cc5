//! `FeeQuoteApi`: what a transaction would cost an account, in every way it can pay.

use crate::{FeeBreakdown, FeeOption};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;

/// A fee quote: the native fee, every way to pay it and the router's choice.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct FeeQuote<AssetId, Balance> {
	/// The fee in native base units, as transaction-payment computes it, the tip included.
	pub fee: Balance,
	/// Every way the account can pay it: native first, then fee tokens ascending.
	pub options: Vec<FeeOption<AssetId, Balance>>,
	/// What `asset_id: None` would pay with; `None` when the account can pay in no way.
	pub chosen: Option<FeeOption<AssetId, Balance>>,
}

/// A transaction's quote: its fee part by part, and every way the account can pay it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct TransactionQuote<AssetId, Balance> {
	/// The fee from the calculator; `quote.fee` is its `charged` part.
	pub breakdown: FeeBreakdown<Balance>,
	/// The options and the router's choice for the charged part.
	pub quote: FeeQuote<AssetId, Balance>,
}

sp_api::decl_runtime_apis! {
	/// Fee quotes in every fee token, read through `state_call` as `FeeQuoteApi_quote`.
	pub trait FeeQuoteApi<AccountId, AssetId, Balance, Call>
	where
		AccountId: Codec,
		AssetId: Codec,
		Balance: Codec,
		Call: Codec,
	{
		/// The quote for `who` sending `call` with `tip` in a signed extrinsic of `len` bytes,
		/// the transaction extensions' weight included.
		fn quote(
			who: AccountId,
			call: Call,
			len: u32,
			tip: Balance,
		) -> TransactionQuote<AssetId, Balance>;
	}
}
