//! The token standard: what every managed token offers, as traits over a token id.
//!
//! A pallet implements them for its tokens; other pallets, the runtime and tests use the traits,
//! never the implementing pallet's types. Amounts are in base units.

use alloc::vec::Vec;
use sp_runtime::{traits::ConstU32, BoundedVec, DispatchError, DispatchResult};

/// Longest name of a custom role, in bytes.
pub const MAX_ROLE_NAME_LEN: u32 = 32;

shared_type! {
	/// A permission on one token. `Admin` may grant and revoke every role, `Admin` included.
	#[derive(PartialOrd, Ord)]
	pub enum Role {
		/// Manages roles and metadata. Every token keeps at least one.
		Admin,
		/// May mint, up to the cap.
		Minter,
		/// May burn from any holder (redemptions, clawbacks of a regulated asset).
		Burner,
		/// May pause and unpause every movement of the token.
		Pauser,
		/// A role the token's own rules name, e.g. `b"kyc-verified"`.
		Custom(BoundedVec<u8, ConstU32<MAX_ROLE_NAME_LEN>>),
		/// May send and receive a token whose transfers are permissioned
		/// ([`crate::Feature::PermissionedTransfers`]).
		Holder,
	}
}

/// A fungible token: identity, supply, balances and transfers.
pub trait Token<AccountId> {
	/// Identifies a token.
	type TokenId;
	/// An amount of a token, in base units.
	type Balance;

	/// Whether `token` is one of these tokens.
	fn exists(token: &Self::TokenId) -> bool;
	/// The token's name, empty when it has none.
	fn name(token: &Self::TokenId) -> Vec<u8>;
	/// The token's ticker symbol, empty when it has none.
	fn symbol(token: &Self::TokenId) -> Vec<u8>;
	/// How many decimal places one whole token has.
	fn decimals(token: &Self::TokenId) -> u8;
	/// Every base unit in existence.
	fn total_supply(token: &Self::TokenId) -> Self::Balance;
	/// What `who` holds.
	fn balance_of(token: &Self::TokenId, who: &AccountId) -> Self::Balance;
	/// Moves `amount` from `from` to `to` under the token's transfer policy; returns the amount
	/// moved.
	fn transfer(
		token: &Self::TokenId,
		from: &AccountId,
		to: &AccountId,
		amount: Self::Balance,
	) -> Result<Self::Balance, DispatchError>;
}

/// A token whose supply changes: minting up to a hard cap, and burning.
pub trait Mintable<AccountId>: Token<AccountId> {
	/// The hard cap on the token's supply.
	fn max_supply(token: &Self::TokenId) -> Self::Balance;
	/// Creates `amount` for `to`; fails without minting anything if the supply would pass the
	/// cap.
	fn mint(token: &Self::TokenId, to: &AccountId, amount: Self::Balance) -> DispatchResult;
	/// Destroys `amount` held by `from`; fails for an account that holds other people's money
	/// (a pool, an escrow).
	fn burn(token: &Self::TokenId, from: &AccountId, amount: Self::Balance) -> DispatchResult;
}

/// A token with an emission (inflation) whose recipient can change.
pub trait Emitting<TokenId, AccountId> {
	/// Sends `token`'s future emission to `recipient`.
	fn set_emission_recipient(token: &TokenId, recipient: &AccountId) -> DispatchResult;
}

/// A token whose every movement can be stopped and resumed.
pub trait Pausable<TokenId> {
	/// Stops every movement of the token: transfers, swaps, fee payment.
	fn pause(token: &TokenId) -> DispatchResult;
	/// Resumes the token's movements.
	fn unpause(token: &TokenId) -> DispatchResult;
	/// Whether the token is paused now.
	fn is_paused(token: &TokenId) -> bool;
}

/// A token with per-account roles.
pub trait Permissioned<TokenId, AccountId> {
	/// Gives `who` the role `role` on `token`.
	fn grant_role(token: &TokenId, role: Role, who: &AccountId) -> DispatchResult;
	/// Takes `role` from `who`; fails if that would leave the token without an admin.
	fn revoke_role(token: &TokenId, role: Role, who: &AccountId) -> DispatchResult;
	/// Whether `who` holds `role` on `token`.
	fn has_role(token: &TokenId, role: &Role, who: &AccountId) -> bool;
	/// Whether `who` administers `token`.
	fn is_admin(token: &TokenId, who: &AccountId) -> bool {
		Self::has_role(token, &Role::Admin, who)
	}
}

shared_type! {
	/// An administrative action on a managed token, as the token pallet reports it to its
	/// [`TokenObserver`] (the security pallet files it in the token's audit trail).
	pub enum TokenAction<AccountId, Balance> {
		/// A role was granted.
		RoleGranted {
			/// The role.
			role: Role,
			/// Its new holder.
			who: AccountId,
		},
		/// A role was revoked.
		RoleRevoked {
			/// The role.
			role: Role,
			/// Its former holder.
			who: AccountId,
		},
		/// The token was paused.
		Paused,
		/// The token was unpaused.
		Unpaused,
		/// A minter minted.
		Minted {
			/// The recipient.
			to: AccountId,
			/// How much.
			amount: Balance,
		},
		/// A burner burned another holder's tokens (a clawback).
		Clawback {
			/// The holder.
			from: AccountId,
			/// How much.
			amount: Balance,
		},
		/// The emission's recipient changed.
		EmissionRecipientSet {
			/// The new recipient.
			recipient: AccountId,
		},
	}
}

/// Hears the administrative actions on managed tokens: role changes, pauses, minters' mints,
/// clawbacks, emission recipients. Not holders' own transfers and burns, which users may repeat
/// at will.
pub trait TokenObserver<TokenId, AccountId, Balance> {
	/// `actor` (`None`: the runtime itself, e.g. an approved proposal) did `action` on `token`.
	fn on_action(
		token: &TokenId,
		actor: Option<&AccountId>,
		action: TokenAction<AccountId, Balance>,
	);

	/// The weight of one [`TokenObserver::on_action`], which every call that reports one declares.
	fn weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// Hears nothing.
impl<TokenId, AccountId, Balance> TokenObserver<TokenId, AccountId, Balance> for () {
	fn on_action(_: &TokenId, _: Option<&AccountId>, _: TokenAction<AccountId, Balance>) {}
}
