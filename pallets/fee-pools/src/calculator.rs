//! The fee calculator: what a transaction costs in native base units, part by part.
//!
//! ```text
//! inclusion = base + length + multiplier × weight
//! total     = inclusion + tip + delivery
//! ```
//!
//! - `base` is the weight-to-fee of the dispatch class's base extrinsic weight, `length` the
//!   length-to-fee of the encoded extrinsic, `weight` the weight-to-fee of the call's weight with
//!   the transaction extensions' weight.
//! - `multiplier` is the network-load multiplier, transaction-payment's `NextFeeMultiplier`. As in
//!   transaction-payment, it scales the weight part only: base and length fees are not
//!   load-dependent. A quote therefore equals what the chain charges, which the runtime's tests
//!   check against `pallet_transaction_payment::Pallet::compute_fee`.
//! - `tip` is the priority part. It is charged once, on top of the inclusion fee, and
//!   transaction-payment turns it into the transaction's priority; the *priority multiplier*
//!   [`FeeBreakdown::priority_multiplier`] is how much it raises the fee: `total ÷ inclusion`
//!   without the delivery part.
//! - `delivery` is the cross-chain part: what the XCM messages the call sends will cost to
//!   deliver ([`DeliveryFee`]). It is paid in the XCM executor, outside the transaction's fee,
//!   and shown so that a quote is the whole cost.
//!
//! Every sum saturates at the balance type's maximum: a fee too large to represent is not
//! payable anyway, and the calculator never panics.

use codec::{Decode, Encode};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{AtLeast32BitUnsigned, Zero},
	FixedPointNumber, FixedU128,
};

/// The parts a fee is computed from, each in native base units except the multiplier.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct FeeInputs<Balance> {
	/// Weight-to-fee of the base extrinsic weight.
	pub base: Balance,
	/// Length-to-fee of the extrinsic's encoded length.
	pub length: Balance,
	/// Weight-to-fee of the call's and the extensions' weight, before the load multiplier.
	pub weight: Balance,
	/// The network-load multiplier.
	pub multiplier: FixedU128,
	/// The tip.
	pub tip: Balance,
	/// The delivery fee of the XCM messages the call sends.
	pub delivery: Balance,
}

/// A fee, part by part, and in total.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct FeeBreakdown<Balance> {
	/// The base fee.
	pub base: Balance,
	/// The length fee.
	pub length: Balance,
	/// The weight fee times the load multiplier.
	pub adjusted_weight: Balance,
	/// `base + length + adjusted_weight`: what including the transaction costs.
	pub inclusion: Balance,
	/// The tip.
	pub tip: Balance,
	/// `inclusion + tip`: what the transaction extension charges before dispatch, at most.
	pub charged: Balance,
	/// The XCM delivery part, paid outside the transaction fee.
	pub delivery: Balance,
	/// `charged + delivery`: the whole cost of sending the transaction.
	pub total: Balance,
}

impl<Balance: AtLeast32BitUnsigned + Copy> FeeBreakdown<Balance> {
	/// How much the tip raises the fee: `charged ÷ inclusion`, one with no tip; `None` for a
	/// zero inclusion fee.
	pub fn priority_multiplier(&self) -> Option<FixedU128> {
		FixedU128::checked_from_rational(self.charged, self.inclusion)
	}
}

/// Computes a fee from its parts; see the [module documentation](self) for the formula.
pub fn compute_fee<Balance: AtLeast32BitUnsigned + Copy>(
	inputs: FeeInputs<Balance>,
) -> FeeBreakdown<Balance> {
	let FeeInputs { base, length, weight, multiplier, tip, delivery } = inputs;
	let adjusted_weight = multiplier.saturating_mul_int(weight);
	let inclusion = base.saturating_add(length).saturating_add(adjusted_weight);
	let charged = inclusion.saturating_add(tip);
	FeeBreakdown {
		base,
		length,
		adjusted_weight,
		inclusion,
		tip,
		charged,
		delivery,
		total: charged.saturating_add(delivery),
	}
}

/// What the XCM messages a call sends cost to deliver, in native base units.
pub trait DeliveryFee<Call, Balance> {
	/// The delivery fee of the messages `call` sends; zero for a call that sends none.
	fn delivery_fee(call: &Call) -> Balance;
}

impl<Call, Balance: Zero> DeliveryFee<Call, Balance> for () {
	fn delivery_fee(_: &Call) -> Balance {
		Zero::zero()
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;
	use sp_runtime::Saturating;

	fn inputs() -> impl Strategy<Value = FeeInputs<u128>> {
		// Parts up to 2^100 and multipliers up to 2^20: sums that fit, and sums that saturate.
		let part = 0..(1u128 << 100);
		(part.clone(), part.clone(), part.clone(), 0..(1u128 << 80), part.clone(), part).prop_map(
			|(base, length, weight, multiplier, tip, delivery)| FeeInputs {
				base,
				length,
				weight,
				multiplier: FixedU128::from_inner(multiplier),
				tip,
				delivery,
			},
		)
	}

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(10_000))]

		/// The breakdown adds up, in exact arithmetic, unless a sum passes `u128::MAX`, where it
		/// is the maximum.
		#[test]
		fn the_parts_add_up_to_the_total(inputs in inputs()) {
			let fee = compute_fee(inputs);
			let exact_weight = sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
				inputs.weight,
				inputs.multiplier.into_inner(),
				FixedU128::DIV,
				sp_runtime::Rounding::Down,
			);
			prop_assert_eq!(Some(fee.adjusted_weight), exact_weight.or(Some(u128::MAX)));
			let sum = |parts: &[u128]| {
				parts.iter().try_fold(0u128, |sum, part| sum.checked_add(*part)).unwrap_or(u128::MAX)
			};
			prop_assert_eq!(fee.inclusion, sum(&[inputs.base, inputs.length, fee.adjusted_weight]));
			prop_assert_eq!(fee.charged, sum(&[fee.inclusion, inputs.tip]));
			prop_assert_eq!(fee.total, sum(&[fee.charged, inputs.delivery]));
			prop_assert_eq!((fee.base, fee.length, fee.tip, fee.delivery),
				(inputs.base, inputs.length, inputs.tip, inputs.delivery));
		}

		/// More load, a larger tip or a longer extrinsic never makes a fee smaller.
		#[test]
		fn the_fee_grows_with_every_part(inputs in inputs(), extra in 0..(1u128 << 90)) {
			let fee = compute_fee(inputs).total;
			let mut more = inputs;
			more.multiplier = inputs.multiplier.saturating_add(FixedU128::from_inner(extra));
			prop_assert!(compute_fee(more).total >= fee);
			let mut more = inputs;
			more.tip = inputs.tip.saturating_add(extra);
			prop_assert!(compute_fee(more).total >= fee);
			let mut more = inputs;
			more.length = inputs.length.saturating_add(extra);
			prop_assert!(compute_fee(more).total >= fee);
		}

		/// Without a tip the priority multiplier is one; with one it is above one, unless the
		/// inclusion fee is zero.
		#[test]
		fn the_tip_is_the_priority_multiplier(inputs in inputs()) {
			let mut untipped = inputs;
			untipped.tip = 0;
			let fee = compute_fee(untipped);
			let one = (!fee.inclusion.is_zero()).then_some(FixedU128::from_u32(1));
			prop_assert_eq!(fee.priority_multiplier(), one);
			let fee = compute_fee(inputs);
			if !fee.inclusion.is_zero() && fee.charged > fee.inclusion {
				prop_assert!(fee.priority_multiplier() > Some(FixedU128::from_u32(1)));
			}
		}
	}

	#[test]
	fn a_worked_example() {
		let fee = compute_fee(FeeInputs {
			base: 100u128,
			length: 20,
			weight: 1_000,
			multiplier: FixedU128::from_rational(3, 2),
			tip: 130,
			delivery: 7,
		});
		assert_eq!(
			fee,
			FeeBreakdown {
				base: 100,
				length: 20,
				adjusted_weight: 1_500,
				inclusion: 1_620,
				tip: 130,
				charged: 1_750,
				delivery: 7,
				total: 1_757,
			}
		);
		assert_eq!(
			fee.priority_multiplier(),
			FixedU128::checked_from_rational(1_750u128, 1_620u128)
		);
	}
}
