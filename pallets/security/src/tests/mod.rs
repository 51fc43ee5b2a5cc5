//! The pallet's behaviour, one test per rule.

use crate::{
	mock::*, AccountClass, Accounts, AuditAction, AuditHeads, AuditScope, Breaker, Error, Event,
	Limits, PruneCursor, Role, Roles, Settings,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};
use sp_runtime::{DispatchError, Permill};

pub(super) fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// At most `transfers` transfers and `volume` sent per window of `window` blocks, `cooldown`
/// blocks apart.
fn limits(
	window: u64,
	transfers: Option<u32>,
	volume: Option<Balance>,
	cooldown: u64,
) -> Limits<Balance, u64> {
	Limits { window, max_transfers: transfers, max_volume: volume, cooldown }
}

fn set_standard(limits: Limits<Balance, u64>) {
	assert_ok!(Security::set_limits(signed(ADMIN), TOKEN, AccountClass::Standard, Some(limits)));
}

/// The token's audit entries' actions, oldest first.
fn trail(scope: AuditScope<AssetId>) -> Vec<crate::ActionOf<Test>> {
	Security::audit_trail(scope, 0, 100).into_iter().map(|entry| entry.action).collect()
}

#[test]
fn security_admins_grant_and_revoke_roles() {
	build_and_execute(|| {
		assert_ok!(Security::grant_role(signed(ADMIN), Role::Auditor, ALICE));
		assert!(Roles::<Test>::contains_key(Role::Auditor, ALICE));
		System::assert_last_event(
			Event::RoleGranted { role: Role::Auditor, who: ALICE, by: Some(ADMIN) }.into(),
		);
		// Root may too.
		assert_ok!(Security::revoke_role(RuntimeOrigin::root(), Role::Auditor, ALICE));
		assert!(!Roles::<Test>::contains_key(Role::Auditor, ALICE));
		System::assert_last_event(
			Event::RoleRevoked { role: Role::Auditor, who: ALICE, by: None }.into(),
		);
		assert_eq!(
			trail(AuditScope::Chain)[2..],
			[
				AuditAction::RoleGranted { role: Role::Auditor, who: ALICE },
				AuditAction::RoleRevoked { role: Role::Auditor, who: ALICE },
			]
		);
	});
}

#[test]
fn role_calls_refuse_bad_input() {
	build_and_execute(|| {
		// A guardian is no security admin; an account with no role neither.
		assert_noop!(
			Security::grant_role(signed(GUARDIAN), Role::Guardian, ALICE),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Security::grant_role(signed(ALICE), Role::SecurityAdmin, ALICE),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Security::grant_role(RuntimeOrigin::none(), Role::Auditor, ALICE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Security::grant_role(signed(ADMIN), Role::Guardian, GUARDIAN),
			Error::<Test>::RoleAlreadyHeld
		);
		assert_noop!(
			Security::revoke_role(signed(ADMIN), Role::Auditor, ALICE),
			Error::<Test>::RoleNotHeld
		);
		assert_noop!(
			Security::revoke_role(signed(ALICE), Role::Guardian, GUARDIAN),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn limit_calls_set_and_audit_old_and_new_values() {
	build_and_execute(|| {
		let first = limits(10, Some(2), None, 0);
		set_standard(first.clone());
		System::assert_last_event(
			Event::LimitsSet {
				token: TOKEN,
				class: AccountClass::Standard,
				limits: Some(first.clone()),
			}
			.into(),
		);
		let second = limits(10, Some(3), Some(500), 0);
		set_standard(second.clone());
		assert_ok!(Security::set_limits(signed(ADMIN), TOKEN, AccountClass::Standard, None));
		assert!(Settings::<Test>::get(TOKEN).is_none(), "settings that guard nothing stay stored");
		assert_eq!(
			trail(AuditScope::Token(TOKEN)),
			[
				AuditAction::LimitsSet {
					class: AccountClass::Standard,
					before: None,
					after: Some(first.clone())
				},
				AuditAction::LimitsSet {
					class: AccountClass::Standard,
					before: Some(first),
					after: Some(second.clone())
				},
				AuditAction::LimitsSet {
					class: AccountClass::Standard,
					before: Some(second),
					after: None
				},
			]
		);
	});
}

#[test]
fn limit_calls_refuse_bad_input() {
	build_and_execute(|| {
		let ok = Some(limits(10, Some(2), None, 0));
		assert_noop!(
			Security::set_limits(signed(GUARDIAN), TOKEN, AccountClass::Standard, ok.clone()),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Security::set_limits(signed(ADMIN), NO_TOKEN, AccountClass::Standard, ok.clone()),
			Error::<Test>::UnknownToken
		);
		assert_noop!(
			Security::set_limits(signed(ADMIN), TOKEN, AccountClass::Exempt, ok),
			Error::<Test>::ExemptHasNoLimits
		);
		assert_noop!(
			Security::set_limits(
				signed(ADMIN),
				TOKEN,
				AccountClass::Standard,
				Some(limits(0, None, Some(5), 0))
			),
			Error::<Test>::ZeroWindow
		);
		assert_noop!(
			Security::set_account_class(signed(ADMIN), NO_TOKEN, ALICE, AccountClass::Exempt),
			Error::<Test>::UnknownToken
		);
		assert_noop!(
			Security::set_account_class(signed(ALICE), TOKEN, ALICE, AccountClass::Exempt),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn a_sender_may_send_so_many_transfers_per_window_and_the_next_window_starts_afresh() {
	build_and_execute(|| {
		set_standard(limits(10, Some(2), None, 0));
		// Window [0, 10): two transfers, the third refused, up to its last block.
		assert_ok!(send(ALICE, 1));
		go_to(9);
		assert_ok!(send(ALICE, 1));
		assert_eq!(send(ALICE, 1), Err(Error::<Test>::TooManyTransfers.into()));
		// The first block of the next window.
		go_to(10);
		assert_ok!(send(ALICE, 1));
		assert_ok!(send(ALICE, 1));
		assert_eq!(send(ALICE, 1), Err(Error::<Test>::TooManyTransfers.into()));
		// Another sender has its own counters.
		assert_ok!(send(BOB, 1));
	});
}

#[test]
fn a_sender_may_send_so_much_per_window() {
	build_and_execute(|| {
		set_standard(limits(5, None, Some(100), 0));
		assert_ok!(send(ALICE, 60));
		assert_eq!(send(ALICE, 41), Err(Error::<Test>::VolumeExceeded.into()));
		// Validation changes nothing: exactly the rest still goes.
		assert_ok!(send(ALICE, 40));
		assert_eq!(send(ALICE, 1), Err(Error::<Test>::VolumeExceeded.into()));
		go_to(5);
		assert_ok!(send(ALICE, 100));
		let state = Accounts::<Test>::get(TOKEN, ALICE).unwrap();
		assert_eq!((state.window, state.transfers, state.volume, state.last), (5, 1, 100, Some(5)));
	});
}

#[test]
fn transaction_validation_refuses_with_the_error_s_index() {
	build_and_execute(|| {
		use sp_runtime::transaction_validity::InvalidTransaction;
		set_standard(limits(10, Some(1), Some(100), 0));
		assert_eq!(
			Security::validate_transfer_tx(&TOKEN, &ALICE, 101),
			Err(InvalidTransaction::Custom(14).into())
		);
		assert_ok!(send(ALICE, 1));
		assert_eq!(
			Security::validate_transfer_tx(&TOKEN, &ALICE, 1),
			Err(InvalidTransaction::Custom(13).into())
		);
		assert_ok!(Security::halt(signed(GUARDIAN), TOKEN));
		assert_eq!(
			Security::validate_transfer_tx(&TOKEN, &BOB, 1),
			Err(InvalidTransaction::Custom(10).into())
		);
	});
}

#[test]
fn a_refused_attempt_that_reached_dispatch_is_recorded_with_its_reason() {
	build_and_execute(|| {
		use crate::Rejection;
		set_standard(limits(10, None, Some(100), 0));
		let refused = send(ALICE, 101).unwrap_err();
		assert!(Security::note_rejected(&TOKEN, &ALICE, 101, &refused));
		System::assert_last_event(
			Event::TransferRejected {
				token: TOKEN,
				who: ALICE,
				amount: 101,
				reason: Rejection::VolumeExceeded,
			}
			.into(),
		);
		let last = Security::audit_trail(AuditScope::Rejections(TOKEN), 0, 100).pop().unwrap();
		assert_eq!(last.actor, Some(ALICE));
		assert_eq!(
			last.action,
			AuditAction::TransferRejected { amount: 101, reason: Rejection::VolumeExceeded }
		);
		// Each of the pallet's refusals has its reason.
		for (error, reason) in [
			(Error::<Test>::TokenHalted, Rejection::Halted),
			(Error::<Test>::BreakerOpen, Rejection::BreakerOpen),
			(Error::<Test>::CoolingDown, Rejection::CoolingDown),
			(Error::<Test>::TooManyTransfers, Rejection::TooManyTransfers),
			(Error::<Test>::VolumeExceeded, Rejection::VolumeExceeded),
		] {
			assert_eq!(Security::rejection(&error.into()), Some(reason));
		}
		// Other failures are no security refusal: nothing is recorded.
		let entries = AuditHeads::<Test>::get(AuditScope::Rejections(TOKEN));
		for other in [
			DispatchError::Other("insufficient balance"),
			Error::<Test>::NotAuthorized.into(),
			DispatchError::Module(sp_runtime::ModuleError {
				index: 200,
				error: [14, 0, 0, 0],
				message: None,
			}),
		] {
			assert!(!Security::note_rejected(&TOKEN, &ALICE, 1, &other));
		}
		assert_eq!(AuditHeads::<Test>::get(AuditScope::Rejections(TOKEN)), entries);
	});
}

#[test]
fn refused_transfers_never_push_the_tokens_administrative_entries_out() {
	build_and_execute(|| {
		set_standard(limits(10, None, Some(100), 0));
		// The attack: a limited sender's refused attempts, more than a ring holds.
		let refused = send(ALICE, 101).unwrap_err();
		for _ in 0..10 {
			assert!(Security::note_rejected(&TOKEN, &ALICE, 101, &refused));
		}
		// The token's own trail still has the limits change, first.
		assert!(matches!(
			trail(AuditScope::Token(TOKEN)).as_slice(),
			[AuditAction::LimitsSet { .. }]
		));
		assert_eq!(trail(AuditScope::Rejections(TOKEN)).len(), 4);
		// The token pallet's administrative actions reach the token's trail, with their actor.
		use rustorium_primitives::{TokenAction, TokenObserver};
		Security::on_action(&TOKEN, Some(&ALICE), TokenAction::Paused);
		let last = Security::audit_trail(AuditScope::Token(TOKEN), 0, 10).pop().unwrap();
		assert_eq!(last.actor, Some(ALICE));
		assert_eq!(last.action, AuditAction::Token { action: TokenAction::Paused });
	});
}

#[test]
fn the_runtime_s_own_accounts_are_not_limited_but_a_halt_stops_them() {
	build_and_execute(|| {
		set_standard(limits(10, Some(1), Some(10), 5));
		assert_ok!(send(POOL, 100));
		assert_ok!(send(POOL, 100));
		assert!(Accounts::<Test>::get(TOKEN, POOL).is_none());
		// Any other sender is limited.
		assert_eq!(send(ALICE, 11), Err(Error::<Test>::VolumeExceeded.into()));
		assert_ok!(Security::halt(signed(GUARDIAN), TOKEN));
		assert_eq!(send(POOL, 1), Err(Error::<Test>::TokenHalted.into()));
	});
}

#[test]
fn a_sender_waits_its_cooldown_between_transfers() {
	build_and_execute(|| {
		set_standard(limits(0, None, None, 3));
		assert_ok!(send(ALICE, 1));
		go_to(3);
		assert_eq!(send(ALICE, 1), Err(Error::<Test>::CoolingDown.into()));
		go_to(4);
		assert_ok!(send(ALICE, 1));
	});
}

#[test]
fn verified_senders_have_their_own_limits_and_exempt_ones_none() {
	build_and_execute(|| {
		set_standard(limits(10, Some(1), None, 0));
		assert_ok!(Security::set_limits(
			signed(ADMIN),
			TOKEN,
			AccountClass::Verified,
			Some(limits(10, Some(3), None, 0))
		));
		assert_ok!(Security::set_account_class(
			signed(ADMIN),
			TOKEN,
			ALICE,
			AccountClass::Verified
		));
		System::assert_last_event(
			Event::AccountClassSet { token: TOKEN, who: ALICE, class: AccountClass::Verified }
				.into(),
		);
		for _ in 0..3 {
			assert_ok!(send(ALICE, 1));
		}
		assert_eq!(send(ALICE, 1), Err(Error::<Test>::TooManyTransfers.into()));
		assert_ok!(Security::set_account_class(signed(ADMIN), TOKEN, BOB, AccountClass::Exempt));
		for _ in 0..10 {
			assert_ok!(send(BOB, 1));
		}
		// An exempt sender leaves no counters.
		assert_eq!(Accounts::<Test>::get(TOKEN, BOB).unwrap().last, None);
	});
}

#[test]
fn the_breaker_trips_on_a_burst_and_stops_the_token_for_a_while() {
	build_and_execute(|| {
		// 1% of the 1,000,000 supply a block.
		let breaker = Breaker { max_block_share: Permill::from_percent(1), pause_blocks: 5 };
		assert_ok!(Security::set_breaker(signed(ADMIN), TOKEN, Some(breaker.clone())));
		System::assert_last_event(
			Event::BreakerSet { token: TOKEN, breaker: Some(breaker) }.into(),
		);
		assert_ok!(send(ALICE, 6_000));
		assert_ok!(send(BOB, 4_000));
		// Exactly 10,000 in the block: at the bound, not above it.
		assert_ok!(send(ALICE, 1));
		System::assert_last_event(
			Event::BreakerTripped { token: TOKEN, volume: 10_001, until: 6 }.into(),
		);
		assert_eq!(send(BOB, 1), Err(Error::<Test>::BreakerOpen.into()));
		go_to(5);
		assert_eq!(send(BOB, 1), Err(Error::<Test>::BreakerOpen.into()));
		go_to(6);
		assert_ok!(send(BOB, 1));
		// A new block starts a new volume.
		go_to(7);
		assert_ok!(send(ALICE, 10_000));
		assert_eq!(
			trail(AuditScope::Token(TOKEN)).last(),
			Some(&AuditAction::BreakerTripped { volume: 10_001, until: 6 })
		);
	});
}

#[test]
fn self_transfers_and_the_middle_legs_of_a_swap_do_not_count_toward_the_breaker() {
	build_and_execute(|| {
		let breaker = Breaker { max_block_share: Permill::from_percent(1), pause_blocks: 5 };
		assert_ok!(Security::set_breaker(signed(ADMIN), TOKEN, Some(breaker)));
		set_standard(limits(10, Some(3), None, 0));
		// The attack: a holder of 0.2% of the supply sends it to itself again and again.
		for _ in 0..10 {
			assert_ok!(send_to(BOB, BOB, 2_000));
		}
		assert_eq!(crate::BlockVolume::<Test>::get(TOKEN), None);
		assert_eq!(Accounts::<Test>::get(TOKEN, BOB), None);
		// A swap of 6,000: the user's leg counts, the leg from the runtime to the pool does not.
		assert_ok!(send_to(ALICE, RUNTIME, 6_000));
		assert_ok!(send_to(RUNTIME, POOL, 6_000));
		assert_eq!(crate::BlockVolume::<Test>::get(TOKEN), Some((1, 6_000)));
		// The way out of a swap: the pool's leg to the runtime does not count, the user's does.
		assert_ok!(send_to(POOL, RUNTIME, 4_000));
		assert_ok!(send_to(RUNTIME, BOB, 4_000));
		assert_eq!(crate::BlockVolume::<Test>::get(TOKEN), Some((1, 10_000)));
		assert!(!System::events().iter().any(|record| matches!(
			record.event,
			RuntimeEvent::Security(Event::BreakerTripped { .. })
		)));
	});
}

#[test]
fn resetting_a_breaker_forgets_the_volume_that_tripped_it() {
	build_and_execute(|| {
		let breaker = Breaker { max_block_share: Permill::from_percent(1), pause_blocks: 50 };
		assert_ok!(Security::set_breaker(signed(ADMIN), TOKEN, Some(breaker)));
		assert_ok!(send(ALICE, 10_001));
		assert_ok!(Security::reset_breaker(signed(GUARDIAN), TOKEN));
		assert_eq!(crate::BlockVolume::<Test>::get(TOKEN), None);
		// The same block: one more transfer does not trip it again.
		assert_ok!(send(ALICE, 1));
		assert_ok!(send(ALICE, 1));
		assert_eq!(crate::BlockVolume::<Test>::get(TOKEN), Some((1, 2)));
	});
}

#[test]
fn guardians_reset_a_tripped_breaker() {
	build_and_execute(|| {
		let breaker = Breaker { max_block_share: Permill::from_percent(1), pause_blocks: 50 };
		assert_ok!(Security::set_breaker(signed(ADMIN), TOKEN, Some(breaker)));
		assert_noop!(Security::reset_breaker(signed(GUARDIAN), TOKEN), Error::<Test>::NotTripped);
		assert_ok!(send(ALICE, 10_001));
		assert_noop!(Security::reset_breaker(signed(ALICE), TOKEN), Error::<Test>::NotAuthorized);
		assert_ok!(Security::reset_breaker(signed(GUARDIAN), TOKEN));
		System::assert_last_event(Event::BreakerReset { token: TOKEN, by: Some(GUARDIAN) }.into());
		go_to(2);
		assert_ok!(send(ALICE, 1));
	});
}

#[test]
fn set_breaker_refuses_bad_input() {
	build_and_execute(|| {
		let zero_share = Breaker { max_block_share: Permill::zero(), pause_blocks: 5 };
		assert_noop!(
			Security::set_breaker(signed(ADMIN), TOKEN, Some(zero_share)),
			Error::<Test>::InvalidBreaker
		);
		let no_pause = Breaker { max_block_share: Permill::from_percent(1), pause_blocks: 0 };
		assert_noop!(
			Security::set_breaker(signed(ADMIN), TOKEN, Some(no_pause.clone())),
			Error::<Test>::InvalidBreaker
		);
		assert_noop!(
			Security::set_breaker(signed(ADMIN), NO_TOKEN, None),
			Error::<Test>::UnknownToken
		);
		assert_noop!(
			Security::set_breaker(signed(GUARDIAN), TOKEN, None),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn a_guardian_halts_a_token_and_only_a_security_admin_resumes_it() {
	build_and_execute(|| {
		assert_ok!(Security::halt(signed(GUARDIAN), TOKEN));
		System::assert_last_event(Event::Halted { token: TOKEN, by: Some(GUARDIAN) }.into());
		assert_eq!(send(ALICE, 1), Err(Error::<Test>::TokenHalted.into()));
		assert_noop!(Security::halt(signed(ADMIN), TOKEN), Error::<Test>::AlreadyHalted);
		assert_noop!(Security::resume(signed(GUARDIAN), TOKEN), Error::<Test>::NotAuthorized);
		assert_ok!(Security::resume(signed(ADMIN), TOKEN));
		System::assert_last_event(Event::Resumed { token: TOKEN, by: Some(ADMIN) }.into());
		assert_noop!(Security::resume(signed(ADMIN), TOKEN), Error::<Test>::NotHalted);
		assert_noop!(Security::halt(signed(ALICE), TOKEN), Error::<Test>::NotAuthorized);
		assert_noop!(Security::halt(signed(GUARDIAN), NO_TOKEN), Error::<Test>::UnknownToken);
		assert_ok!(send(ALICE, 1));
		assert_eq!(trail(AuditScope::Token(TOKEN)), [AuditAction::Halted, AuditAction::Resumed]);
	});
}

#[test]
fn an_unguarded_token_moves_freely_and_records_nothing() {
	build_and_execute(|| {
		for _ in 0..5 {
			assert_ok!(send(ALICE, 1_000_000));
		}
		assert_eq!(Accounts::<Test>::iter().count(), 0);
		assert!(Settings::<Test>::get(TOKEN).is_none());
		// The policy says it recorded nothing; a guarded token's transfer is recorded.
		use rustorium_primitives::TransferPolicy as _;
		assert!(!Security::on_transfer(&TOKEN, &ALICE, &BOB, 1));
		set_standard(limits(5, None, Some(100), 0));
		assert!(Security::on_transfer(&TOKEN, &ALICE, &BOB, 1));
	});
}

#[test]
fn the_audit_ring_keeps_the_last_entries_in_order() {
	build_and_execute(|| {
		// The ring holds 4; six entries overwrite the two oldest.
		for _ in 0..3 {
			assert_ok!(Security::halt(signed(GUARDIAN), TOKEN));
			assert_ok!(Security::resume(signed(ADMIN), TOKEN));
		}
		let entries = Security::audit_trail(AuditScope::Token(TOKEN), 0, 10);
		assert_eq!(entries.len(), 4);
		let seqs: Vec<u64> = entries.iter().map(|entry| entry.seq).collect();
		// The chain's two role grants took 0 and 1; the token's six, 2 to 7.
		assert_eq!(seqs, vec![4, 5, 6, 7]);
		assert_eq!(AuditHeads::<Test>::get(AuditScope::Token(TOKEN)), (2, 4));
		// Paging: skip one, take two.
		let page: Vec<u64> =
			Security::audit_trail(AuditScope::Token(TOKEN), 1, 2).iter().map(|e| e.seq).collect();
		assert_eq!(page, vec![5, 6]);
		assert_eq!(entries[0].actor, Some(GUARDIAN));
		assert_eq!(entries[1].actor, Some(ADMIN));
	});
}

#[test]
fn on_idle_forgets_finished_windows_a_bounded_number_a_block() {
	build_and_execute(|| {
		set_standard(limits(10, Some(5), None, 0));
		for who in 10..15 {
			assert_ok!(send(who, 1));
		}
		assert_ok!(Security::set_account_class(signed(ADMIN), TOKEN, 20, AccountClass::Verified));
		// Still in the window: nothing to forget, though the walk moves on.
		Security::on_idle(5, Weight::MAX);
		assert_eq!(Accounts::<Test>::iter().count(), 6);
		assert!(PruneCursor::<Test>::get().is_some());
		go_to(10);
		// At most three a block; the walk wraps around; the verified account's class stays.
		let mut left = 6;
		for _ in 0..3 {
			Security::on_idle(10, Weight::MAX);
			let now = Accounts::<Test>::iter().count();
			assert!(left - now <= 3);
			left = now;
		}
		assert_eq!(left, 1);
		assert_eq!(Accounts::<Test>::get(TOKEN, 20).unwrap().class, AccountClass::Verified);
		// No weight, no work.
		assert_eq!(Security::on_idle(10, Weight::zero()), Weight::zero());
	});
}

#[test]
fn try_state_catches_an_audit_ring_longer_than_its_entries() {
	build_and_execute(|| {
		AuditHeads::<Test>::insert(AuditScope::Token(TOKEN), (1, 1));
		assert!(Security::do_try_state().is_err());
		AuditHeads::<Test>::remove(AuditScope::Token(TOKEN));
	});
}
mod approvals;
