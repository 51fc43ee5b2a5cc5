//! [`ChargeFee`]: the stock `ChargeAssetTxPayment` extension, with the weight of the automatic
//! choice charged by the work it did.
//!
//! With `asset_id: None` the stock extension charges one weight, whatever the payment took. The
//! router's work, though, ranges from nothing (a payer who holds native) to pricing every fee
//! token (a payer who holds only the dearest). `ChargeFee` declares the worst case before
//! dispatch, as a block must, and after dispatch refunds the difference to the path taken: the
//! native path's weight, or `charge_auto(k)` (`charge_route(k)` for a routed token, whose payment
//! swaps on the AMM) for the `k` fee tokens the router looked at (at
//! least `charge_cheapest(MaxFeeTokens)`, a payment through a full fee table). The refund lowers
//! the fee like any unused weight.
//!
//! Before the stock validation it asks the runtime's [`rustorium_primitives::CallValidator`]
//! about a signed call, so that a call breaking a rule (a transfer above a security limit) is
//! invalid and pays nothing. It carries what the validator notes of the call to after its
//! dispatch and tells it the result there, outside the call's storage layer, so that a refused
//! attempt can be recorded. The validator's weight is part of the declared weight; what it did
//! not use is refunded with the payment's.
//!
//! It is the stock extension in every other respect, delegating to it: the identifier, the
//! encoding `(Compact<tip>, Option<AssetId>)` and the metadata type are the same, so Polkadot.js
//! and subxt sign it unchanged.

use crate::{charge::RouterWork, Config, ExtAssetId, FeeBalance, NativeLiquidity, WeightInfo as _};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::{DispatchInfo, DispatchResult, PostDispatchInfo},
	pallet_prelude::TransactionSource,
	traits::Get,
	weights::Weight,
	CloneNoBound, EqNoBound, PartialEqNoBound,
};
use pallet_asset_conversion_tx_payment::{
	ChargeAssetTxPayment, InitialPayment, Pre as StockPre, Val, WeightInfo as _,
};
use rustorium_primitives::CallValidator;
use scale_info::{StaticTypeInfo, TypeInfo};
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, Dispatchable, Implication, PostDispatchInfoOf,
		TransactionExtension, ValidateResult,
	},
	transaction_validity::TransactionValidityError,
};

/// What the runtime's call validator notes of a call in its validation.
pub type AttemptOf<T> = <<T as Config>::CallValidator as CallValidator<
	<T as frame_system::Config>::AccountId,
	<T as frame_system::Config>::RuntimeCall,
>>::Attempt;

/// `ChargeAssetTxPayment` that charges the automatic choice's weight by the work done.
#[derive(Encode, Decode, DecodeWithMemTracking, CloneNoBound, PartialEqNoBound, EqNoBound)]
pub struct ChargeFee<T: pallet_asset_conversion_tx_payment::Config> {
	/// The tip, in native.
	#[codec(compact)]
	pub tip: FeeBalance<T>,
	/// The token to pay in; `None` for the router's choice.
	pub asset_id: Option<ExtAssetId<T>>,
}

impl<T: pallet_asset_conversion_tx_payment::Config> ChargeFee<T> {
	/// The extension with `tip` and `asset_id`.
	pub fn from(tip: FeeBalance<T>, asset_id: Option<ExtAssetId<T>>) -> Self {
		ChargeFee { tip, asset_id }
	}
}

impl<T: pallet_asset_conversion_tx_payment::Config> ChargeFee<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
{
	/// The stock extension with the same tip and asset.
	pub fn stock(&self) -> ChargeAssetTxPayment<T> {
		ChargeAssetTxPayment::from(self.tip, self.asset_id.clone())
	}
}

impl<T: pallet_asset_conversion_tx_payment::Config> core::fmt::Debug for ChargeFee<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "ChargeFee({:?}, {:?})", self.tip, self.asset_id.encode())
	}
}

/// The same type information as the stock extension's: wallets see `ChargeAssetTxPayment`.
impl<T> TypeInfo for ChargeFee<T>
where
	T: pallet_asset_conversion_tx_payment::Config,
	ChargeAssetTxPayment<T>: StaticTypeInfo,
{
	type Identity = <ChargeAssetTxPayment<T> as TypeInfo>::Identity;
	fn type_info() -> scale_info::Type {
		<ChargeAssetTxPayment<T> as TypeInfo>::type_info()
	}
}

/// The worst case of `asset_id: None`: the native path, or the router pricing every fee token
/// before paying in the last, pooled or routed.
pub fn declared_auto_weight<T>() -> Weight
where
	T: Config + pallet_asset_conversion_tx_payment::Config,
{
	let native = <T as pallet_asset_conversion_tx_payment::Config>::WeightInfo::charge_asset_tx_payment_native();
	let max = T::MaxFeeTokens::get();
	native
		.max(<T as Config>::WeightInfo::charge_auto(max))
		.max(<T as Config>::WeightInfo::charge_route(max))
}

impl<T> TransactionExtension<T::RuntimeCall> for ChargeFee<T>
where
	T: Config + pallet_asset_conversion_tx_payment::Config,
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
	FeeBalance<T>: Send + Sync + From<u64>,
	ExtAssetId<T>: Send + Sync,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
	NativeLiquidity<T>: RouterWork,
	ChargeAssetTxPayment<T>: StaticTypeInfo,
{
	const IDENTIFIER: &'static str = "ChargeAssetTxPayment";
	type Implicit = ();
	/// The stock extension's, and what the call validator noted of the call.
	type Val = (Val<T>, Option<AttemptOf<T>>);
	/// The stock extension's, what the call validator noted of the call, and the part of its
	/// weight it did not use if it noted nothing.
	type Pre = (StockPre<T>, Option<AttemptOf<T>>, Weight);

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		let payment = match self.asset_id {
			Some(_) => self.stock().weight(call),
			None => declared_auto_weight::<T>(),
		};
		payment.saturating_add(<T as Config>::CallValidator::weight(call))
	}

	fn validate(
		&self,
		origin: <T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
		self_implicit: (),
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		// The runtime's rules on the call first: a refused call is invalid before any fee.
		let attempt = match origin.as_system_origin_signer() {
			Some(who) => <T as Config>::CallValidator::validate(who, call)?,
			None => None,
		};
		let (validity, val, origin) = self.stock().validate(
			origin,
			call,
			info,
			len,
			self_implicit,
			inherited_implication,
			source,
		)?;
		Ok((validity, (val, attempt), origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &<T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		let (val, attempt) = val;
		// The payment's declared weight, which post-dispatch refunds down to the path taken; the
		// validator's weight stays charged, less what it did not use of a call it noted nothing of.
		let validator = <T as Config>::CallValidator::weight(call);
		let declared = self.weight(call).saturating_sub(validator);
		let unused = match attempt {
			Some(_) => Weight::zero(),
			None => {
				validator.saturating_sub(<T as Config>::CallValidator::weight_unremembered(call))
			},
		};
		// The stock extension records its own weight; the declared one replaces it.
		let stock = match self.stock().prepare(val, origin, call, info, len)? {
			StockPre::Charge { tip, who, initial_payment, .. } => {
				StockPre::Charge { tip, who, initial_payment, weight: declared }
			},
			StockPre::NoCharge { .. } => StockPre::NoCharge { refund: declared },
		};
		Ok((stock, attempt, unused))
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		let (pre, attempt, unused) = pre;
		let validator_unused = match attempt {
			Some(attempt) => <T as Config>::CallValidator::after_dispatch(attempt, result),
			None => unused,
		};
		let pre = match pre {
			StockPre::Charge {
				tip,
				who,
				initial_payment: InitialPayment::Native(paid),
				weight,
			} => {
				// The stock extension refunds `weight` less the native path's weight; recording
				// `declared - used + native` makes it refund `declared - used`.
				let native = <T as pallet_asset_conversion_tx_payment::Config>::WeightInfo::charge_asset_tx_payment_native();
				// A token payment: the tokens looked at, the fee table read at its largest, and a
				// routed payment's swaps.
				let used = paid.token_work().map_or(native, |(looked, routed)| {
					let path = if routed {
						<T as Config>::WeightInfo::charge_route(looked)
					} else {
						<T as Config>::WeightInfo::charge_auto(looked)
					};
					path.max(<T as Config>::WeightInfo::charge_cheapest(T::MaxFeeTokens::get()))
				});
				// The validator's unused weight is refunded with the payment's.
				let weight = weight
					.saturating_sub(used)
					.saturating_add(native)
					.saturating_add(validator_unused);
				StockPre::Charge { tip, who, initial_payment: InitialPayment::Native(paid), weight }
			},
			StockPre::Charge { tip, who, initial_payment, weight } => StockPre::Charge {
				tip,
				who,
				initial_payment,
				weight: weight.saturating_add(validator_unused),
			},
			StockPre::NoCharge { refund } => {
				StockPre::NoCharge { refund: refund.saturating_add(validator_unused) }
			},
		};
		ChargeAssetTxPayment::<T>::post_dispatch_details(pre, info, post_info, len, result)
	}
}
