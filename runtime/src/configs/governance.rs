//! Governance: sudo, the dev chain's root key, and k-of-n multisig accounts (`pallet-multisig`),
//! which may hold a managed token's roles like any account.

use crate::{Balance, Balances, Runtime, RuntimeCall, RuntimeEvent, MILLIUNIT};
use frame_support::{parameter_types, traits::ConstU32};

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Held while a multisig operation is open: a storage item of about 90 bytes.
	pub const MultisigDepositBase: Balance = 10 * MILLIUNIT;
	/// Held per approval an operation needs: 32 more bytes each.
	pub const MultisigDepositFactor: Balance = MILLIUNIT;
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<16>;
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}
