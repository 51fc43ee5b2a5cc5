//! Fees in any pooled token: `pallet-fee-pools` behind the stock `ChargeAssetTxPayment`
//! extension. A transaction with `asset_id: None` pays the cheapest way the router finds (the
//! native token when the payer holds enough); `Some(id)` pays in that fee token.

use crate::{AccountId, AssetId, Balance, Balances, Runtime, RuntimeEvent};
use frame_support::{parameter_types, traits::ConstU32, weights::Weight, PalletId};
use frame_system::EnsureRoot;
use sp_runtime::{traits::Convert, Permill};
use xcm::latest::{
	Junction::{GeneralIndex, PalletInstance},
	Location,
};

parameter_types! {
	/// Derives each fee pool's account.
	pub const FeePoolsPalletId: PalletId = PalletId(*b"rs/feepl");
	/// Each block moves a fee token's rate a tenth of the way to the AMM's spot price.
	pub const RateSmoothing: Permill = Permill::from_percent(10);
	/// A token whose spot price is more than 10% from its rate pays no fees until they meet again.
	pub const MaxRateDeviation: Permill = Permill::from_percent(10);
	/// A pool sells its tokens once its native is less than half its value.
	pub const RebalanceThreshold: Permill = Permill::from_percent(50);
	/// ... at no less than 3% under the oracle rate: the AMM's 0.3% fee and some price impact;
	/// a sale larger than that allows is sold in chunks, one a visit.
	pub const MaxSlippage: Permill = Permill::from_percent(3);
	/// A fee-pool provider holds no shares or at least one RTM's worth: share entries are not
	/// free to spam.
	pub const MinPoolShares: Balance = crate::UNIT;
}

impl pallet_fee_pools::Config for Runtime {
	type AssetId = AssetId;
	type Balance = Balance;
	type Currency = Balances;
	// Fee payment in a managed token obeys its pause and transfer policy.
	type Assets = pallet_tokens::ManagedAssets<Runtime>;
	type Prices = pallet_fee_pools::AssetConversionAmm<Runtime>;
	type Swap = pallet_fee_pools::AssetConversionAmm<Runtime>;
	type AmmFee = pallet_fee_pools::AssetConversionAmm<Runtime>;
	type MinShares = MinPoolShares;
	type RebalanceThreshold = RebalanceThreshold;
	type MaxSlippage = MaxSlippage;
	type MaxRebalancesPerBlock = ConstU32<4>;
	type RebalanceBackoff = ConstU32<10>;
	type AdminOrigin = EnsureRoot<AccountId>;
	// Security limits on managed-token transfers, checked before any fee.
	type CallValidator = super::security::SecurityRules;
	type PalletId = FeePoolsPalletId;
	type MaxFeeTokens = ConstU32<MAX_FEE_TOKENS>;
	type Smoothing = RateSmoothing;
	type MaxDeviation = MaxRateDeviation;
	// Measured on the project's 2-core machine by scripts/bench.sh.
	type WeightInfo = pallet_fee_pools::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkFeeTokens;
}

impl pallet_asset_conversion_tx_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// Fee tokens are named as Asset Hub names its assets, by XCM location, because that is the
	// type stock Polkadot.js encodes for `ChargeAssetTxPayment`'s `assetId`.
	type AssetId = Location;
	type OnChargeAssetTransaction = pallet_fee_pools::InToken<Runtime, (), LocalAssetLocation>;
	type WeightInfo = ExtensionWeights;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkFeeTokens;
}

/// The index of `pallet-assets` in the runtime, the first junction of a local asset's location.
pub const ASSETS_PALLET_INDEX: u8 = 50;

/// A local asset's location: `{ parents: 0, interior: [PalletInstance(50), GeneralIndex(id)] }`.
pub fn local_asset_location(id: AssetId) -> Location {
	Location::new(0, [PalletInstance(ASSETS_PALLET_INDEX), GeneralIndex(id.into())])
}

/// The asset id of a local asset's location; `None` for any other location.
pub struct LocalAssetLocation;

impl Convert<Location, Option<AssetId>> for LocalAssetLocation {
	fn convert(location: Location) -> Option<AssetId> {
		match location.unpack() {
			(0, [PalletInstance(ASSETS_PALLET_INDEX), GeneralIndex(id)]) => {
				AssetId::try_from(*id).ok()
			},
			_ => None,
		}
	}
}

/// Most fee tokens.
pub const MAX_FEE_TOKENS: u32 = 32;

/// The extension's own weight, measured on this runtime by `scripts/bench.sh`. The native path
/// is `pallet_fee_pools`' `charge_native` (the stock extension paying through `AutoFee` for a
/// payer holding native); `ChargeFee` declares `asset_id: None` at the router's worst case and
/// refunds down to the path taken. `Some(id)` is the stock benchmark of the named-asset path, run
/// over the fee pools.
pub struct ExtensionWeights;

type MeasuredExtension = crate::weights::pallet_asset_conversion_tx_payment::WeightInfo<Runtime>;

impl pallet_asset_conversion_tx_payment::WeightInfo for ExtensionWeights {
	fn charge_asset_tx_payment_zero() -> Weight {
		MeasuredExtension::charge_asset_tx_payment_zero()
	}
	fn charge_asset_tx_payment_native() -> Weight {
		use pallet_fee_pools::WeightInfo as _;
		pallet_fee_pools::weights::SubstrateWeight::<Runtime>::charge_native()
	}
	/// The stock benchmark pays through a pooled token; a routed token's payment adds two AMM
	/// swaps, which `charge_route(1)` covers.
	fn charge_asset_tx_payment_asset() -> Weight {
		use pallet_fee_pools::WeightInfo as _;
		MeasuredExtension::charge_asset_tx_payment_asset()
			.max(pallet_fee_pools::weights::SubstrateWeight::<Runtime>::charge_route(1))
	}
}

/// Fee tokens for the benchmarks: asset `2000 + i`, created by root, paired with the native
/// token one to one in asset-conversion, and minted to the funder; routed tokens `4000 + i`,
/// paired one to one with the token they are routed through.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkFeeTokens;

#[cfg(feature = "runtime-benchmarks")]
use frame_support::traits::fungible::NativeOrWithId;

#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkFeeTokens {
	/// Creates `asset` and its AMM pool with `paired`, which `funder` is given enough of.
	#[allow(clippy::panic)]
	fn create(asset: AssetId, funder: &AccountId, paired: NativeOrWithId<AssetId>) {
		use crate::{AssetConversion, Assets, RuntimeOrigin, UNIT};
		use alloc::boxed::Box;
		use frame_support::traits::fungible::Mutate as _;
		let owner = funder.clone();
		let signed = || RuntimeOrigin::signed(owner.clone());
		let pair = || (Box::new(paired.clone()), Box::new(NativeOrWithId::WithId(asset)));
		let paired_funds = match &paired {
			NativeOrWithId::Native => Ok(()),
			NativeOrWithId::WithId(via) => {
				use frame_support::traits::fungibles::Mutate;
				<Assets as Mutate<AccountId>>::mint_into(*via, &owner, 1_000_000 * UNIT).map(|_| ())
			},
		};

		let (a, b) = pair();
		let (c, d) = pair();
		// Each pool's liquidity tokens go to an account of their own: one account may hold
		// only so many assets (consumer references).
		let lp: AccountId = frame_benchmarking::account("liquidity", asset, 0);
		let steps: [(&str, sp_runtime::DispatchResult); 7] = [
			("mint native", Balances::mint_into(&owner, 1_000_000 * UNIT).map(|_| ())),
			("mint the paired token", paired_funds),
			("fund the liquidity account", Balances::mint_into(&lp, UNIT).map(|_| ())),
			(
				"create the asset",
				Assets::force_create(
					RuntimeOrigin::root(),
					asset.into(),
					owner.clone().into(),
					true,
					1,
				),
			),
			(
				"mint the asset",
				Assets::mint(signed(), asset.into(), owner.clone().into(), 1_000_000 * UNIT),
			),
			("create the pool", AssetConversion::create_pool(signed(), a, b)),
			(
				"add liquidity",
				AssetConversion::add_liquidity(
					signed(),
					c,
					d,
					100_000 * UNIT,
					100_000 * UNIT,
					1,
					1,
					lp,
				),
			),
		];
		// A set-up that fails panics: a benchmark must not measure something else.
		for (step, result) in steps {
			if let Err(e) = result {
				panic!("benchmark fee token {asset}: {step}: {e:?}");
			}
		}
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_fee_pools::BenchmarkHelper<AssetId, AccountId, Balance> for BenchmarkFeeTokens {
	fn fee_token(i: u32, funder: &AccountId) -> AssetId {
		let asset = i.saturating_add(2_000);
		Self::create(asset, funder, NativeOrWithId::Native);
		asset
	}

	fn routed_token(i: u32, via: AssetId, funder: &AccountId) -> AssetId {
		let asset = i.saturating_add(4_000);
		Self::create(asset, funder, NativeOrWithId::WithId(via));
		asset
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_asset_conversion_tx_payment::BenchmarkHelperTrait<AccountId, Location, Location>
	for BenchmarkFeeTokens
{
	fn create_asset_id_parameter(id: u32) -> (Location, Location) {
		let location = local_asset_location(id.saturating_add(3_000));
		(location.clone(), location)
	}
	/// The token is also made a fee token, its pool funded by `account`: the extension's asset
	/// path pays through fee pools.
	#[allow(clippy::panic)]
	fn setup_balances_and_pool(asset: Location, account: AccountId) {
		use crate::{FeePools, RuntimeOrigin, UNIT};
		let Some(id) = LocalAssetLocation::convert(asset) else { return };
		Self::create(id, &account, NativeOrWithId::Native);
		let registered =
			FeePools::register_fee_token(RuntimeOrigin::root(), id, Permill::from_percent(1));
		let funded = FeePools::deposit(RuntimeOrigin::signed(account), id, 10_000 * UNIT);
		if let Err(e) = registered.and(funded) {
			panic!("benchmark fee token {id}: {e:?}");
		}
	}
}

/// The fee of `call` sent with `tip` in a signed extrinsic of `len` bytes, from the fee
/// calculator with the inputs transaction-payment charges by: its `WeightToFee`, `LengthToFee`,
/// the base extrinsic weight of the call's class, the call's and the extensions' weight (capped
/// at a block, as transaction-payment caps it) and the current load multiplier.
pub fn fee_breakdown(
	call: &crate::RuntimeCall,
	len: u32,
	tip: Balance,
) -> pallet_fee_pools::FeeBreakdown<Balance> {
	use frame_support::dispatch::GetDispatchInfo;
	use pallet_fee_pools::DeliveryFee as _;
	let mut info = call.get_dispatch_info();
	info.extension_weight = crate::quote_extension_weight(call);
	let delivery = XcmDeliveryFee::delivery_fee(call);
	pallet_fee_pools::compute_fee(fee_inputs(&info, len, tip, delivery))
}

/// The calculator's inputs for a transaction with dispatch `info` (extension weight included),
/// as transaction-payment reads them; a transaction that pays no fee has only its tip and
/// delivery part.
pub fn fee_inputs(
	info: &frame_support::dispatch::DispatchInfo,
	len: u32,
	tip: Balance,
	delivery: Balance,
) -> pallet_fee_pools::FeeInputs<Balance> {
	use frame_support::dispatch::Pays;
	if info.pays_fee != Pays::Yes {
		return pallet_fee_pools::FeeInputs { tip, delivery, ..Default::default() };
	}
	type Payment = pallet_transaction_payment::Pallet<Runtime>;
	let base =
		<Runtime as frame_system::Config>::BlockWeights::get().get(info.class).base_extrinsic;
	pallet_fee_pools::FeeInputs {
		base: Payment::weight_to_fee(base),
		length: Payment::length_to_fee(len),
		weight: Payment::weight_to_fee(info.total_weight()),
		multiplier: pallet_transaction_payment::NextFeeMultiplier::<Runtime>::get(),
		tip,
		delivery,
	}
}

/// The delivery fee, in native, of the message a `PolkadotXcm::send` call sends, as the runtime's
/// XCM router prices it; zero for every other call. Fees the router asks in another asset (the
/// relay chain's token) have no native value here and are left out. This runtime's routers
/// charge no delivery fee (`NoPriceForMessageDelivery`, `ParentAsUmp` with `()`), so the part
/// is zero on this chain; a runtime with priced routers gets it from the same code.
pub struct XcmDeliveryFee;

impl pallet_fee_pools::DeliveryFee<crate::RuntimeCall, Balance> for XcmDeliveryFee {
	fn delivery_fee(call: &crate::RuntimeCall) -> Balance {
		use xcm::latest::{Asset, AssetId, Fungibility, Xcm};
		let crate::RuntimeCall::PolkadotXcm(pallet_xcm::Call::send { dest, message }) = call else {
			return 0;
		};
		let (Ok(dest), Ok(message)) =
			(Location::try_from((**dest).clone()), Xcm::<()>::try_from((**message).clone()))
		else {
			return 0;
		};
		let Ok((_, price)) =
			xcm::latest::validate_send::<crate::configs::xcm_config::XcmRouter>(dest, message)
		else {
			return 0;
		};
		price
			.into_inner()
			.into_iter()
			.filter_map(|Asset { id, fun }| match (id, fun) {
				(AssetId(location), Fungibility::Fungible(amount))
					if location == Location::here() =>
				{
					Some(amount)
				},
				_ => None,
			})
			.fold(0, Balance::saturating_add)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;
	use sp_runtime::{traits::Zero, FixedU128};

	fn remark(len: usize) -> crate::RuntimeCall {
		crate::RuntimeCall::System(frame_system::Call::remark { remark: vec![0; len] })
	}

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(10_000))]

		/// The calculator, fed the runtime's inputs, charges what transaction-payment charges:
		/// any call weight, length, tip and load multiplier.
		#[test]
		fn the_calculator_equals_transaction_payment(
			len in 0..5_000_000u32,
			ref_time in 0..u64::MAX,
			proof in 0..u64::MAX,
			tip in 0..u128::MAX,
			multiplier in 0..(1u128 << 90),
			pays in any::<bool>(),
			remark_len in 0..64usize,
		) {
			sp_io::TestExternalities::default().execute_with(|| {
				use frame_support::dispatch::{DispatchInfo, GetDispatchInfo, Pays};
				pallet_transaction_payment::NextFeeMultiplier::<Runtime>::put(
					FixedU128::from_inner(multiplier),
				);
				let call = remark(remark_len);
				let breakdown = fee_breakdown(&call, len, tip);
				let mut info: DispatchInfo = call.get_dispatch_info();
				info.extension_weight = crate::quote_extension_weight(&call);
				prop_assert_eq!(breakdown.charged, crate::TransactionPayment::compute_fee(len, &info, tip));
				prop_assert!(breakdown.delivery.is_zero());
				// Any weight and any `Pays`, through the calculator's inputs.
				info.call_weight = Weight::from_parts(ref_time, proof);
				info.pays_fee = if pays { Pays::Yes } else { Pays::No };
				prop_assert_eq!(
					pallet_fee_pools::compute_fee(fee_inputs(&info, len, tip, 0)).charged,
					crate::TransactionPayment::compute_fee(len, &info, tip)
				);
				Ok(())
			})?;
		}
	}

	#[test]
	fn a_call_that_sends_no_message_has_no_delivery_part() {
		use pallet_fee_pools::DeliveryFee as _;
		assert_eq!(XcmDeliveryFee::delivery_fee(&remark(3)), 0);
	}

	#[test]
	fn the_locations_name_the_assets_pallet_by_its_index() {
		use frame_support::traits::PalletInfoAccess;
		assert_eq!(crate::Assets::index(), usize::from(ASSETS_PALLET_INDEX));
	}

	#[test]
	fn a_local_asset_location_converts_to_its_id_and_nothing_else_does() {
		assert_eq!(LocalAssetLocation::convert(local_asset_location(7)), Some(7));
		assert_eq!(LocalAssetLocation::convert(Location::parent()), None);
		let other_pallet = Location::new(0, [PalletInstance(51), GeneralIndex(7)]);
		assert_eq!(LocalAssetLocation::convert(other_pallet), None);
		let too_large =
			Location::new(0, [PalletInstance(50), GeneralIndex(u128::from(u32::MAX) + 1)]);
		assert_eq!(LocalAssetLocation::convert(too_large), None);
	}
}
