//! The pallets whose benchmarks the runtime runs (`--features runtime-benchmarks`), measured with
//! `frame-omni-bencher` by `scripts/bench.sh`. pallet-assets and pallet-balances are here as the
//! baselines the managed-token weights are compared with; pallet-asset-conversion-tx-payment's
//! own benchmarks measure the fee extension over this runtime's fee pools.

frame_benchmarking::define_benchmarks!(
	[pallet_tokens, Tokens]
	[pallet_fee_pools, FeePools]
	[pallet_security, Security]
	[pallet_asset_conversion_tx_payment, AssetTxPayment]
	[pallet_assets, Assets]
	[pallet_balances, Balances]
);

/// The runtime's benchmark helpers on the development genesis. A helper whose set-up fails
/// panics, so that a broken set-up fails here (`scripts/test.sh` builds the runtime with
/// `runtime-benchmarks` for these tests) instead of measuring something else.
#[cfg(test)]
mod tests {
	use crate::{
		configs::{
			fees::BenchmarkFeeTokens, security::BenchmarkSecurityToken, tokens::BenchmarkTokenIds,
		},
		genesis_config_presets::{tests::dev_ext, MANAGED_TOKEN_ID},
		AccountId, AssetConversion, Balances, Runtime, RuntimeOrigin, Tokens, UNIT,
	};
	use frame_support::{
		assert_ok,
		traits::fungible::{Mutate, NativeOrWithId},
	};

	fn account(name: &'static str) -> AccountId {
		frame_benchmarking::account(name, 0, 0)
	}

	#[test]
	fn the_fee_token_helpers_make_pooled_routed_and_funded_fee_tokens() {
		use pallet_asset_conversion_tx_payment::BenchmarkHelperTrait;
		use pallet_fee_pools::BenchmarkHelper;
		dev_ext().execute_with(|| {
			frame_system::Pallet::<Runtime>::set_block_number(1);
			let funder = account("funder");
			let pooled = BenchmarkFeeTokens::fee_token(0, &funder);
			let routed = BenchmarkFeeTokens::routed_token(0, pooled, &funder);
			let reserves = |a, b| AssetConversion::get_reserves(a, b).ok();
			assert!(reserves(NativeOrWithId::Native, NativeOrWithId::WithId(pooled)).is_some());
			assert!(
				reserves(NativeOrWithId::WithId(pooled), NativeOrWithId::WithId(routed)).is_some()
			);
			let (asset, _) = <BenchmarkFeeTokens as BenchmarkHelperTrait<AccountId, _, _>>::create_asset_id_parameter(0);
			<BenchmarkFeeTokens as BenchmarkHelperTrait<AccountId, _, _>>::setup_balances_and_pool(
				asset,
				account("payer"),
			);
			let pool = pallet_fee_pools::Pools::<Runtime>::get(3_000).expect("a fee token");
			assert!(pool.native > 0);
		});
	}

	#[test]
	fn the_token_helpers_limit_a_managed_token_whose_next_transfer_trips_the_breaker() {
		use pallet_security::BenchmarkHelper as _;
		use pallet_tokens::BenchmarkHelper as _;
		dev_ext().execute_with(|| {
			frame_system::Pallet::<Runtime>::set_block_number(1);
			let token = BenchmarkSecurityToken::token();
			assert_eq!(token, MANAGED_TOKEN_ID);
			let (from, to) = (account("from"), account("to"));
			// Both exist: QGOLD is not sufficient on its own.
			for who in [&from, &to] {
				assert_ok!(Balances::mint_into(who, UNIT));
			}
			let one = 10u128.pow(12);
			assert_ok!(Tokens::do_mint(token, &from, 10_000 * one));
			BenchmarkTokenIds::limit_transfers(token, &from);
			let settings = pallet_security::Settings::<Runtime>::get(token).expect("limits");
			assert!(settings.standard.is_some() && settings.breaker.is_some());
			// A millionth of a billion QGOLD: 1,000 a block; the transfer moves 2,000.
			assert_ok!(Tokens::transfer(RuntimeOrigin::signed(from), token, to, 2_000 * one));
			let settings = pallet_security::Settings::<Runtime>::get(token).expect("limits");
			assert!(settings.tripped_until.is_some(), "the measured transfer trips the breaker");
		});
	}
}
