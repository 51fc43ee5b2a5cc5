//! `SecurityApi`: the audit trail, page by page, and whether a transfer would pass the limits.

use crate::{AuditEntry, AuditScope};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Read through `state_call` as `SecurityApi_audit_trail` and `SecurityApi_check_transfer`.
	/// `Approvers` is an approval policy's bounded list of approvers, as the audit trail's
	/// policy changes carry them.
	pub trait SecurityApi<AccountId, AssetId, Balance, BlockNumber, Approvers>
	where
		AccountId: Codec,
		AssetId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
		Approvers: Codec,
	{
		/// Up to `count` entries of `scope`'s audit trail, oldest first, from its `skip`th
		/// oldest kept entry.
		fn audit_trail(
			scope: AuditScope<AssetId>,
			skip: u32,
			count: u32,
		) -> Vec<AuditEntry<AccountId, Balance, BlockNumber, Approvers>>;

		/// Whether `from` may send `amount` of `token` now, and if not, why.
		fn check_transfer(
			token: AssetId,
			from: AccountId,
			amount: Balance,
		) -> Result<(), sp_runtime::DispatchError>;
	}
}
