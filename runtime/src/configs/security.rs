//! Security (`pallet-security`): chain-level roles, per-token limits, a circuit breaker, halts,
//! approval policies with time locks, and the audit trail. It is the transfer policy and the
//! operation guard of the managed tokens, so its limits hold on every path that moves one.

use crate::{AccountId, AssetId, Assets, Balance, Runtime, RuntimeCall, Tokens};
use frame_support::traits::ConstU32;
use frame_system::EnsureRoot;

impl pallet_security::Config for Runtime {
	type AssetId = AssetId;
	type Balance = Balance;
	type Assets = Assets;
	type Tokens = Tokens;
	// Root (sudo on the dev chain) may do what a security admin may, and alone replaces an
	// approval policy.
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxAuditEntries = ConstU32<256>;
	type MaxPrunePerBlock = ConstU32<32>;
	type MaxApprovers = ConstU32<16>;
	type MaxProposals = ConstU32<16>;
	// Estimates until scripts/bench.sh measures the pallet (see its weights module).
	type WeightInfo = pallet_security::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkSecurityToken;
}

/// The rules the fee extension asks in transaction validation: a managed-token transfer that
/// would break the token's limits (or move a halted or stopped token) is invalid, so it is never
/// included and its sender pays nothing.
pub struct SecurityRules;

impl rustorium_primitives::CallValidator<AccountId, RuntimeCall> for SecurityRules {
	fn validate(
		who: &AccountId,
		call: &RuntimeCall,
	) -> Result<(), sp_runtime::transaction_validity::TransactionValidityError> {
		match call {
			RuntimeCall::Tokens(pallet_tokens::Call::transfer { token, amount, .. }) => {
				crate::Security::validate_transfer_tx(token, who, *amount)
			},
			_ => Ok(()),
		}
	}
}

/// The demo managed token: it exists from genesis, with a supply.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkSecurityToken;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_security::BenchmarkHelper<AssetId> for BenchmarkSecurityToken {
	fn token() -> AssetId {
		crate::genesis_config_presets::MANAGED_TOKEN_ID
	}
}
