//! What the pallet stores: roles, account classes, limits, the circuit breaker, and the audit
//! trail's entries.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Permill;

/// A chain-level security role.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Role {
	/// Grants and revokes roles, sets limits, classes and breakers, lifts halts.
	SecurityAdmin,
	/// Reads the audit trail; holds no power over tokens.
	Auditor,
	/// Halts any token in an emergency and resets a tripped circuit breaker.
	Guardian,
}

/// How an account is treated by a token's limits.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub enum AccountClass {
	/// Every account not classed otherwise: the token's standard limits.
	#[default]
	Standard,
	/// An account with the token's verified limits (an exchange, a known institution).
	Verified,
	/// A system account (a fee pool, an AMM pool, an escrow): no per-account limits.
	Exempt,
}

/// A token's limits for one class of senders. Windows are fixed: window `i` is the blocks
/// `[i × window, (i + 1) × window)`, so that counters reset at the same block for every account
/// and a window is one number to store.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Limits<Balance, BlockNumber> {
	/// The window's length in blocks; at least one when a count or volume is limited.
	pub window: BlockNumber,
	/// Most transfers an account may send in a window.
	pub max_transfers: Option<u32>,
	/// Most an account may send in a window.
	pub max_volume: Option<Balance>,
	/// Blocks an account must wait after a transfer before its next one; zero for none.
	pub cooldown: BlockNumber,
}

/// A token-wide circuit breaker: when the volume moved in one block exceeds `max_block_share` of
/// the token's supply, the token stops moving for `pause_blocks` blocks.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Breaker<BlockNumber> {
	/// The share of the supply one block may move.
	pub max_block_share: Permill,
	/// How long the token stops once tripped.
	pub pause_blocks: BlockNumber,
}

/// Everything the pallet enforces on one token, read once per transfer.
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	Debug,
	frame_support::DefaultNoBound,
)]
pub struct TokenSettings<Balance, BlockNumber> {
	/// Stopped by a guardian until a security admin resumes it.
	pub halted: bool,
	/// Stopped by the circuit breaker until this block (exclusive).
	pub tripped_until: Option<BlockNumber>,
	/// The circuit breaker.
	pub breaker: Option<Breaker<BlockNumber>>,
	/// The limits of `Standard` senders.
	pub standard: Option<Limits<Balance, BlockNumber>>,
	/// The limits of `Verified` senders.
	pub verified: Option<Limits<Balance, BlockNumber>>,
}

/// One account's standing with one token: its class and what it sent in its last window.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct AccountState<Balance, BlockNumber> {
	/// The class of its limits.
	pub class: AccountClass,
	/// The window its counters are for.
	pub window: BlockNumber,
	/// Transfers sent in that window.
	pub transfers: u32,
	/// Volume sent in that window.
	pub volume: Balance,
	/// The block of its last transfer, if any is recorded.
	pub last: Option<BlockNumber>,
}

/// Where an audit entry is filed: the chain's own trail (roles), a token's (what its
/// authorities did and what the breaker did), or a token's refused transfers, kept apart so that
/// users whose transfers are refused never push the token's administrative entries out.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum AuditScope<AssetId> {
	/// Chain-level actions: role changes.
	Chain,
	/// Actions on one token.
	Token(AssetId),
	/// Transfers of one token refused at dispatch.
	Rejections(AssetId),
}

/// What happened, with the values before and after a change. `Approvers` is a policy's bounded
/// list of approvers.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub enum AuditAction<AccountId, Balance, BlockNumber, Approvers> {
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
	/// A class's limits changed.
	LimitsSet {
		/// The class.
		class: AccountClass,
		/// The limits before.
		before: Option<Limits<Balance, BlockNumber>>,
		/// The limits after.
		after: Option<Limits<Balance, BlockNumber>>,
	},
	/// An account's class changed.
	ClassSet {
		/// The account.
		who: AccountId,
		/// Its class before.
		before: AccountClass,
		/// Its class after.
		after: AccountClass,
	},
	/// The circuit breaker changed.
	BreakerSet {
		/// The breaker before.
		before: Option<Breaker<BlockNumber>>,
		/// The breaker after.
		after: Option<Breaker<BlockNumber>>,
	},
	/// The circuit breaker tripped.
	BreakerTripped {
		/// The volume moved in the block.
		volume: Balance,
		/// The token moves again from this block.
		until: BlockNumber,
	},
	/// A tripped circuit breaker was reset early.
	BreakerReset,
	/// The token was halted.
	Halted,
	/// The token was resumed.
	Resumed,
	/// The approval policy changed: the whole policy before and after (`None`: none).
	PolicySet {
		/// The policy before.
		before: Option<ApprovalPolicy<Approvers, Balance, BlockNumber>>,
		/// The policy after.
		after: Option<ApprovalPolicy<Approvers, Balance, BlockNumber>>,
	},
	/// A proposal was made.
	Proposed {
		/// The proposal.
		id: u32,
		/// What it does.
		operation: Operation<AccountId, Balance, BlockNumber>,
	},
	/// A proposal was approved.
	Approved {
		/// The proposal.
		id: u32,
	},
	/// A proposal reached its threshold and waits out its time lock.
	Queued {
		/// The proposal.
		id: u32,
		/// The first block it may be executed in.
		eta: BlockNumber,
	},
	/// A proposal was executed.
	Executed {
		/// The proposal.
		id: u32,
		/// Whether its operation succeeded.
		ok: bool,
	},
	/// A proposal was cancelled.
	Cancelled {
		/// The proposal.
		id: u32,
	},
	/// An administrative action of the token pallet: a role change, a pause, a minter's mint, a
	/// clawback, a new emission recipient.
	Token {
		/// What was done.
		action: rustorium_primitives::TokenAction<AccountId, Balance>,
	},
	/// A transfer reached dispatch and the token's security refused it.
	TransferRejected {
		/// The amount the sender tried to send.
		amount: Balance,
		/// Why it was refused.
		reason: Rejection,
	},
}

/// Why the security pallet refused a transfer: one of its errors.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Rejection {
	/// The token is halted.
	Halted,
	/// The token's circuit breaker tripped.
	BreakerOpen,
	/// The sender's cooldown had not ended.
	CoolingDown,
	/// The sender had sent as many transfers as its window allows.
	TooManyTransfers,
	/// The transfer would have taken the sender above its window's volume.
	VolumeExceeded,
}

/// One entry of the audit trail.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AuditEntry<AccountId, Balance, BlockNumber, Approvers> {
	/// Its place in the chain-wide sequence of entries, from zero.
	pub seq: u64,
	/// The block it was recorded in.
	pub block: BlockNumber,
	/// Who acted: `None` for the admin origin (root) or the pallet itself (the breaker).
	pub actor: Option<AccountId>,
	/// What happened.
	pub action: AuditAction<AccountId, Balance, BlockNumber, Approvers>,
}

/// Which operations on a token need approved proposals, who approves them, how many must, and
/// how long an approved one waits. `Approvers` is a bounded list of accounts.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ApprovalPolicy<Approvers, Balance, BlockNumber> {
	/// Who may propose and approve.
	pub approvers: Approvers,
	/// How many approvals a proposal needs (`k` of the `n` approvers).
	pub threshold: u32,
	/// How long an approved proposal waits before it may be executed (the time lock).
	pub delay: BlockNumber,
	/// How long a proposal may gather approvals before it expires.
	pub ttl: BlockNumber,
	/// Mints above this amount need a proposal; `None`: mints do not.
	pub mint_above: Option<Balance>,
	/// Role changes need a proposal.
	pub roles: bool,
	/// Limit changes need a proposal.
	pub limits: bool,
	/// Unpausing (and resuming a halted token) needs a proposal.
	pub unpause: bool,
	/// Burning another holder's tokens (a clawback) needs a proposal.
	pub burns: bool,
	/// Changing an account's class (making it exempt or verified) needs a proposal.
	pub classes: bool,
	/// Changing or removing the circuit breaker needs a proposal.
	pub breaker: bool,
	/// Changing the emission's recipient needs a proposal.
	pub emission: bool,
}

impl<Approvers, Balance: PartialOrd + Copy, BlockNumber>
	ApprovalPolicy<Approvers, Balance, BlockNumber>
{
	/// Whether the policy reserves `operation` for approved proposals: a proposal may carry only
	/// such an operation.
	pub fn reserves<AccountId>(
		&self,
		operation: &Operation<AccountId, Balance, BlockNumber>,
	) -> bool {
		match operation {
			Operation::Mint { amount, .. } => self.mint_above.is_some_and(|most| *amount > most),
			Operation::GrantRole { .. } | Operation::RevokeRole { .. } => self.roles,
			Operation::SetLimits { .. } => self.limits,
			Operation::Unpause | Operation::Resume => self.unpause,
			Operation::Burn { .. } => self.burns,
			Operation::SetClass { .. } => self.classes,
			Operation::SetBreaker { .. } => self.breaker,
			Operation::SetEmissionRecipient { .. } => self.emission,
		}
	}
}

impl<AccountId, Balance, BlockNumber> Operation<AccountId, Balance, BlockNumber> {
	/// The token role one of a proposal's approvers must hold for the operation to pass: a mint
	/// needs a minter, a clawback a burner, so that approvers alone never create or destroy a
	/// token's supply.
	pub fn needs_role(&self) -> Option<rustorium_primitives::Role> {
		match self {
			Operation::Mint { .. } => Some(rustorium_primitives::Role::Minter),
			Operation::Burn { .. } => Some(rustorium_primitives::Role::Burner),
			_ => None,
		}
	}
}

/// An operation a proposal performs once approved.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum Operation<AccountId, Balance, BlockNumber> {
	/// Mint `amount` to `to`.
	Mint {
		/// The recipient.
		to: AccountId,
		/// How much.
		amount: Balance,
	},
	/// Grant a token role.
	GrantRole {
		/// The role.
		role: rustorium_primitives::Role,
		/// Its new holder.
		who: AccountId,
	},
	/// Revoke a token role.
	RevokeRole {
		/// The role.
		role: rustorium_primitives::Role,
		/// Its holder.
		who: AccountId,
	},
	/// Set the limits of a class of senders.
	SetLimits {
		/// The class.
		class: AccountClass,
		/// The limits; `None` for none.
		limits: Option<Limits<Balance, BlockNumber>>,
	},
	/// Unpause the token (pallet-tokens' pause).
	Unpause,
	/// Resume the token after a guardian's halt.
	Resume,
	/// Burn `amount` held by `from` (a clawback).
	Burn {
		/// The holder.
		from: AccountId,
		/// How much.
		amount: Balance,
	},
	/// Put an account in a class.
	SetClass {
		/// The account.
		who: AccountId,
		/// Its class.
		class: AccountClass,
	},
	/// Set the circuit breaker.
	SetBreaker {
		/// The breaker; `None` for none.
		breaker: Option<Breaker<BlockNumber>>,
	},
	/// Send the token's future emission to a new recipient.
	SetEmissionRecipient {
		/// The new recipient.
		recipient: AccountId,
	},
}

/// Where a proposal stands.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum ProposalState<BlockNumber> {
	/// Gathering approvals until it expires at `expires`.
	Pending {
		/// The first block it may no longer be approved in.
		expires: BlockNumber,
	},
	/// Approved, time-locked: executable from `eta`, cancellable by a guardian until then.
	Queued {
		/// The first block it may be executed in.
		eta: BlockNumber,
	},
}

/// A proposal to perform an operation on a token.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Proposal<AssetId, AccountId, Approvals, Balance, BlockNumber> {
	/// The token.
	pub token: AssetId,
	/// Who proposed it.
	pub proposer: AccountId,
	/// What it does.
	pub operation: Operation<AccountId, Balance, BlockNumber>,
	/// Who approved it so far, the proposer first.
	pub approvals: Approvals,
	/// Where it stands.
	pub state: ProposalState<BlockNumber>,
}
