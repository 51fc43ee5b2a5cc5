//! Approvals and time locks: k-of-n proposals for reserved operations, executed after a delay.

use super::signed;
use crate::{
	mock::*, AccountClass, ApprovalPolicy, AuditAction, AuditScope, Error, Event, Limits,
	OpenProposals, Operation, PolicyOf, ProposalState, Proposals,
};
use frame_support::{assert_noop, assert_ok, traits::fungibles::Inspect, BoundedVec};
use rustorium_primitives::{OperationGuard, Pausable};
use sp_runtime::{DispatchError, DispatchResult};

const A1: AccountId = 11;
const A2: AccountId = 12;
const A3: AccountId = 13;

/// A 2-of-3 policy of A1, A2 and A3, reserving mints above 100, role changes, limit changes and
/// unpausing, with a time lock of `delay` blocks and proposals living 10 blocks.
fn policy(threshold: u32, delay: u64) -> PolicyOf<Test> {
	ApprovalPolicy {
		approvers: BoundedVec::truncate_from(vec![A1, A2, A3]),
		threshold,
		delay,
		ttl: 10,
		mint_above: Some(100),
		roles: true,
		limits: true,
		unpause: true,
	}
}

fn with_policy(threshold: u32, delay: u64) {
	assert_ok!(Security::set_approval_policy(signed(ADMIN), TOKEN, Some(policy(threshold, delay))));
}

fn mint_to_bob(amount: Balance) -> Operation<AccountId, Balance, u64> {
	Operation::Mint { to: BOB, amount }
}

fn executed(id: u32) -> Option<DispatchResult> {
	System::events().into_iter().find_map(|record| match record.event {
		RuntimeEvent::Security(Event::Executed { id: done, result }) if done == id => Some(result),
		_ => None,
	})
}

#[test]
fn a_2_of_3_policy_mints_once_two_approvers_approve() {
	build_and_execute(|| {
		with_policy(2, 0);
		// Directly, a minter may mint up to 100 and no more.
		assert_ok!(Security::may_mint(&TOKEN, 100));
		assert_eq!(Security::may_mint(&TOKEN, 101), Err(Error::<Test>::RequiresApproval.into()));
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(500)));
		System::assert_last_event(
			Event::Proposed { id: 0, token: TOKEN, proposer: A1, operation: mint_to_bob(500) }
				.into(),
		);
		assert_eq!(Assets::balance(TOKEN, BOB), 0);
		assert_ok!(Security::approve(signed(A2), 0));
		assert_eq!(executed(0), Some(Ok(())));
		assert_eq!(Assets::balance(TOKEN, BOB), 500);
		assert!(Proposals::<Test>::get(0).is_none());
		assert_eq!(OpenProposals::<Test>::get(TOKEN), 0);
		let actions: Vec<_> = Security::audit_trail(AuditScope::Token(TOKEN), 0, 10)
			.into_iter()
			.map(|entry| entry.action)
			.collect();
		assert_eq!(
			actions[1..],
			[
				AuditAction::Proposed { id: 0, operation: mint_to_bob(500) },
				AuditAction::Approved { id: 0 },
				AuditAction::Executed { id: 0, ok: true },
			]
		);
	});
}

#[test]
fn a_time_locked_unpause_executes_only_after_its_delay() {
	build_and_execute(|| {
		with_policy(1, 5);
		assert_ok!(MockTokens::pause(&TOKEN));
		assert_eq!(Security::may_unpause(&TOKEN), Err(Error::<Test>::RequiresApproval.into()));
		// One approval suffices: queued at once, executable from block 6.
		assert_ok!(Security::propose(signed(A1), TOKEN, Operation::Unpause));
		System::assert_last_event(Event::Queued { id: 0, eta: 6 }.into());
		go_to(5);
		assert_noop!(Security::execute(signed(BOB), 0), Error::<Test>::TooEarly);
		go_to(6);
		assert_ok!(Security::execute(signed(BOB), 0));
		assert_eq!(executed(0), Some(Ok(())));
		assert!(!MockTokens::is_paused(&TOKEN));
	});
}

#[test]
fn a_guardian_cancels_a_queued_proposal_during_its_delay() {
	build_and_execute(|| {
		with_policy(1, 5);
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(500)));
		// Queued: its proposer may no longer cancel it; a guardian may.
		assert_noop!(Security::cancel(signed(A1), 0), Error::<Test>::CannotCancel);
		assert_noop!(Security::cancel(signed(BOB), 0), Error::<Test>::CannotCancel);
		assert_ok!(Security::cancel(signed(GUARDIAN), 0));
		System::assert_last_event(Event::Cancelled { id: 0, by: Some(GUARDIAN) }.into());
		go_to(6);
		assert_noop!(Security::execute(signed(BOB), 0), Error::<Test>::UnknownProposal);
		assert_eq!(Assets::balance(TOKEN, BOB), 0);
	});
}

#[test]
fn a_proposal_expires_unapproved_and_anyone_may_then_clear_it() {
	build_and_execute(|| {
		with_policy(2, 0);
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(500)));
		// Pending: its proposer may cancel it, nobody else unprivileged.
		assert_noop!(Security::cancel(signed(BOB), 0), Error::<Test>::CannotCancel);
		go_to(11);
		assert_noop!(Security::approve(signed(A2), 0), Error::<Test>::Expired);
		assert_ok!(Security::cancel(signed(BOB), 0));
		assert_eq!(OpenProposals::<Test>::get(TOKEN), 0);
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(1)));
		assert_ok!(Security::cancel(signed(A1), 1));
	});
}

#[test]
fn set_approval_policy_refuses_bad_input_and_only_root_replaces_a_policy() {
	build_and_execute(|| {
		let bad = |edit: fn(&mut PolicyOf<Test>)| {
			let mut p = policy(2, 0);
			edit(&mut p);
			Some(p)
		};
		for invalid in [
			bad(|p| p.threshold = 0),
			bad(|p| p.threshold = 4),
			bad(|p| p.approvers = BoundedVec::truncate_from(vec![A1, A1, A2])),
			bad(|p| p.ttl = 0),
		] {
			assert_noop!(
				Security::set_approval_policy(signed(ADMIN), TOKEN, invalid),
				Error::<Test>::InvalidPolicy
			);
		}
		assert_noop!(
			Security::set_approval_policy(signed(ADMIN), NO_TOKEN, Some(policy(2, 0))),
			Error::<Test>::UnknownToken
		);
		assert_noop!(
			Security::set_approval_policy(signed(GUARDIAN), TOKEN, Some(policy(2, 0))),
			Error::<Test>::NotAuthorized
		);
		with_policy(2, 0);
		System::assert_last_event(
			Event::PolicySet { token: TOKEN, policy: Some(policy(2, 0)) }.into(),
		);
		// A security admin cannot lift the approvals it is subject to; root can.
		assert_noop!(
			Security::set_approval_policy(signed(ADMIN), TOKEN, None),
			Error::<Test>::PolicyLocked
		);
		assert_ok!(Security::set_approval_policy(RuntimeOrigin::root(), TOKEN, None));
		assert_ok!(Security::may_mint(&TOKEN, 1_000));
	});
}

#[test]
fn propose_approve_execute_and_cancel_refuse_bad_input() {
	build_and_execute(|| {
		assert_noop!(Security::propose(signed(A1), TOKEN, mint_to_bob(1)), Error::<Test>::NoPolicy);
		with_policy(2, 5);
		assert_noop!(
			Security::propose(signed(BOB), TOKEN, mint_to_bob(1)),
			Error::<Test>::NotApprover
		);
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(1)));
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(2)));
		// Two open at most.
		assert_noop!(
			Security::propose(signed(A1), TOKEN, mint_to_bob(3)),
			Error::<Test>::TooManyProposals
		);
		assert_noop!(Security::approve(signed(A2), 9), Error::<Test>::UnknownProposal);
		assert_noop!(Security::approve(signed(BOB), 0), Error::<Test>::NotApprover);
		assert_noop!(Security::approve(signed(A1), 0), Error::<Test>::AlreadyApproved);
		assert_noop!(Security::execute(signed(BOB), 0), Error::<Test>::NotQueued);
		assert_ok!(Security::approve(signed(A2), 0));
		assert!(matches!(
			Proposals::<Test>::get(0).unwrap().state,
			ProposalState::Queued { eta: 6 }
		));
		assert_noop!(Security::approve(signed(A3), 0), Error::<Test>::AlreadyQueued);
		assert_noop!(Security::execute(signed(BOB), 9), Error::<Test>::UnknownProposal);
		assert_noop!(Security::cancel(signed(BOB), 9), Error::<Test>::UnknownProposal);
		assert_noop!(Security::execute(RuntimeOrigin::none(), 0), DispatchError::BadOrigin);
	});
}

#[test]
fn reserved_limit_changes_and_resumes_go_through_proposals() {
	build_and_execute(|| {
		with_policy(1, 0);
		let limits = Limits { window: 10, max_transfers: Some(1), max_volume: None, cooldown: 0 };
		assert_noop!(
			Security::set_limits(
				signed(ADMIN),
				TOKEN,
				AccountClass::Standard,
				Some(limits.clone())
			),
			Error::<Test>::RequiresApproval
		);
		assert_ok!(Security::propose(
			signed(A1),
			TOKEN,
			Operation::SetLimits { class: AccountClass::Standard, limits: Some(limits) }
		));
		assert_ok!(send(ALICE, 1));
		assert_eq!(send(ALICE, 1), Err(Error::<Test>::TooManyTransfers.into()));
		assert_ok!(Security::halt(signed(GUARDIAN), TOKEN));
		assert_noop!(Security::resume(signed(ADMIN), TOKEN), Error::<Test>::RequiresApproval);
		assert_ok!(Security::propose(signed(A1), TOKEN, Operation::Resume));
		assert_eq!(executed(1), Some(Ok(())));
		go_to(10);
		assert_ok!(send(ALICE, 1));
		assert_eq!(Security::may_change_roles(&TOKEN), Err(Error::<Test>::RequiresApproval.into()));
	});
}

#[test]
fn a_proposal_whose_operation_fails_is_closed_with_its_error_and_changes_nothing_else() {
	build_and_execute(|| {
		with_policy(1, 0);
		let supply = Assets::total_issuance(TOKEN);
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(CAP)));
		// The mock's refusal (events keep no error message).
		assert!(matches!(executed(0), Some(Err(DispatchError::Other(_)))));
		assert_eq!(Assets::total_issuance(TOKEN), supply);
		assert!(Proposals::<Test>::get(0).is_none());
		let last = Security::audit_trail(AuditScope::Token(TOKEN), 0, 10).pop().unwrap();
		assert_eq!(last.action, AuditAction::Executed { id: 0, ok: false });
	});
}
