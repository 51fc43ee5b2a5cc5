//! Inflation minted on a schedule, bounded per block, never past the cap.

use crate::{mock::*, EmissionQueue, Emissions, Error, Event, SkipReason};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungibles::Inspect, Hooks},
	BoundedVec,
};
use rustorium_primitives::{Feature, Inflation};
use sp_runtime::Perbill;

const INFLATING: AssetId = 8;
const PERIOD: u32 = 100;

/// 50% a year of 1,000 blocks, minted every 100 blocks: 5% of the supply each period.
fn inflating(max_supply: u128) -> rustorium_primitives::TokenConfig {
	let mut c = config();
	c.max_supply = max_supply;
	c.economics.inflation =
		Some(Inflation { annual_rate: Perbill::from_percent(50), period: PERIOD });
	c.features.try_push(Feature::Inflation).unwrap();
	c
}

fn create(id: AssetId, max_supply: u128) {
	assert_ok!(Tokens::create_token(
		RuntimeOrigin::signed(ALICE),
		id,
		inflating(max_supply),
		recipients()
	));
}

fn run_to(n: u64) {
	System::set_block_number(n);
	Tokens::on_initialize(n);
}

/// Fills the agendas of the `SLOT_SEARCH` blocks from `from` with tokens that do not exist.
fn fill_agendas(from: u64) {
	let full: BoundedVec<AssetId, _> = vec![100, 101].try_into().unwrap();
	for block in from..from + u64::from(crate::SLOT_SEARCH) {
		EmissionQueue::<Test>::insert(block, full.clone());
	}
}

fn supply() -> Balance {
	Assets::total_issuance(INFLATING)
}

#[test]
fn emission_mints_each_period_to_the_creator_and_schedules_the_next() {
	ExtBuilder::default().build_and_execute(|| {
		create(INFLATING, 2_000);
		System::assert_has_event(Event::EmissionScheduled { token: INFLATING, at: 101 }.into());
		run_to(100);
		assert_eq!(supply(), 1_000);
		run_to(101);
		assert_eq!(supply(), 1_050);
		assert_eq!(Assets::balance(INFLATING, ALICE), 50);
		System::assert_has_event(Event::Minted { token: INFLATING, to: ALICE, amount: 50 }.into());
		assert_eq!(Emissions::<Test>::get(INFLATING).unwrap().next, 201);
		assert!(EmissionQueue::<Test>::get(201).contains(&INFLATING));
		assert!(EmissionQueue::<Test>::get(101).is_empty());
		run_to(201);
		// 5% of 1,050, rounded down.
		assert_eq!(supply(), 1_102);
	});
}

#[test]
fn emission_stops_at_the_cap_and_ends() {
	ExtBuilder::default().build_and_execute(|| {
		create(INFLATING, 1_060);
		run_to(101);
		assert_eq!(supply(), 1_050);
		run_to(201);
		// The period would mint 52; the cap leaves 10.
		assert_eq!(supply(), 1_060);
		run_to(301);
		assert_eq!(supply(), 1_060);
		System::assert_has_event(Event::EmissionEnded { token: INFLATING }.into());
		assert!(Emissions::<Test>::get(INFLATING).is_none());
	});
}

#[test]
fn a_paused_token_skips_its_period_and_resumes_after_the_unpause() {
	ExtBuilder::default().build_and_execute(|| {
		create(INFLATING, 2_000);
		assert_ok!(Tokens::pause(RuntimeOrigin::signed(ALICE), INFLATING));
		run_to(101);
		assert_eq!(supply(), 1_000);
		System::assert_has_event(
			Event::EmissionSkipped { token: INFLATING, reason: SkipReason::Paused }.into(),
		);
		assert_ok!(Tokens::unpause(RuntimeOrigin::signed(ALICE), INFLATING));
		run_to(201);
		assert_eq!(supply(), 1_050);
	});
}

#[test]
fn admins_redirect_the_emission() {
	ExtBuilder::default().build_and_execute(|| {
		create(INFLATING, 2_000);
		assert_ok!(Tokens::set_emission_recipient(RuntimeOrigin::signed(ALICE), INFLATING, DAVE));
		System::assert_last_event(
			Event::EmissionRecipientSet { token: INFLATING, recipient: DAVE, by: ALICE }.into(),
		);
		run_to(101);
		assert_eq!(Assets::balance(INFLATING, DAVE), 50);
	});
}

#[test]
fn set_emission_recipient_refuses_bad_input() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		create(INFLATING, 2_000);
		let set =
			|who, token, to| Tokens::set_emission_recipient(RuntimeOrigin::signed(who), token, to);
		assert_noop!(set(BOB, INFLATING, BOB), Error::<Test>::MissingRole);
		assert_noop!(set(ALICE, 42, BOB), Error::<Test>::UnknownToken);
		assert_noop!(set(ALICE, TOKEN, BOB), Error::<Test>::NoEmission);
		assert_noop!(set(ALICE, INFLATING, ALICE), Error::<Test>::RecipientUnchanged);
	});
}

#[test]
fn a_full_agenda_moves_the_mint_to_the_next_block_with_room() {
	ExtBuilder::default().build_and_execute(|| {
		// Two tokens a block in the mock: the block of the first mint is full.
		let full: BoundedVec<AssetId, _> = vec![100, 101].try_into().unwrap();
		EmissionQueue::<Test>::insert(101, full);
		create(INFLATING, 2_000);
		assert_eq!(Emissions::<Test>::get(INFLATING).unwrap().next, 102);
		// The entries that are not tokens are dropped when their block comes.
		run_to(101);
		assert_eq!(supply(), 1_000);
		run_to(102);
		assert_eq!(supply(), 1_050);
	});
}

#[test]
fn creation_fails_and_changes_nothing_when_no_block_has_room() {
	ExtBuilder::default().build_and_execute(|| {
		fill_agendas(101);
		assert_noop!(
			Tokens::create_token(
				RuntimeOrigin::signed(ALICE),
				INFLATING,
				inflating(2_000),
				recipients()
			),
			Error::<Test>::EmissionQueueFull
		);
	});
}

#[test]
fn an_emission_with_no_room_for_its_next_mint_stops_with_an_event() {
	ExtBuilder::default().build_and_execute(|| {
		create(INFLATING, 2_000);
		fill_agendas(201);
		run_to(101);
		assert_eq!(supply(), 1_050);
		System::assert_has_event(Event::EmissionStopped { token: INFLATING }.into());
		// Stopped, not forgotten: its next block has passed and no agenda holds it.
		assert_eq!(Emissions::<Test>::get(INFLATING).unwrap().next, 101);
	});
}

#[test]
fn an_admin_restarts_an_emission_that_full_agendas_stopped() {
	ExtBuilder::default().build_and_execute(|| {
		create(INFLATING, 2_000);
		// The attack: fill every agenda the next mint could go to.
		fill_agendas(201);
		run_to(101);
		System::assert_has_event(Event::EmissionStopped { token: INFLATING }.into());
		// A running emission is not restarted, nor by an outsider, nor a token without one.
		assert_noop!(
			Tokens::restart_emission(RuntimeOrigin::signed(BOB), INFLATING),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			Tokens::restart_emission(RuntimeOrigin::signed(ALICE), 99),
			Error::<Test>::UnknownToken
		);
		// The agendas after the next period are still full: no room yet.
		assert_noop!(
			Tokens::restart_emission(RuntimeOrigin::signed(ALICE), INFLATING),
			Error::<Test>::EmissionQueueFull
		);
		// Later the agendas have room: the admin restarts it, one period from now.
		run_to(300);
		assert_ok!(Tokens::restart_emission(RuntimeOrigin::signed(ALICE), INFLATING));
		System::assert_last_event(
			Event::EmissionRestarted { token: INFLATING, at: 400, by: ALICE }.into(),
		);
		assert_noop!(
			Tokens::restart_emission(RuntimeOrigin::signed(ALICE), INFLATING),
			Error::<Test>::EmissionRunning
		);
		run_to(400);
		assert!(supply() > 1_050);
		// Clean up the filler agendas, which name no token, for the invariants.
		for block in 201..201 + u64::from(crate::SLOT_SEARCH) {
			EmissionQueue::<Test>::remove(block);
		}
	});
}

#[test]
fn a_token_without_emission_has_none_to_restart() {
	ExtBuilder::default().with_token().build_and_execute(|| {
		assert_noop!(
			Tokens::restart_emission(RuntimeOrigin::signed(ALICE), TOKEN),
			Error::<Test>::NoEmission
		);
	});
}
