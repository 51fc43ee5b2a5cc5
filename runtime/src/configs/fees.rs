//! Fees in any pooled token: `pallet-fee-pools` behind the stock `ChargeAssetTxPayment`
//! extension. A transaction with `asset_id: None` pays the cheapest way the router finds (the
//! native token when the payer holds enough); `Some(id)` pays in that fee token.

use crate::{AccountId, AssetConversion, AssetId, Balance, Balances, Runtime, RuntimeEvent};
use frame_support::{
	parameter_types,
	traits::{fungible::NativeOrWithId, ConstU32},
	weights::Weight,
	PalletId,
};
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
}

impl pallet_fee_pools::Config for Runtime {
	type AssetId = AssetId;
	type Balance = Balance;
	type Currency = Balances;
	// Fee payment in a managed token obeys its pause and transfer policy.
	type Assets = pallet_tokens::ManagedAssets<Runtime>;
	type Prices = AssetConversionReserves;
	type AdminOrigin = EnsureRoot<AccountId>;
	type PalletId = FeePoolsPalletId;
	type MaxFeeTokens = ConstU32<32>;
	type Smoothing = RateSmoothing;
	type MaxDeviation = MaxRateDeviation;
	// Measured on the project's 2-core machine by scripts/bench.sh.
	type WeightInfo = pallet_fee_pools::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkFeeTokens;
}

/// Fee-token prices from asset-conversion's pools with the native token.
pub struct AssetConversionReserves;

impl rustorium_primitives::NativePoolReserves<AssetId, Balance> for AssetConversionReserves {
	fn reserves(asset: &AssetId) -> Option<(Balance, Balance)> {
		AssetConversion::get_reserves(NativeOrWithId::Native, NativeOrWithId::WithId(*asset)).ok()
	}
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

/// The extension's own weight. `asset_id: None` may route through a fee pool too, so until the
/// fee pools are benchmarked both paths are charged the stock weight of paying in an asset
/// (pallet-asset-conversion-tx-payment's, which swaps through asset-conversion: an upper bound).
pub struct ExtensionWeights;

impl pallet_asset_conversion_tx_payment::WeightInfo for ExtensionWeights {
	fn charge_asset_tx_payment_zero() -> Weight {
		pallet_asset_conversion_tx_payment::weights::SubstrateWeight::<Runtime>::charge_asset_tx_payment_zero()
	}
	fn charge_asset_tx_payment_native() -> Weight {
		Self::charge_asset_tx_payment_asset()
	}
	fn charge_asset_tx_payment_asset() -> Weight {
		pallet_asset_conversion_tx_payment::weights::SubstrateWeight::<Runtime>::charge_asset_tx_payment_asset()
	}
}

/// Fee tokens for the benchmarks: asset `2000 + i`, created by root, paired with the native
/// token one to one in asset-conversion, and minted to the funder.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkFeeTokens;

#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkFeeTokens {
	fn create(asset: AssetId, funder: &AccountId) {
		use crate::{Assets, RuntimeOrigin, UNIT};
		use alloc::boxed::Box;
		use frame_support::traits::fungible::Mutate as _;
		let owner = funder.clone();
		let signed = || RuntimeOrigin::signed(owner.clone());
		let pair = || (Box::new(NativeOrWithId::Native), Box::new(NativeOrWithId::WithId(asset)));
		let (a, b) = pair();
		let (c, d) = pair();
		// Each pool's liquidity tokens go to an account of their own: one account may hold
		// only so many assets (consumer references).
		let lp: AccountId = frame_benchmarking::account("liquidity", asset, 0);
		let steps: [(&str, sp_runtime::DispatchResult); 6] = [
			("mint native", Balances::mint_into(&owner, 1_000_000 * UNIT).map(|_| ())),
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
		for (step, result) in steps {
			if let Err(e) = result {
				log::error!(target: "runtime::fees", "benchmark fee token {asset}: {step}: {e:?}");
			}
		}
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_fee_pools::BenchmarkHelper<AssetId, AccountId, Balance> for BenchmarkFeeTokens {
	fn fee_token(i: u32, funder: &AccountId) -> AssetId {
		let asset = i.saturating_add(2_000);
		Self::create(asset, funder);
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
	fn setup_balances_and_pool(asset: Location, account: AccountId) {
		if let Some(id) = LocalAssetLocation::convert(asset) {
			Self::create(id, &account);
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

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
