//! # Security pallet
//!
//! ## Overview
//!
//! Guards managed tokens on every path that moves them. It implements the token standard's
//! [`TransferPolicy`], which `pallet-tokens` consults before every movement of a managed token
//! (direct transfers, swaps, fee payment, other pallets) and tells after it, so that per-token
//! limits hold whichever pallet moves the token. Every security-relevant action is an event and
//! an entry of a bounded on-chain audit trail.
//!
//! ## Terminology
//!
//! - **Role**: a chain-level [`Role`]: security admin, auditor, guardian. The admin origin (root)
//!   may do whatever a security admin may.
//! - **Class**: how an account is treated by a token's limits ([`AccountClass`]): standard,
//!   verified (its own limits) or exempt (system accounts: pools, escrows).
//! - **Limits**: per token and class, at most so many transfers and so much volume per fixed
//!   window of blocks, and a cooldown between one account's transfers ([`Limits`]).
//! - **Circuit breaker**: when one block moves more than a share of a token's supply, the token
//!   stops for a number of blocks ([`Breaker`]).
//! - **Halt**: a guardian stops a token until a security admin resumes it.
//! - **Audit trail**: per scope (the chain; a token's administrative actions; a token's refused
//!   transfers), a ring buffer of the last `MaxAuditEntries` entries, each with a chain-wide
//!   sequence number. A token's administrative entries sit apart from its refused transfers, so
//!   that no user can push them out; the token pallet reports its own administrative actions
//!   (roles, pauses, minters' mints, clawbacks) through `TokenObserver`.
//!
//! ## Pallet API
//!
//! Calls: `grant_role`, `revoke_role`, `set_limits`, `set_account_class`, `set_breaker`,
//! `halt`, `resume`, `reset_breaker`, `set_approval_policy`, `propose`, `approve`, `execute`,
//! `cancel`. Each emits an event, files an audit entry, and fails with a typed error on bad
//! input, changing nothing. Runtime API: [`runtime_api::SecurityApi`] (the audit trail by page,
//! and whether a transfer would pass). The pallet implements the token standard's [`TransferPolicy`] (the
//! limits) and `OperationGuard` (operations a token's approval policy reserves for k-of-n
//! proposals behind a time lock, see the `approvals` module). [`Pallet::validate_transfer`] answers, without
//! changing anything, whether a transfer would pass: what transaction validation asks.
//! `on_idle` forgets, a bounded number per block, the counters of windows that have ended.
//!
//! ## Invariants (`try_state`)
//!
//! - Every account's counters are for the window of its last transfer, which is not in the
//!   future, and count at least one transfer.
//! - A recorded block volume is for a block not in the future.
//! - Every audit ring holds at most `MaxAuditEntries` entries, exactly in its slots below its
//!   length, with sequence numbers below the next one.
//! - Every token's count of open proposals equals its proposals; every proposal has an approval
//!   and an id below the next one.

#![deny(missing_docs)]
#![cfg_attr(not(feature = "std"), no_std)]
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

extern crate alloc;

mod approvals;
mod audit;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod breaker;
mod invariants;
mod limits;
#[cfg(test)]
mod mock;
mod roles;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use pallet::*;
pub use types::{
	AccountClass, AccountState, ApprovalPolicy, AuditAction, AuditEntry, AuditScope, Breaker,
	Limits, Operation, Proposal, ProposalState, Rejection, Role, TokenSettings,
};
pub use weights::WeightInfo;

use rustorium_primitives::{Emitting, Mintable, Pausable, Permissioned, TransferPolicy};

/// An audit entry in a runtime's types.
pub type EntryOf<T> = AuditEntry<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Balance,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	ApproversOf<T>,
>;
/// An audit entry's action in a runtime's types.
pub type ActionOf<T> = AuditAction<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Balance,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	ApproversOf<T>,
>;
/// A token's limits in a runtime's types.
pub type LimitsOf<T> =
	Limits<<T as Config>::Balance, frame_system::pallet_prelude::BlockNumberFor<T>>;
/// A circuit breaker in a runtime's types.
pub type BreakerOf<T> = Breaker<frame_system::pallet_prelude::BlockNumberFor<T>>;
/// The approvers of a policy, or of a proposal so far.
pub type ApproversOf<T> =
	frame_support::BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxApprovers>;
/// At most `MAX` approvers: how a client names [`ApproversOf`] without the runtime's types.
pub type BoundedApprovers<AccountId, const MAX: u32> =
	frame_support::BoundedVec<AccountId, frame_support::traits::ConstU32<MAX>>;
/// An approval policy in a runtime's types.
pub type PolicyOf<T> = ApprovalPolicy<
	ApproversOf<T>,
	<T as Config>::Balance,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;
/// An operation in a runtime's types.
pub type OperationOf<T> = Operation<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Balance,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;
/// A proposal in a runtime's types.
pub type ProposalOf<T> = Proposal<
	<T as Config>::AssetId,
	<T as frame_system::Config>::AccountId,
	ApproversOf<T>,
	<T as Config>::Balance,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

/// Makes tokens for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AssetId> {
	/// A token that exists, with a supply.
	fn token() -> AssetId;
}

// The expansion of `#[frame_support::pallet]` uses `expect`; the rules live in the modules beside
// this one, under the full lints.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungibles, tokens::Balance},
	};
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The pallet's configuration.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Identifies a token.
		type AssetId: Member + Parameter + Copy + MaxEncodedLen;

		/// An amount of a token.
		type Balance: Balance;

		/// The tokens: whether one exists and its supply, for the circuit breaker.
		type Assets: fungibles::Inspect<
			Self::AccountId,
			AssetId = Self::AssetId,
			Balance = Self::Balance,
		>;

		/// The managed tokens an approved proposal mints, unpauses and changes roles of, through
		/// the token standard.
		type Tokens: Mintable<Self::AccountId, TokenId = Self::AssetId, Balance = Self::Balance>
			+ Pausable<Self::AssetId>
			+ Permissioned<Self::AssetId, Self::AccountId>
			+ Emitting<Self::AssetId, Self::AccountId>;

		/// Accounts of the runtime itself that a token's limits never count as senders: the
		/// account credits and refunds come from, the fee pools, the token's AMM pools. Halts
		/// and the breaker still stop them. Other accounts are made exempt with
		/// `set_account_class`.
		type SystemAccounts: frame_support::traits::ContainsPair<Self::AssetId, Self::AccountId>;

		/// May do whatever a security admin may (root, a council), and replace or remove an
		/// approval policy, which nobody else may.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Most approvers of a policy.
		#[pallet::constant]
		type MaxApprovers: Get<u32>;

		/// Most proposals a token may have open (pending or queued).
		#[pallet::constant]
		type MaxProposals: Get<u32>;

		/// Entries each audit ring keeps; the oldest is overwritten.
		#[pallet::constant]
		type MaxAuditEntries: Get<u32>;

		/// Most finished windows `on_idle` forgets in a block.
		#[pallet::constant]
		type MaxPrunePerBlock: Get<u32>;

		/// Weights of the calls and the hook.
		type WeightInfo: WeightInfo;

		/// Makes tokens for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AssetId>;
	}

	/// Who holds which chain-level role.
	#[pallet::storage]
	pub type Roles<T: Config> =
		StorageDoubleMap<_, Twox64Concat, Role, Blake2_128Concat, T::AccountId, (), OptionQuery>;

	/// Each guarded token's settings: halt, breaker, limits.
	#[pallet::storage]
	pub type Settings<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		TokenSettings<T::Balance, BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// Each account's class and counters with each token, where either is not the default.
	#[pallet::storage]
	pub type Accounts<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Blake2_128Concat,
		T::AccountId,
		AccountState<T::Balance, BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// The volume each token with a breaker moved in the block recorded.
	#[pallet::storage]
	pub type BlockVolume<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, (BlockNumberFor<T>, T::Balance), OptionQuery>;

	/// The audit rings: each scope's entries by slot.
	#[pallet::storage]
	pub type AuditLog<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		AuditScope<T::AssetId>,
		Twox64Concat,
		u32,
		EntryOf<T>,
		OptionQuery,
	>;

	/// Each audit ring's next slot and length.
	#[pallet::storage]
	pub type AuditHeads<T: Config> =
		StorageMap<_, Blake2_128Concat, AuditScope<T::AssetId>, (u32, u32), ValueQuery>;

	/// The sequence number of the next audit entry.
	#[pallet::storage]
	pub type NextSeq<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Each token's approval policy.
	#[pallet::storage]
	pub type Policies<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, PolicyOf<T>, OptionQuery>;

	/// The open proposals.
	#[pallet::storage]
	pub type Proposals<T: Config> = StorageMap<_, Twox64Concat, u32, ProposalOf<T>, OptionQuery>;

	/// The id of the next proposal.
	#[pallet::storage]
	pub type NextProposal<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// How many proposals each token has open.
	#[pallet::storage]
	pub type OpenProposals<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, u32, ValueQuery>;

	/// Where `on_idle`'s pruning goes on: the last key it looked at.
	#[pallet::storage]
	pub type PruneCursor<T: Config> = StorageValue<_, BoundedVec<u8, ConstU32<256>>, OptionQuery>;

	/// What happened.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A role was granted.
		RoleGranted {
			/// The role.
			role: Role,
			/// Its new holder.
			who: T::AccountId,
			/// Who granted it; `None` for the admin origin.
			by: Option<T::AccountId>,
		},
		/// A role was revoked.
		RoleRevoked {
			/// The role.
			role: Role,
			/// Its former holder.
			who: T::AccountId,
			/// Who revoked it; `None` for the admin origin.
			by: Option<T::AccountId>,
		},
		/// A token's limits for a class changed.
		LimitsSet {
			/// The token.
			token: T::AssetId,
			/// The class.
			class: AccountClass,
			/// The new limits; `None` for none.
			limits: Option<LimitsOf<T>>,
		},
		/// An account's class with a token changed.
		AccountClassSet {
			/// The token.
			token: T::AssetId,
			/// The account.
			who: T::AccountId,
			/// Its new class.
			class: AccountClass,
		},
		/// A token's circuit breaker changed.
		BreakerSet {
			/// The token.
			token: T::AssetId,
			/// The new breaker; `None` for none.
			breaker: Option<BreakerOf<T>>,
		},
		/// A token's circuit breaker tripped: it moves again from `until`.
		BreakerTripped {
			/// The token.
			token: T::AssetId,
			/// The volume moved in the block.
			volume: T::Balance,
			/// The first block it moves again.
			until: BlockNumberFor<T>,
		},
		/// A tripped circuit breaker was reset early.
		BreakerReset {
			/// The token.
			token: T::AssetId,
			/// Who reset it; `None` for the admin origin.
			by: Option<T::AccountId>,
		},
		/// A token was halted.
		Halted {
			/// The token.
			token: T::AssetId,
			/// Who halted it; `None` for the admin origin.
			by: Option<T::AccountId>,
		},
		/// A halted token was resumed.
		Resumed {
			/// The token.
			token: T::AssetId,
			/// Who resumed it; `None` for the admin origin.
			by: Option<T::AccountId>,
		},
		/// A token's approval policy changed.
		PolicySet {
			/// The token.
			token: T::AssetId,
			/// The new policy; `None` for none.
			policy: Option<PolicyOf<T>>,
		},
		/// An approver proposed an operation.
		Proposed {
			/// The proposal.
			id: u32,
			/// The token.
			token: T::AssetId,
			/// The proposer.
			proposer: T::AccountId,
			/// What it does.
			operation: OperationOf<T>,
		},
		/// An approver approved a proposal.
		Approved {
			/// The proposal.
			id: u32,
			/// The approver.
			who: T::AccountId,
			/// Approvals so far.
			approvals: u32,
		},
		/// A proposal reached its threshold and waits out its time lock.
		Queued {
			/// The proposal.
			id: u32,
			/// The first block it may be executed in.
			eta: BlockNumberFor<T>,
		},
		/// A proposal was executed.
		Executed {
			/// The proposal.
			id: u32,
			/// What its operation returned.
			result: DispatchResult,
		},
		/// A proposal was cancelled.
		Cancelled {
			/// The proposal.
			id: u32,
			/// Who cancelled it; `None` for the admin origin.
			by: Option<T::AccountId>,
		},
		/// A transfer reached dispatch and was refused: recorded after the dispatch, whose own
		/// writes the refusal rolled back.
		TransferRejected {
			/// The token.
			token: T::AssetId,
			/// The sender.
			who: T::AccountId,
			/// The amount it tried to send.
			amount: T::Balance,
			/// Why it was refused.
			reason: Rejection,
		},
	}

	/// Why a call or a transfer failed; each names one cause.
	#[pallet::error]
	pub enum Error<T> {
		/// The origin holds none of the roles this call needs.
		NotAuthorized,
		/// The account holds the role already.
		RoleAlreadyHeld,
		/// The account does not hold the role.
		RoleNotHeld,
		/// No such managed token: only managed tokens are guarded.
		UnknownToken,
		/// Exempt accounts have no limits to set.
		ExemptHasNoLimits,
		/// A count or volume limit needs a window of at least one block.
		ZeroWindow,
		/// A breaker needs a share above zero and a pause of at least one block.
		InvalidBreaker,
		/// The token is halted already.
		AlreadyHalted,
		/// The token is not halted.
		NotHalted,
		/// The token's circuit breaker has not tripped.
		NotTripped,
		/// The token is halted: no transfers until a security admin resumes it.
		TokenHalted,
		/// The token's circuit breaker tripped: no transfers until it is over.
		BreakerOpen,
		/// The sender must wait for its cooldown to end before it sends this token again.
		CoolingDown,
		/// The sender has sent as many transfers of this token as its window allows.
		TooManyTransfers,
		/// The transfer would take the sender above the volume its window allows.
		VolumeExceeded,
		/// The token's approval policy reserves this operation for approved proposals.
		RequiresApproval,
		/// The token has no approval policy.
		NoPolicy,
		/// Only the admin origin may replace or remove an approval policy.
		PolicyLocked,
		/// A policy needs a threshold between one and its number of approvers, distinct
		/// approvers and a lifetime of at least one block.
		InvalidPolicy,
		/// The account is not an approver of the token's policy.
		NotApprover,
		/// The token has as many open proposals as it may.
		TooManyProposals,
		/// No such proposal.
		UnknownProposal,
		/// The approver approved the proposal already.
		AlreadyApproved,
		/// The proposal expired before it reached its threshold.
		Expired,
		/// The proposal has not reached its threshold.
		NotQueued,
		/// The proposal's time lock has not passed.
		TooEarly,
		/// The proposal has reached its threshold; it no longer takes approvals.
		AlreadyQueued,
		/// Only its proposer, a guardian or a security admin may cancel a proposal (anyone, once
		/// it expired).
		CannotCancel,
		/// The token's policy does not reserve this operation: its role holders perform it
		/// directly.
		NotReserved,
		/// The proposal lacks its threshold of approvals from the policy's current approvers.
		BelowThreshold,
		/// A mint needs a `Minter` of the token among its approvers, a clawback a `Burner`.
		RoleNotApproving,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::prune(n, remaining)
		}

		fn integrity_test() {
			assert!(T::MaxAuditEntries::get() > 0, "an audit ring holds at least one entry");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grants `role` to `who`. Origin: a security admin. Emits `RoleGranted`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant_role())]
		pub fn grant_role(origin: OriginFor<T>, role: Role, who: T::AccountId) -> DispatchResult {
			let by = Self::authorize(origin, &[Role::SecurityAdmin])?;
			Self::do_grant_role(role, who, by)
		}

		/// Revokes `role` from `who`. Origin: a security admin. Emits `RoleRevoked`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke_role())]
		pub fn revoke_role(origin: OriginFor<T>, role: Role, who: T::AccountId) -> DispatchResult {
			let by = Self::authorize(origin, &[Role::SecurityAdmin])?;
			Self::do_revoke_role(role, who, by)
		}

		/// Sets `token`'s limits for senders of `class` (`None`: no limits). Origin: a security
		/// admin. Emits `LimitsSet`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_limits())]
		pub fn set_limits(
			origin: OriginFor<T>,
			token: T::AssetId,
			class: AccountClass,
			limits: Option<LimitsOf<T>>,
		) -> DispatchResult {
			let by = Self::authorize(origin, &[Role::SecurityAdmin])?;
			Self::ensure_not_reserved(&token, |policy| policy.limits)?;
			Self::do_set_limits(token, class, limits, by)
		}

		/// Puts `who` in `class` for `token`. Origin: a security admin, unless the token's
		/// approval policy reserves class changes. Emits `AccountClassSet`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_account_class())]
		pub fn set_account_class(
			origin: OriginFor<T>,
			token: T::AssetId,
			who: T::AccountId,
			class: AccountClass,
		) -> DispatchResult {
			let by = Self::authorize(origin, &[Role::SecurityAdmin])?;
			Self::ensure_not_reserved(&token, |policy| policy.classes)?;
			Self::do_set_account_class(token, who, class, by)
		}

		/// Sets `token`'s circuit breaker (`None`: none). Origin: a security admin, unless the
		/// token's approval policy reserves breaker changes. Emits `BreakerSet`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_breaker())]
		pub fn set_breaker(
			origin: OriginFor<T>,
			token: T::AssetId,
			breaker: Option<BreakerOf<T>>,
		) -> DispatchResult {
			let by = Self::authorize(origin, &[Role::SecurityAdmin])?;
			Self::ensure_not_reserved(&token, |policy| policy.breaker)?;
			Self::do_set_breaker(token, breaker, by)
		}

		/// Stops every transfer of `token` until a security admin resumes it. Origin: a
		/// guardian or a security admin. Emits `Halted`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::halt())]
		pub fn halt(origin: OriginFor<T>, token: T::AssetId) -> DispatchResult {
			let by = Self::authorize(origin, &[Role::Guardian, Role::SecurityAdmin])?;
			Self::do_halt(token, by)
		}

		/// Lets a halted `token` move again. Origin: a security admin. Emits `Resumed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::resume())]
		pub fn resume(origin: OriginFor<T>, token: T::AssetId) -> DispatchResult {
			let by = Self::authorize(origin, &[Role::SecurityAdmin])?;
			Self::ensure_not_reserved(&token, |policy| policy.unpause)?;
			Self::do_resume(token, by)
		}

		/// Ends a tripped circuit breaker's pause now. Origin: a guardian or a security admin.
		/// Emits `BreakerReset`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::reset_breaker())]
		pub fn reset_breaker(origin: OriginFor<T>, token: T::AssetId) -> DispatchResult {
			let by = Self::authorize(origin, &[Role::Guardian, Role::SecurityAdmin])?;
			Self::do_reset_breaker(token, by)
		}

		/// Sets `token`'s approval policy. An `Admin` of the token may set the first; only the
		/// admin origin may replace or remove one. Emits `PolicySet`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_approval_policy())]
		pub fn set_approval_policy(
			origin: OriginFor<T>,
			token: T::AssetId,
			policy: Option<PolicyOf<T>>,
		) -> DispatchResult {
			let by = Self::authorize_policy(origin, &token)?;
			Self::do_set_approval_policy(token, policy, by)
		}

		/// Proposes `operation` on `token`, with the proposer's approval. Origin: an approver of
		/// the token's policy; the policy must reserve the operation. Emits `Proposed` (and
		/// `Queued` or `Executed` once it passes).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::propose().saturating_add(T::WeightInfo::execute()))]
		pub fn propose(
			origin: OriginFor<T>,
			token: T::AssetId,
			operation: OperationOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose(token, who, operation).map(|_| ())
		}

		/// Approves proposal `id`. Origin: an approver of its token's policy. Emits `Approved`,
		/// and `Queued` (or, with no time lock, `Executed`) at the threshold.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::approve().saturating_add(T::WeightInfo::execute()))]
		pub fn approve(origin: OriginFor<T>, id: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve(id, who)
		}

		/// Executes proposal `id`, queued and past its time lock, if the token's live policy
		/// still reserves its operation and it still has its approvals. Origin: anyone signed.
		/// Emits `Executed` with the operation's result; the proposal is closed either way.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::execute())]
		pub fn execute(origin: OriginFor<T>, id: u32) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_execute(id)
		}

		/// Cancels proposal `id`. Origin: its proposer while it is pending; a guardian or a
		/// security admin while pending or queued; anyone once it expired. Emits `Cancelled`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::cancel())]
		pub fn cancel(origin: OriginFor<T>, id: u32) -> DispatchResult {
			let by = Self::authorize_cancel(origin, id)?;
			Self::do_cancel(id, by)
		}
	}
}

/// The token pallet's administrative actions, filed in the token's audit trail.
impl<T: Config> rustorium_primitives::TokenObserver<T::AssetId, T::AccountId, T::Balance>
	for Pallet<T>
{
	fn on_action(
		token: &T::AssetId,
		actor: Option<&T::AccountId>,
		action: rustorium_primitives::TokenAction<T::AccountId, T::Balance>,
	) {
		Self::audit(AuditScope::Token(*token), actor.cloned(), AuditAction::Token { action });
	}

	/// An audit entry, as the refusal record measures it (an entry and an event).
	fn weight() -> frame_support::weights::Weight {
		T::WeightInfo::note_rejected()
	}
}

impl<T: Config> TransferPolicy<T::AccountId, T::AssetId, T::Balance> for Pallet<T> {
	fn check(
		token: &T::AssetId,
		from: &T::AccountId,
		_to: &T::AccountId,
		amount: T::Balance,
	) -> sp_runtime::DispatchResult {
		Self::validate_transfer(token, from, amount)
	}

	/// Records a movement, except one that moves nothing (to its own sender) and a leg between
	/// two of the runtime's own accounts: the middle of a swap or a fee payment, which is
	/// counted once, at the leg that leaves or reaches its user. So neither a self-transfer nor
	/// the two legs of one swap add to a token's volume twice.
	fn on_transfer(
		token: &T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> bool {
		use frame_support::traits::ContainsPair;
		let internal =
			T::SystemAccounts::contains(token, from) && T::SystemAccounts::contains(token, to);
		if from == to || internal {
			return false;
		}
		Self::record_transfer(token, from, amount)
	}
}
