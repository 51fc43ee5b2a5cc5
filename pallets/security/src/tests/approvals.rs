//! Approvals and time locks: k-of-n proposals for reserved operations, executed after a delay.

use super::signed;
use crate::{
	mock::*, AccountClass, ApprovalPolicy, AuditAction, AuditScope, Error, Event, Limits,
	OpenProposals, Operation, PolicyOf, ProposalState, Proposals,
};
use frame_support::{assert_noop, assert_ok, traits::fungibles::Inspect, BoundedVec};
use rustorium_primitives::{OperationGuard, Pausable, Permissioned, Role as TokenRole};
use sp_runtime::{DispatchError, DispatchResult};

const A1: AccountId = 11;
const A2: AccountId = 12;
const A3: AccountId = 13;
/// An `Admin` of `TOKEN`: sets its first policy.
const TOKEN_ADMIN: AccountId = 5;

/// A 2-of-3 policy of A1, A2 and A3, reserving mints above 100 and every other operation, with a
/// time lock of `delay` blocks and proposals living 10 blocks.
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
		burns: true,
		classes: true,
		breaker: true,
		emission: true,
	}
}

/// Makes `TOKEN_ADMIN` an admin of `TOKEN` and A1 its minter and burner, and has the admin set
/// [`policy`].
fn with_policy(threshold: u32, delay: u64) {
	make_token_admin();
	for role in [TokenRole::Minter, TokenRole::Burner] {
		assert_ok!(MockTokens::grant_role(&TOKEN, role, &A1));
	}
	assert_ok!(Security::set_approval_policy(
		signed(TOKEN_ADMIN),
		TOKEN,
		Some(policy(threshold, delay))
	));
}

fn make_token_admin() {
	if !MockTokens::is_admin(&TOKEN, &TOKEN_ADMIN) {
		assert_ok!(MockTokens::grant_role(&TOKEN, TokenRole::Admin, &TOKEN_ADMIN));
	}
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
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(101)));
		assert_ok!(Security::cancel(signed(A1), 1));
	});
}

#[test]
fn set_approval_policy_refuses_bad_input_and_only_root_replaces_a_policy() {
	build_and_execute(|| {
		make_token_admin();
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
				Security::set_approval_policy(signed(TOKEN_ADMIN), TOKEN, invalid),
				Error::<Test>::InvalidPolicy
			);
		}
		assert_noop!(
			Security::set_approval_policy(RuntimeOrigin::root(), NO_TOKEN, Some(policy(2, 0))),
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
		// The token's admin cannot lift the approvals it is subject to; root can.
		assert_noop!(
			Security::set_approval_policy(signed(TOKEN_ADMIN), TOKEN, None),
			Error::<Test>::PolicyLocked
		);
		assert_ok!(Security::set_approval_policy(RuntimeOrigin::root(), TOKEN, None));
		assert_ok!(Security::may_mint(&TOKEN, 1_000));
	});
}

#[test]
fn propose_approve_execute_and_cancel_refuse_bad_input() {
	build_and_execute(|| {
		assert_noop!(
			Security::propose(signed(A1), TOKEN, mint_to_bob(101)),
			Error::<Test>::NoPolicy
		);
		with_policy(2, 5);
		assert_noop!(
			Security::propose(signed(BOB), TOKEN, mint_to_bob(101)),
			Error::<Test>::NotApprover
		);
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(101)));
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(102)));
		// Two open at most.
		assert_noop!(
			Security::propose(signed(A1), TOKEN, mint_to_bob(103)),
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

#[test]
fn a_security_admin_cannot_set_a_tokens_first_policy_and_mint_itself_the_token() {
	build_and_execute(|| {
		// The attack: a chain-level security admin, holding no role on the token, makes itself
		// the sole approver of a first policy without a time lock and mints to itself.
		let mut own = policy(1, 0);
		own.approvers = BoundedVec::truncate_from(vec![ADMIN]);
		assert_noop!(
			Security::set_approval_policy(signed(ADMIN), TOKEN, Some(own.clone())),
			Error::<Test>::NotAuthorized
		);
		// The token's own admin, or root, sets it.
		make_token_admin();
		assert_ok!(Security::set_approval_policy(signed(TOKEN_ADMIN), TOKEN, Some(own)));
		// Even as the sole approver it mints nothing without a minter among the approvals, and
		// takes no admin role: the proposal waits for approvals it cannot get.
		let supply = Assets::total_issuance(TOKEN);
		assert_ok!(Security::propose(
			signed(ADMIN),
			TOKEN,
			Operation::Mint { to: ADMIN, amount: 500 }
		));
		assert_eq!(executed(0), None);
		assert!(matches!(Proposals::<Test>::get(0).unwrap().state, ProposalState::Pending { .. }));
		assert_eq!(Assets::total_issuance(TOKEN), supply);
	});
}

#[test]
fn a_proposal_may_carry_only_an_operation_its_policy_reserves() {
	build_and_execute(|| {
		make_token_admin();
		let mut narrow = policy(1, 0);
		narrow.roles = false;
		narrow.burns = false;
		assert_ok!(Security::set_approval_policy(signed(TOKEN_ADMIN), TOKEN, Some(narrow)));
		assert_ok!(MockTokens::grant_role(&TOKEN, TokenRole::Minter, &A1));
		// A mint up to `mint_above` is a minter's to do directly, not an approver's.
		assert_noop!(
			Security::propose(signed(A1), TOKEN, mint_to_bob(100)),
			Error::<Test>::NotReserved
		);
		for operation in [
			Operation::GrantRole { role: TokenRole::Admin, who: A1 },
			Operation::RevokeRole { role: TokenRole::Admin, who: TOKEN_ADMIN },
			Operation::Burn { from: ALICE, amount: 1 },
		] {
			assert_noop!(
				Security::propose(signed(A1), TOKEN, operation),
				Error::<Test>::NotReserved
			);
		}
		assert!(!MockTokens::has_role(&TOKEN, &TokenRole::Admin, &A1));
	});
}

#[test]
fn a_mint_passes_only_once_a_minter_approves_it() {
	build_and_execute(|| {
		with_policy(2, 0);
		// A2 and A3 hold no token role: their two approvals are not enough to mint.
		assert_ok!(Security::propose(signed(A2), TOKEN, mint_to_bob(500)));
		assert_ok!(Security::approve(signed(A3), 0));
		assert_eq!(executed(0), None);
		assert_eq!(Assets::balance(TOKEN, BOB), 0);
		// A1, a minter, approves: it executes.
		assert_ok!(Security::approve(signed(A1), 0));
		assert_eq!(executed(0), Some(Ok(())));
		assert_eq!(Assets::balance(TOKEN, BOB), 500);
		// A clawback likewise needs a burner.
		assert_ok!(Security::propose(signed(A2), TOKEN, Operation::Burn { from: BOB, amount: 5 }));
		assert_ok!(Security::approve(signed(A3), 1));
		assert_eq!(Assets::balance(TOKEN, BOB), 500);
		assert_ok!(Security::approve(signed(A1), 1));
		assert_eq!(executed(1), Some(Ok(())));
		assert_eq!(Assets::balance(TOKEN, BOB), 495);
	});
}

#[test]
fn execution_checks_the_live_policy_again() {
	build_and_execute(|| {
		with_policy(1, 5);
		assert_ok!(Security::propose(signed(A1), TOKEN, mint_to_bob(500)));
		assert_ok!(Security::propose(
			signed(A1),
			TOKEN,
			Operation::GrantRole { role: TokenRole::Admin, who: A2 }
		));
		// Root replaces the policy: role changes are no longer reserved, and the threshold is 2.
		let mut stricter = policy(2, 5);
		stricter.roles = false;
		assert_ok!(Security::set_approval_policy(RuntimeOrigin::root(), TOKEN, Some(stricter)));
		go_to(6);
		assert_noop!(Security::execute(signed(BOB), 0), Error::<Test>::BelowThreshold);
		assert_noop!(Security::execute(signed(BOB), 1), Error::<Test>::NotReserved);
		// A1 leaves the approvers: its approval no longer counts.
		let mut without_a1 = policy(1, 5);
		without_a1.approvers = BoundedVec::truncate_from(vec![A2, A3]);
		assert_ok!(Security::set_approval_policy(RuntimeOrigin::root(), TOKEN, Some(without_a1)));
		assert_noop!(Security::execute(signed(BOB), 0), Error::<Test>::BelowThreshold);
		assert_eq!(Assets::balance(TOKEN, BOB), 0);
		assert!(!MockTokens::has_role(&TOKEN, &TokenRole::Admin, &A2));
	});
}

#[test]
fn class_breaker_and_emission_changes_can_be_reserved() {
	build_and_execute(|| {
		with_policy(1, 0);
		assert_noop!(
			Security::set_account_class(signed(ADMIN), TOKEN, BOB, AccountClass::Exempt),
			Error::<Test>::RequiresApproval
		);
		assert_noop!(
			Security::set_breaker(signed(ADMIN), TOKEN, None),
			Error::<Test>::RequiresApproval
		);
		assert_eq!(
			Security::may_set_emission_recipient(&TOKEN),
			Err(Error::<Test>::RequiresApproval.into())
		);
		assert_eq!(Security::may_burn_from(&TOKEN), Err(Error::<Test>::RequiresApproval.into()));
		// Through proposals they happen.
		assert_ok!(Security::propose(
			signed(A1),
			TOKEN,
			Operation::SetClass { who: BOB, class: AccountClass::Exempt }
		));
		assert_eq!(executed(0), Some(Ok(())));
		assert_eq!(crate::Accounts::<Test>::get(TOKEN, BOB).unwrap().class, AccountClass::Exempt);
		let breaker = crate::Breaker {
			max_block_share: sp_runtime::Permill::from_percent(1),
			pause_blocks: 5,
		};
		assert_ok!(Security::propose(
			signed(A1),
			TOKEN,
			Operation::SetBreaker { breaker: Some(breaker.clone()) }
		));
		assert_eq!(executed(1), Some(Ok(())));
		assert_eq!(crate::Settings::<Test>::get(TOKEN).unwrap().breaker, Some(breaker));
		assert_ok!(Security::propose(
			signed(A1),
			TOKEN,
			Operation::SetEmissionRecipient { recipient: BOB }
		));
		assert_eq!(executed(2), Some(Ok(())));
		assert_eq!(emission_recipient(TOKEN), Some(BOB));
	});
}
