//! # Rustorium runtime
//!
//! The parachain runtime that composes Rustorium's token system. It is assembled, not written:
//! this crate holds wiring and parameters only, and every rule of the token system lives in a
//! pallet of its own.
//!
//! - `configs/`: one file per pallet group (system, monetary, assets, collation, governance, xcm).
//! - `apis.rs`: the runtime APIs the node, the RPC layer and Polkadot.js apps call.
//! - `genesis_config_presets.rs`: the `development` and `local_testnet` presets, with demo tokens
//!   and asset-conversion pools seeded so that a fresh chain has real liquidity.
//! - `weights/`: block and extrinsic base weights.

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands recursively.
#![recursion_limit = "256"]
// Tests may panic: a failed expectation is how they report.
#![cfg_attr(
	test,
	allow(
		clippy::unwrap_used,
		clippy::expect_used,
		clippy::indexing_slicing,
		clippy::panic,
		clippy::arithmetic_side_effects
	)
)]

// Make the wasm binary available to the node, which embeds it in its built-in chain specs.
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

// Before `apis`: its `list_benchmarks!` and `add_benchmarks!` are in scope from here on.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

// `impl_opaque_keys!` and `#[frame_support::runtime]` name `Vec` unqualified.
use alloc::{borrow::Cow, vec::Vec};
use frame_support::weights::{
	constants::WEIGHT_REF_TIME_PER_SECOND, Weight, WeightToFeeCoefficient, WeightToFeeCoefficients,
	WeightToFeePolynomial,
};
use smallvec::smallvec;
use sp_runtime::{generic, impl_opaque_keys, Perbill};
use sp_version::RuntimeVersion;

pub use parachains_common::{
	AccountId, AuraId, Balance, BlockNumber, Hash, Header, Nonce, Signature,
};
pub use sp_runtime::{MultiAddress, Permill};

use weights::ExtrinsicBaseWeight;

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;

/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block signed with a justification.
pub type SignedBlock = generic::SignedBlock<Block>;

/// Identifier of a fungible asset in `pallet-assets`.
pub type AssetId = u32;

/// The transaction extensions, in the order the stock polkadot-sdk parachain template uses, with
/// Asset Hub's `ChargeAssetTxPayment` (`tip`, `asset_id: Option<AssetId>`) in place of
/// `ChargeTransactionPayment`, so that Polkadot.js apps signs for this chain without any custom
/// options (its `assetId` option names a fee token; none means the cheapest way to pay).
/// `pallet_fee_pools::ChargeFee` is that extension, identical on the wire, charging the automatic
/// choice's weight by the work it did. The storage weight reclaim wrapper refunds unused proof
/// size after dispatch.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
		frame_system::CheckNonZeroSender<Runtime>,
		frame_system::CheckSpecVersion<Runtime>,
		frame_system::CheckTxVersion<Runtime>,
		frame_system::CheckGenesis<Runtime>,
		frame_system::CheckEra<Runtime>,
		frame_system::CheckNonce<Runtime>,
		frame_system::CheckWeight<Runtime>,
		pallet_fee_pools::ChargeFee<Runtime>,
		frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	),
>;

/// The weight the transaction extensions add to `call`, as a signed extrinsic carries it: what
/// `FeeQuoteApi` prices besides the call. The extensions' weights do not depend on their values.
pub fn quote_extension_weight(call: &RuntimeCall) -> frame_support::weights::Weight {
	use sp_runtime::traits::TransactionExtension;
	let extension: TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim::new((
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(generic::Era::Immortal),
		frame_system::CheckNonce::from(0),
		frame_system::CheckWeight::new(),
		pallet_fee_pools::ChargeFee::from(0, None),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
	));
	extension.weight(call)
}

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Migrations to apply on runtime upgrade; none yet.
pub type Migrations = ();

/// Executive: dispatches calls to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
>;

/// Converts weight to a fee in the native token: the smallest extrinsic's base weight costs
/// a tenth of a milli-unit, as in the polkadot-sdk parachain template.
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let p = MILLIUNIT / 10;
		let q = 100u128.saturating_mul(Balance::from(ExtrinsicBaseWeight::get().ref_time()));
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(p.checked_rem(q).unwrap_or_default(), q),
			coeff_integer: p.checked_div(q).unwrap_or_default(),
		}]
	}
}

/// Opaque types, which let the node handle blocks without knowing the runtime's call types.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;
	use sp_runtime::{
		generic,
		traits::{BlakeTwo256, Hash as HashT},
	};

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The session keys of a collator: an Aura key only.
	pub struct SessionKeys {
		/// The key the collator signs blocks with.
		pub aura: Aura,
	}
}

/// The runtime's version.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("rustorium"),
	impl_name: Cow::Borrowed("rustorium"),
	authoring_version: 1,
	spec_version: 1,
	impl_version: 0,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// The average block time the collators aim for.
pub const MILLISECS_PER_BLOCK: u64 = 6000;

/// The Aura slot duration. It cannot change once the chain has started.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;

/// Blocks in a minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks in an hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks in a day.
pub const DAYS: BlockNumber = HOURS * 24;

/// The native token's symbol, as shown by wallets.
pub const TOKEN_SYMBOL: &str = "RTM";
/// The native token's decimals.
pub const TOKEN_DECIMALS: u8 = 12;
/// One whole native token (RTM), in plancks.
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a native token.
pub const MILLIUNIT: Balance = 1_000_000_000;
/// A millionth of a native token.
pub const MICROUNIT: Balance = 1_000_000;

/// The smallest balance an account may hold: a thousandth of a token.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLIUNIT;

/// About 5% of the block weight goes to `on_initialize` handlers; this bounds a single
/// extrinsic's weight.
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);

/// `Normal` extrinsics may fill 75% of a block; the rest is kept for `Operational` ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Two seconds of compute per block, and the relay chain's maximum proof size.
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

/// Blocks the runtime accepts before the relay chain has included their parents.
const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
/// Parachain blocks the relay chain processes per relay parent.
const BLOCK_PROCESSING_VELOCITY: u32 = 1;
/// The relay chain's slot duration, in milliseconds.
const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;
/// How many relay blocks back the parachain builds on.
const RELAY_PARENT_OFFSET: u32 = 0;

/// Aura's consensus hook: how many blocks may be authored ahead of relay-chain inclusion.
pub type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
	Runtime,
	RELAY_CHAIN_SLOT_DURATION_MILLIS,
	BLOCK_PROCESSING_VELOCITY,
	UNINCLUDED_SEGMENT_CAPACITY,
>;

/// The runtime: every pallet with its index. Indices are part of the chain's encoding and never
/// change once used.
#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// System support.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type ParachainSystem = cumulus_pallet_parachain_system;
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(3)]
	pub type ParachainInfo = parachain_info;
	#[runtime::pallet_index(4)]
	pub type WeightReclaim = cumulus_pallet_weight_reclaim;

	// Monetary.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;

	// Governance.
	#[runtime::pallet_index(15)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(16)]
	pub type Multisig = pallet_multisig;

	// Collator support. The order of these five matters and must not change.
	#[runtime::pallet_index(20)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(21)]
	pub type CollatorSelection = pallet_collator_selection;
	#[runtime::pallet_index(22)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(23)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(24)]
	pub type AuraExt = cumulus_pallet_aura_ext;

	// XCM.
	#[runtime::pallet_index(30)]
	pub type XcmpQueue = cumulus_pallet_xcmp_queue;
	#[runtime::pallet_index(31)]
	pub type PolkadotXcm = pallet_xcm;
	#[runtime::pallet_index(32)]
	pub type CumulusXcm = cumulus_pallet_xcm;
	#[runtime::pallet_index(33)]
	pub type MessageQueue = pallet_message_queue;

	// Tokens: fungible assets, the liquidity-pool share tokens, and the pools themselves.
	#[runtime::pallet_index(50)]
	pub type Assets = pallet_assets<Instance1>;
	#[runtime::pallet_index(51)]
	pub type PoolAssets = pallet_assets<Instance2>;
	#[runtime::pallet_index(52)]
	pub type AssetConversion = pallet_asset_conversion;
	#[runtime::pallet_index(53)]
	pub type Tokens = pallet_tokens;

	// Fees in any pooled token: the payment extension's events, then the fee pools.
	#[runtime::pallet_index(12)]
	pub type AssetTxPayment = pallet_asset_conversion_tx_payment;
	#[runtime::pallet_index(54)]
	pub type FeePools = pallet_fee_pools;
	#[runtime::pallet_index(55)]
	pub type Security = pallet_security;
}

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
