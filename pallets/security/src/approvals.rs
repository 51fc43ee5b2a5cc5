//! Approvals and time locks: a token's [`crate::ApprovalPolicy`] reserves operations (mints above
//! an amount, clawbacks, role changes, limit, class and breaker changes, the emission's
//! recipient, unpausing) for proposals that `threshold` of its approvers approve, and that then
//! wait `delay` blocks, during which a guardian may cancel them. A proposal not approved within
//! `ttl` blocks expires; anyone may then cancel it to free its slot. Each token has at most
//! `MaxProposals` open.
//!
//! The token pallet asks [`OperationGuard`] before a caller performs a reserved operation
//! directly; an approved proposal performs it through the token standard's traits, which do not
//! ask. So a policy is a grant of power over its token, and the rules keep that power with the
//! token's own authorities:
//! - a token's first policy is set by the admin origin or by an `Admin` of the token; once set,
//!   only the admin origin replaces or removes it, so that nobody lifts the approvals they are
//!   subject to;
//! - a proposal carries only an operation its policy reserves (the rest its holders perform
//!   directly, with their roles);
//! - a mint passes only with a `Minter` of the token among its approvers, a clawback only with a
//!   `Burner`: approvers alone never create or destroy supply;
//! - execution checks the live policy again: it must still reserve the operation, and the
//!   proposal must still have its threshold of approvals from its current approvers.

use crate::{
	AuditAction, AuditScope, Config, Error, Event, NextProposal, OpenProposals, Operation,
	OperationOf, Pallet, Policies, PolicyOf, Proposal, ProposalOf, ProposalState, Proposals, Role,
};
use alloc::vec;
use frame_support::{
	ensure,
	storage::with_storage_layer,
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::pallet_prelude::OriginFor;
use rustorium_primitives::{Emitting, Mintable, OperationGuard, Pausable, Permissioned};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Fails with `RequiresApproval` when `token`'s policy reserves what `reserved` says.
	pub(crate) fn ensure_not_reserved(
		token: &T::AssetId,
		reserved: impl FnOnce(&PolicyOf<T>) -> bool,
	) -> DispatchResult {
		let policy = Policies::<T>::get(token);
		ensure!(!policy.as_ref().is_some_and(reserved), Error::<T>::RequiresApproval);
		Ok(())
	}

	/// Who may set `token`'s policy: the admin origin (`None`), or an `Admin` of the token.
	pub(crate) fn authorize_policy(
		origin: OriginFor<T>,
		token: &T::AssetId,
	) -> Result<Option<T::AccountId>, DispatchError> {
		let origin = match T::AdminOrigin::try_origin(origin) {
			Ok(_) => return Ok(None),
			Err(origin) => origin,
		};
		let who = frame_system::ensure_signed(origin)?;
		ensure!(T::Tokens::is_admin(token, &who), Error::<T>::NotAuthorized);
		Ok(Some(who))
	}

	/// Sets `token`'s policy, on `by`'s authority (`None`: the admin origin, which alone may
	/// replace or remove one).
	pub fn do_set_approval_policy(
		token: T::AssetId,
		policy: Option<PolicyOf<T>>,
		by: Option<T::AccountId>,
	) -> DispatchResult {
		Self::ensure_token(&token)?;
		let old = Policies::<T>::get(token);
		ensure!(old.is_none() || by.is_none(), Error::<T>::PolicyLocked);
		if let Some(policy) = &policy {
			let approvers = policy.approvers.len() as u32;
			let distinct =
				policy.approvers.iter().enumerate().all(|(i, a)| {
					policy.approvers.iter().skip(i.saturating_add(1)).all(|b| a != b)
				});
			ensure!(
				policy.threshold >= 1
					&& policy.threshold <= approvers
					&& distinct && !policy.ttl.is_zero(),
				Error::<T>::InvalidPolicy
			);
		}
		match &policy {
			Some(policy) => Policies::<T>::insert(token, policy),
			None => Policies::<T>::remove(token),
		}
		Self::audit(
			AuditScope::Token(token),
			by,
			AuditAction::PolicySet { before: old, after: policy.clone() },
		);
		Self::deposit_event(Event::PolicySet { token, policy });
		Ok(())
	}

	/// `who` proposes `operation` on `token`, approving it; returns the proposal's id.
	pub fn do_propose(
		token: T::AssetId,
		who: T::AccountId,
		operation: OperationOf<T>,
	) -> Result<u32, DispatchError> {
		let policy = Policies::<T>::get(token).ok_or(Error::<T>::NoPolicy)?;
		ensure!(policy.approvers.contains(&who), Error::<T>::NotApprover);
		ensure!(policy.reserves(&operation), Error::<T>::NotReserved);
		ensure!(
			OpenProposals::<T>::get(token) < T::MaxProposals::get(),
			Error::<T>::TooManyProposals
		);
		let id = NextProposal::<T>::mutate(|next| {
			let id = *next;
			*next = next.saturating_add(1);
			id
		});
		let now = frame_system::Pallet::<T>::block_number();
		let proposal = Proposal {
			token,
			proposer: who.clone(),
			operation: operation.clone(),
			approvals: BoundedVec::truncate_from(vec![who.clone()]),
			state: ProposalState::Pending { expires: now.saturating_add(policy.ttl) },
		};
		OpenProposals::<T>::mutate(token, |open| *open = open.saturating_add(1));
		Proposals::<T>::insert(id, proposal);
		Self::audit(
			AuditScope::Token(token),
			Some(who.clone()),
			AuditAction::Proposed { id, operation: operation.clone() },
		);
		Self::deposit_event(Event::Proposed { id, token, proposer: who, operation });
		Self::advance(id, &policy);
		Ok(id)
	}

	/// `who` approves proposal `id`.
	pub fn do_approve(id: u32, who: T::AccountId) -> DispatchResult {
		let mut proposal = Proposals::<T>::get(id).ok_or(Error::<T>::UnknownProposal)?;
		let policy = Policies::<T>::get(proposal.token).ok_or(Error::<T>::NoPolicy)?;
		ensure!(policy.approvers.contains(&who), Error::<T>::NotApprover);
		let ProposalState::Pending { expires } = proposal.state else {
			return Err(Error::<T>::AlreadyQueued.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() < expires, Error::<T>::Expired);
		ensure!(!proposal.approvals.contains(&who), Error::<T>::AlreadyApproved);
		// Approvals are distinct approvers, so there is room for one more.
		proposal.approvals.try_push(who.clone()).map_err(|_| Error::<T>::AlreadyApproved)?;
		let approvals = proposal.approvals.len() as u32;
		let token = proposal.token;
		Proposals::<T>::insert(id, proposal);
		Self::audit(AuditScope::Token(token), Some(who.clone()), AuditAction::Approved { id });
		Self::deposit_event(Event::Approved { id, who, approvals });
		Self::advance(id, &policy);
		Ok(())
	}

	/// Fails unless `proposal` passes `policy`: `threshold` approvals from its current
	/// approvers, and among them a holder of the token role its operation needs.
	fn ensure_approved(proposal: &ProposalOf<T>, policy: &PolicyOf<T>) -> DispatchResult {
		let mut approvers = proposal.approvals.iter().filter(|a| policy.approvers.contains(a));
		let approvals = approvers.clone().count() as u32;
		ensure!(approvals >= policy.threshold, Error::<T>::BelowThreshold);
		if let Some(role) = proposal.operation.needs_role() {
			ensure!(
				approvers.any(|a| T::Tokens::has_role(&proposal.token, &role, a)),
				Error::<T>::RoleNotApproving
			);
		}
		Ok(())
	}

	/// Queues proposal `id` once it passes `policy`, or executes it at once when the policy has
	/// no time lock.
	fn advance(id: u32, policy: &PolicyOf<T>) {
		let Some(mut proposal) = Proposals::<T>::get(id) else { return };
		if Self::ensure_approved(&proposal, policy).is_err() {
			return;
		}
		if policy.delay.is_zero() {
			return Self::run(id, proposal);
		}
		let eta = frame_system::Pallet::<T>::block_number().saturating_add(policy.delay);
		proposal.state = ProposalState::Queued { eta };
		let token = proposal.token;
		Proposals::<T>::insert(id, proposal);
		Self::audit(AuditScope::Token(token), None, AuditAction::Queued { id, eta });
		Self::deposit_event(Event::Queued { id, eta });
	}

	/// Executes queued proposal `id`, its time lock over, if the live policy still reserves its
	/// operation and it still passes the policy (the policy may have changed since it was
	/// queued).
	pub fn do_execute(id: u32) -> DispatchResult {
		let proposal = Proposals::<T>::get(id).ok_or(Error::<T>::UnknownProposal)?;
		let ProposalState::Queued { eta } = proposal.state else {
			return Err(Error::<T>::NotQueued.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() >= eta, Error::<T>::TooEarly);
		let policy = Policies::<T>::get(proposal.token).ok_or(Error::<T>::NoPolicy)?;
		ensure!(policy.reserves(&proposal.operation), Error::<T>::NotReserved);
		Self::ensure_approved(&proposal, &policy)?;
		Self::run(id, proposal);
		Ok(())
	}

	/// Closes `proposal` and performs its operation, all or nothing; `Executed` says how it
	/// went.
	fn run(id: u32, proposal: ProposalOf<T>) {
		let token = proposal.token;
		Self::close(id, token);
		let result = with_storage_layer(|| Self::perform(token, proposal.operation));
		Self::audit(
			AuditScope::Token(token),
			None,
			AuditAction::Executed { id, ok: result.is_ok() },
		);
		Self::deposit_event(Event::Executed { id, result });
	}

	/// Performs `operation` on `token`, as the approved path: through the token standard.
	fn perform(token: T::AssetId, operation: OperationOf<T>) -> DispatchResult {
		match operation {
			Operation::Mint { to, amount } => T::Tokens::mint(&token, &to, amount),
			Operation::GrantRole { role, who } => T::Tokens::grant_role(&token, role, &who),
			Operation::RevokeRole { role, who } => T::Tokens::revoke_role(&token, role, &who),
			Operation::SetLimits { class, limits } => {
				Self::do_set_limits(token, class, limits, None)
			},
			Operation::Unpause => T::Tokens::unpause(&token),
			Operation::Resume => Self::do_resume(token, None),
			Operation::Burn { from, amount } => T::Tokens::burn(&token, &from, amount),
			Operation::SetClass { who, class } => {
				Self::do_set_account_class(token, who, class, None)
			},
			Operation::SetBreaker { breaker } => Self::do_set_breaker(token, breaker, None),
			Operation::SetEmissionRecipient { recipient } => {
				T::Tokens::set_emission_recipient(&token, &recipient)
			},
		}
	}

	/// Removes proposal `id` of `token`.
	fn close(id: u32, token: T::AssetId) {
		Proposals::<T>::remove(id);
		OpenProposals::<T>::mutate_exists(token, |open| {
			let left = open.unwrap_or_default().saturating_sub(1);
			*open = (left > 0).then_some(left);
		});
	}

	/// Who may cancel proposal `id`: the admin origin (`None`); a guardian or a security admin;
	/// its proposer while it is pending; anyone once it expired.
	pub(crate) fn authorize_cancel(
		origin: OriginFor<T>,
		id: u32,
	) -> Result<Option<T::AccountId>, DispatchError> {
		let proposal = Proposals::<T>::get(id).ok_or(Error::<T>::UnknownProposal)?;
		let origin = match T::AdminOrigin::try_origin(origin) {
			Ok(_) => return Ok(None),
			Err(origin) => origin,
		};
		let who = frame_system::ensure_signed(origin)?;
		let now = frame_system::Pallet::<T>::block_number();
		let (pending, expired) = match proposal.state {
			ProposalState::Pending { expires } => (true, now >= expires),
			ProposalState::Queued { .. } => (false, false),
		};
		let privileged =
			Self::has_role(Role::Guardian, &who) || Self::has_role(Role::SecurityAdmin, &who);
		ensure!(
			expired || privileged || (pending && who == proposal.proposer),
			Error::<T>::CannotCancel
		);
		Ok(Some(who))
	}

	/// Cancels proposal `id`, on `by`'s authority.
	pub fn do_cancel(id: u32, by: Option<T::AccountId>) -> DispatchResult {
		let proposal = Proposals::<T>::get(id).ok_or(Error::<T>::UnknownProposal)?;
		Self::close(id, proposal.token);
		Self::audit(AuditScope::Token(proposal.token), by.clone(), AuditAction::Cancelled { id });
		Self::deposit_event(Event::Cancelled { id, by });
		Ok(())
	}
}

/// What `pallet-tokens` asks before a caller performs an operation directly.
impl<T: Config> OperationGuard<T::AssetId, T::Balance> for Pallet<T> {
	fn may_mint(token: &T::AssetId, amount: T::Balance) -> DispatchResult {
		Self::ensure_not_reserved(token, |policy| {
			policy.mint_above.is_some_and(|most| amount > most)
		})
	}

	fn may_change_roles(token: &T::AssetId) -> DispatchResult {
		Self::ensure_not_reserved(token, |policy| policy.roles)
	}

	fn may_unpause(token: &T::AssetId) -> DispatchResult {
		Self::ensure_not_reserved(token, |policy| policy.unpause)
	}

	fn may_burn_from(token: &T::AssetId) -> DispatchResult {
		Self::ensure_not_reserved(token, |policy| policy.burns)
	}

	fn may_set_emission_recipient(token: &T::AssetId) -> DispatchResult {
		Self::ensure_not_reserved(token, |policy| policy.emission)
	}
}
