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
