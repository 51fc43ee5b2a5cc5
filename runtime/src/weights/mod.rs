//! Base weights of blocks, extrinsics and database access.
//!
//! These are polkadot-sdk's reference figures, re-exported until this chain benchmarks its own
//! block and extrinsic overhead; pallet call weights come from each pallet's `WeightInfo`.

pub use frame_support::weights::constants::{
	BlockExecutionWeight, ExtrinsicBaseWeight, ParityDbWeight, RocksDbWeight,
};

/// The fee extension's weights over this runtime's fee pools, measured by `scripts/bench.sh`.
pub mod pallet_asset_conversion_tx_payment;
