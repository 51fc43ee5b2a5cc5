//! The runtime API wallets and tools read managed tokens through.

use crate::{TokenView, VestingGrant};
use alloc::vec::Vec;
use codec::Codec;
use rustorium_primitives::Role;

sp_api::decl_runtime_apis! {
	/// Reads of managed tokens: details and supply, roles, and vesting grants.
	pub trait TokensApi<AssetId, AccountId, Balance, BlockNumber>
	where
		AssetId: Codec,
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The token's creator, supply, cap, pause state and admin count; `None` when no
		/// managed token has this id.
		fn token(id: AssetId) -> Option<TokenView<AccountId, Balance>>;

		/// Every (role, account) pair of the token.
		fn roles(id: AssetId) -> Vec<(Role, AccountId)>;

		/// The vesting grants of `who` on the token, each with what `who` could claim now.
		fn vesting(id: AssetId, who: AccountId) -> Vec<(VestingGrant<Balance, BlockNumber>, Balance)>;
	}
}
