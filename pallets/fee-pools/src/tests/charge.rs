//! The executor behind `ChargeAssetTxPayment`: automatic choice, an explicit token, refunds.

use super::funded;
use crate::{mock::*, AutoFee, AutoPayment, Event, InToken, Pools};
use frame_support::{
	assert_ok,
	dispatch::{DispatchInfo, PostDispatchInfo},
};
use pallet_asset_conversion_tx_payment::OnChargeAssetTransaction;
use pallet_transaction_payment::OnChargeTransaction;
use sp_runtime::{transaction_validity::InvalidTransaction, Permill};

type Auto = AutoFee<Test, ()>;
type Explicit = InToken<Test, (), crate::SameAssetId>;

/// An account that holds no native, only 1,000,000 of each priced token.
const TOKENS_ONLY: AccountId = 50;

fn call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
}

fn hold_tokens_only() {
	for asset in [CHEAP, DEAR] {
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ALICE), asset, TOKENS_ONLY, 1_000_000));
	}
	assert_eq!(Balances::free_balance(TOKENS_ONLY), 0);
}

pub(super) fn charge_auto(
	who: AccountId,
	fee: Balance,
) -> Result<AutoPayment<Test>, sp_runtime::transaction_validity::TransactionValidityError> {
	<Auto as OnChargeTransaction<Test>>::withdraw_fee(
		&who,
		&call(),
		&DispatchInfo::default(),
		fee,
		0,
	)
}

pub(super) fn settle_auto(who: AccountId, corrected: Balance, payment: AutoPayment<Test>) {
	assert_ok!(<Auto as OnChargeTransaction<Test>>::correct_and_deposit_fee(
		&who,
		&DispatchInfo::default(),
		&PostDispatchInfo::default(),
		corrected,
		0,
		payment,
	));
}

/// `who` pays `fee` in the token it names, as the extension does for `asset_id: Some(asset)`.
pub(super) fn charge_named(
	who: AccountId,
	asset: AssetId,
	fee: Balance,
) -> Result<crate::TokenPayment<Test>, sp_runtime::transaction_validity::TransactionValidityError> {
	<Explicit as OnChargeAssetTransaction<Test>>::withdraw_fee(
		&who,
		&call(),
		&DispatchInfo::default(),
		asset,
		fee,
		0,
	)
}

/// Settles a named-token payment at `corrected`; returns what the fee cost in the token.
pub(super) fn settle_named(
	who: AccountId,
	asset: AssetId,
	corrected: Balance,
	payment: crate::TokenPayment<Test>,
) -> Result<Balance, sp_runtime::transaction_validity::TransactionValidityError> {
	<Explicit as OnChargeAssetTransaction<Test>>::correct_and_deposit_fee(
		&who,
		&DispatchInfo::default(),
		&PostDispatchInfo::default(),
		corrected,
		0,
		asset,
		payment,
	)
}

#[test]
fn an_account_without_native_pays_in_the_cheapest_token_and_gets_the_unused_part_back() {
	with_tokens(|| {
		funded();
		hold_tokens_only();
		// DEAR has no premium: 1,000 native cost 4,000 DEAR; CHEAP would cost 2,020.
		let payment = charge_auto(TOKENS_ONLY, 1_000).unwrap();
		assert!(
			matches!(payment, AutoPayment::Token(ref p, _) if p.asset == DEAR && p.amount == 4_000)
		);
		System::assert_has_event(
			Event::FeeCharged { who: TOKENS_ONLY, asset: Some(DEAR), amount: 4_000, native: 1_000 }
				.into(),
		);
		let pool = Pools::<Test>::get(DEAR).unwrap();
		assert_eq!((pool.native, pool.tokens), (10_000 - 1_000, 4_000));
		// The call used 600 of the 1,000: 400 native go back to the pool, 1,600 DEAR to the payer.
		settle_auto(TOKENS_ONLY, 600, payment);
		assert_eq!(Assets::balance(DEAR, TOKENS_ONLY), 1_000_000 - 2_400);
		let pool = Pools::<Test>::get(DEAR).unwrap();
		assert_eq!((pool.native, pool.tokens), (10_000 - 600, 2_400));
		System::assert_has_event(
			Event::FeeRefunded { who: TOKENS_ONLY, asset: Some(DEAR), amount: 1_600 }.into(),
		);
		assert_eq!(Balances::free_balance(TOKENS_ONLY), 0);
	});
}

#[test]
fn an_account_with_native_pays_in_native() {
	with_tokens(|| {
		funded();
		let before = Balances::free_balance(BOB);
		let payment = charge_auto(BOB, 1_000).unwrap();
		assert!(matches!(payment, AutoPayment::Native(_)));
		settle_auto(BOB, 700, payment);
		assert_eq!(Balances::free_balance(BOB), before - 700);
	});
}

#[test]
fn a_payer_who_can_pay_in_nothing_is_refused_before_anything_moves() {
	with_tokens(|| {
		funded();
		let refused = <Auto as OnChargeTransaction<Test>>::can_withdraw_fee(
			&99,
			&call(),
			&DispatchInfo::default(),
			1_000,
			0,
		);
		assert_eq!(refused, Err(InvalidTransaction::Payment.into()));
		assert!(charge_auto(99, 1_000).is_err());
		// Zero fees need no payer.
		assert!(matches!(charge_auto(99, 0), Ok(AutoPayment::Nothing)));
	});
}

#[test]
fn a_named_token_is_honoured_even_when_another_is_cheaper() {
	with_tokens(|| {
		funded();
		hold_tokens_only();
		assert_ok!(<Explicit as OnChargeAssetTransaction<Test>>::can_withdraw_fee(
			&TOKENS_ONLY,
			CHEAP,
			1_000
		));
		let payment = charge_named(TOKENS_ONLY, CHEAP, 1_000).unwrap();
		assert_eq!((payment.asset, payment.amount), (CHEAP, 2_020));
		let cost = settle_named(TOKENS_ONLY, CHEAP, 1_000, payment);
		assert_eq!(cost, Ok(2_020));
		assert_eq!(Assets::balance(CHEAP, TOKENS_ONLY), 1_000_000 - 2_020);
		// A token that is not a fee token cannot pay.
		assert!(<Explicit as OnChargeAssetTransaction<Test>>::can_withdraw_fee(
			&TOKENS_ONLY,
			UNPRICED,
			1_000
		)
		.is_err());
	});
}

#[test]
fn a_refund_that_cannot_move_the_token_is_paid_in_native() {
	with_tokens(|| {
		funded();
		hold_tokens_only();
		assert_ok!(FeePools::set_premium(RuntimeOrigin::root(), CHEAP, Permill::zero()));
		// Keep TOKENS_ONLY alive in native so that a native refund can reach it.
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), TOKENS_ONLY, ED));
		let payment = charge_named(TOKENS_ONLY, DEAR, 1_000).unwrap();
		// The token's owner freezes it: the pool cannot send DEAR back.
		assert_ok!(Assets::freeze_asset(RuntimeOrigin::signed(ALICE), DEAR));
		let cost = settle_named(TOKENS_ONLY, DEAR, 600, payment);
		// The pool keeps all 4,000 DEAR and the payer gets the unused 400 native.
		assert_eq!(cost, Ok(4_000));
		assert_eq!(Balances::free_balance(TOKENS_ONLY), ED + 400);
		let pool = Pools::<Test>::get(DEAR).unwrap();
		assert_eq!((pool.native, pool.tokens), (10_000 - 1_000, 4_000));
		System::assert_has_event(
			Event::FeeRefunded { who: TOKENS_ONLY, asset: None, amount: 400 }.into(),
		);
	});
}

mod extension {
	//! `ChargeFee`: the stock extension on the wire, charging the automatic choice by its work.
	use super::*;
	use crate::ChargeFee;
	use codec::Encode;
	use frame_support::{
		dispatch::{GetDispatchInfo, Pays},
		weights::Weight,
	};
	use frame_system::RawOrigin;
	use pallet_asset_conversion_tx_payment::ChargeAssetTxPayment;
	use sp_runtime::traits::{DispatchTransaction, TransactionExtension};

	const LEN: usize = 100;

	/// Runs `extension` for `who` around a remark that uses all its weight; returns the native
	/// fee the final charge was computed from: transaction-payment's `actual_fee` event.
	fn run(who: AccountId, extension: ChargeFee<Test>) -> Balance {
		let call = call();
		let mut info = call.get_dispatch_info();
		info.extension_weight = extension.weight(&call);
		let post = PostDispatchInfo { actual_weight: None, pays_fee: Pays::Yes };
		assert_ok!(extension
			.test_run(RawOrigin::Signed(who).into(), &call, &info, LEN, 0, |_| Ok(post))
			.unwrap());
		System::events()
			.into_iter()
			.find_map(|record| match record.event {
				RuntimeEvent::TransactionPayment(
					pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
				) => Some(actual_fee),
				_ => None,
			})
			.unwrap()
	}

	/// The fee of the remark with `extension_weight` as the extension's weight.
	fn fee_with(extension_weight: Weight) -> Balance {
		let mut info = call().get_dispatch_info();
		info.extension_weight = extension_weight;
		TransactionPayment::compute_fee(LEN as u32, &info, 0)
	}

	#[test]
	fn a_call_the_runtime_refuses_is_invalid_before_any_fee() {
		with_tokens(|| {
			funded();
			let long = RuntimeCall::System(frame_system::Call::remark { remark: vec![0; 11] });
			let info = long.get_dispatch_info();
			let before = Balances::free_balance(BOB);
			let result = ChargeFee::<Test>::from(0, None).validate_and_prepare(
				RawOrigin::Signed(BOB).into(),
				&long,
				&info,
				LEN,
				0,
			);
			assert_eq!(
				result.err(),
				Some(sp_runtime::transaction_validity::InvalidTransaction::Custom(7).into())
			);
			assert_eq!(Balances::free_balance(BOB), before);
			// A call the runtime allows goes through as before.
			assert!(ChargeFee::<Test>::from(0, None)
				.validate_and_prepare(RawOrigin::Signed(BOB).into(), &call(), &info, LEN, 0)
				.is_ok());
		});
	}

	#[test]
	fn it_is_the_stock_extension_on_the_wire() {
		let ours = ChargeFee::<Test>::from(5, Some(CHEAP));
		let stock = ChargeAssetTxPayment::<Test>::from(5, Some(CHEAP));
		assert_eq!(ours.encode(), stock.encode());
		assert_eq!(
			<ChargeFee<Test> as TransactionExtension<RuntimeCall>>::IDENTIFIER,
			<ChargeAssetTxPayment<Test> as TransactionExtension<RuntimeCall>>::IDENTIFIER
		);
		assert_eq!(
			scale_info::meta_type::<ChargeFee<Test>>(),
			scale_info::meta_type::<ChargeAssetTxPayment<Test>>()
		);
		// A named token is weighed as the stock extension weighs it, plus the runtime's rules.
		assert_eq!(ours.weight(&call()), stock.weight(&call()) + crate::mock::REMARK_RULE_WEIGHT);
	}

	#[test]
	fn the_rules_hear_each_noted_calls_result_and_what_they_left_unused_is_refunded() {
		use crate::mock::{
			heard_remarks, REMARK_RULE_UNREMEMBERED, REMARK_RULE_UNUSED_ON_ERROR,
			REMARK_RULE_WEIGHT,
		};
		with_tokens(|| {
			funded();
			let native = <() as pallet_asset_conversion_tx_payment::WeightInfo>::charge_asset_tx_payment_native();
			// An empty remark is not noted: the rules charge what they use of it.
			let fee = run(BOB, ChargeFee::from(0, None));
			assert_eq!(fee, fee_with(native + REMARK_RULE_UNREMEMBERED));
			assert!(heard_remarks().is_empty());
			// A noted remark that succeeds: the rules hear it and keep their whole weight.
			let noted = RuntimeCall::System(frame_system::Call::remark { remark: vec![1; 3] });
			let dispatch = |call: &RuntimeCall, outcome: sp_runtime::DispatchResult| {
				System::reset_events();
				let mut info = call.get_dispatch_info();
				let extension = ChargeFee::<Test>::from(0, None);
				info.extension_weight = extension.weight(call);
				let post = PostDispatchInfo { actual_weight: None, pays_fee: Pays::Yes };
				let result = extension
					.test_run(RawOrigin::Signed(BOB).into(), call, &info, LEN, 0, |_| {
						outcome.map(|()| post).map_err(|error| {
							sp_runtime::DispatchErrorWithPostInfo { post_info: post, error }
						})
					})
					.unwrap();
				assert_eq!(result.is_ok(), outcome.is_ok());
				System::events()
					.into_iter()
					.find_map(|record| match record.event {
						RuntimeEvent::TransactionPayment(
							pallet_transaction_payment::Event::TransactionFeePaid {
								actual_fee,
								..
							},
						) => Some(actual_fee),
						_ => None,
					})
					.unwrap()
			};
			let fee_of = |extension_weight: Weight| {
				let mut info = noted.get_dispatch_info();
				info.extension_weight = extension_weight;
				TransactionPayment::compute_fee(LEN as u32, &info, 0)
			};
			assert_eq!(dispatch(&noted, Ok(())), fee_of(native + REMARK_RULE_WEIGHT));
			assert_eq!(heard_remarks(), vec![(3, Ok(()))]);
			// A failed dispatch rolls back the call's writes, not what the rules hear after it;
			// what they left unused is refunded.
			let refused = sp_runtime::DispatchError::Other("refused");
			assert_eq!(
				dispatch(&noted, Err(refused)),
				fee_of(native + REMARK_RULE_WEIGHT - REMARK_RULE_UNUSED_ON_ERROR)
			);
			assert_eq!(heard_remarks(), vec![(3, Ok(())), (3, Err(refused))]);
		});
	}

	#[test]
	fn a_native_payer_is_charged_the_native_paths_weight_only() {
		with_tokens(|| {
			funded();
			let declared = ChargeFee::<Test>::from(0, None).weight(&call());
			let native = <() as pallet_asset_conversion_tx_payment::WeightInfo>::charge_asset_tx_payment_native();
			assert!(declared.any_gt(native));
			let before = Balances::free_balance(BOB);
			let fee = run(BOB, ChargeFee::from(0, None));
			assert_eq!(fee, fee_with(native + crate::mock::REMARK_RULE_UNREMEMBERED));
			assert!(fee < fee_with(declared));
			assert_eq!(Balances::free_balance(BOB), before - fee);
		});
	}

	#[test]
	fn a_token_payer_is_charged_for_the_tokens_the_router_looked_at() {
		with_tokens(|| {
			funded();
			hold_tokens_only();
			// The table lists DEAR (no premium) before CHEAP (1%): DEAR pays, and CHEAP, whose
			// least cost is above DEAR's, is never looked at.
			let pool_before = Pools::<Test>::get(DEAR).unwrap().native;
			let fee = run(TOKENS_ONLY, ChargeFee::from(0, None));
			use crate::WeightInfo as W;
			let used = <() as W>::charge_auto(1).max(<() as W>::charge_cheapest(MAX_FEE_TOKENS));
			assert_eq!(fee, fee_with(used + crate::mock::REMARK_RULE_UNREMEMBERED));
			assert!(fee < fee_with(ChargeFee::<Test>::from(0, None).weight(&call())));
			// The pool sold exactly the final fee.
			assert_eq!(pool_before - Pools::<Test>::get(DEAR).unwrap().native, fee);
		});
	}
}
