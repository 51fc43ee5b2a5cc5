//! Benchmarks of every call and of the pruning hook, each at its worst case.

// Set-up code: a failed expectation is how a benchmark reports a broken set-up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use crate::{
	AccountClass, AccountState, Accounts, ApprovalPolicy, BenchmarkHelper, Breaker, Call, Config,
	Limits, Operation, Pallet, Policies, PolicyOf, ProposalState, Proposals, Role, Roles, Settings,
};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::weights::Weight;
use frame_support::{traits::Get, BoundedVec};
use frame_system::RawOrigin;
use rustorium_primitives::{Permissioned as _, Token as _};
use sp_runtime::{traits::Zero, Permill};

fn token<T: Config>() -> T::AssetId {
	<T as Config>::BenchmarkHelper::token()
}

/// A security admin that is a signed account (the dearer origin: a role lookup).
fn admin<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("admin", 0, 0);
	Roles::<T>::insert(Role::SecurityAdmin, &who, ());
	who
}

fn some_limits<T: Config>() -> Limits<T::Balance, frame_system::pallet_prelude::BlockNumberFor<T>> {
	Limits {
		window: 10u32.into(),
		max_transfers: Some(5),
		max_volume: Some(1_000u32.into()),
		cooldown: 1u32.into(),
	}
}

/// `MaxApprovers` approvers, `threshold` of whom must approve, and a time lock of `delay`.
fn policy<T: Config>(threshold: u32, delay: u32) -> PolicyOf<T> {
	let approvers: Vec<T::AccountId> =
		(0..T::MaxApprovers::get()).map(|i| account("approver", i, 0)).collect();
	ApprovalPolicy {
		approvers: BoundedVec::truncate_from(approvers),
		threshold,
		delay: delay.into(),
		ttl: 100u32.into(),
		mint_above: Some(1u32.into()),
		roles: true,
		limits: true,
		unpause: true,
		burns: true,
		classes: true,
		breaker: true,
		emission: true,
	}
}

/// A mint the policy reserves (above its `mint_above` of one).
fn mint_op<T: Config>() -> crate::OperationOf<T> {
	Operation::Mint { to: account("to", 0, 0), amount: 2u32.into() }
}

fn approver<T: Config>(i: u32) -> T::AccountId {
	account("approver", i, 0)
}

/// The token under a policy of `threshold` and `delay`, the first approver a minter of the token
/// (a mint passes only with one), and the last approver's proposal to mint two units, so that
/// the approval check walks every approval before it finds the minter; returns the token and
/// the proposal's id.
fn proposed<T: Config>(threshold: u32, delay: u32) -> (T::AssetId, u32) {
	let token = token::<T>();
	Policies::<T>::insert(token, policy::<T>(threshold, delay));
	T::Tokens::grant_role(&token, rustorium_primitives::Role::Minter, &approver::<T>(0)).unwrap();
	let last = approver::<T>(T::MaxApprovers::get() - 1);
	(token, Pallet::<T>::do_propose(token, last, mint_op::<T>()).unwrap())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn grant_role() {
		let by = admin::<T>();
		let who: T::AccountId = account("who", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(by), Role::Guardian, who.clone());

		assert!(Roles::<T>::contains_key(Role::Guardian, who));
	}

	#[benchmark]
	fn revoke_role() {
		let by = admin::<T>();
		let who: T::AccountId = account("who", 0, 0);
		Roles::<T>::insert(Role::Guardian, &who, ());

		#[extrinsic_call]
		_(RawOrigin::Signed(by), Role::Guardian, who.clone());

		assert!(!Roles::<T>::contains_key(Role::Guardian, who));
	}

	#[benchmark]
	fn set_limits() {
		let by = admin::<T>();
		let token = token::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(by), token, AccountClass::Standard, Some(some_limits::<T>()));

		assert!(Settings::<T>::get(token).unwrap().standard.is_some());
	}

	#[benchmark]
	fn set_account_class() {
		let by = admin::<T>();
		let token = token::<T>();
		let who: T::AccountId = account("who", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(by), token, who.clone(), AccountClass::Verified);

		assert_eq!(Accounts::<T>::get(token, who).unwrap().class, AccountClass::Verified);
	}

	#[benchmark]
	fn set_breaker() {
		let by = admin::<T>();
		let token = token::<T>();
		let breaker =
			Breaker { max_block_share: Permill::from_percent(1), pause_blocks: 5u32.into() };

		#[extrinsic_call]
		_(RawOrigin::Signed(by), token, Some(breaker));

		assert!(Settings::<T>::get(token).unwrap().breaker.is_some());
	}

	#[benchmark]
	fn halt() {
		let by = admin::<T>();
		let token = token::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(by), token);

		assert!(Settings::<T>::get(token).unwrap().halted);
	}

	#[benchmark]
	fn resume() {
		let by = admin::<T>();
		let token = token::<T>();
		Pallet::<T>::do_halt(token, None).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(by), token);

		assert!(Settings::<T>::get(token).is_none());
	}

	#[benchmark]
	fn reset_breaker() {
		let by = admin::<T>();
		let token = token::<T>();
		let mut settings = Settings::<T>::get(token).unwrap_or_default();
		settings.tripped_until = Some(100u32.into());
		Settings::<T>::insert(token, settings);

		#[extrinsic_call]
		_(RawOrigin::Signed(by), token);

		assert!(Settings::<T>::get(token).is_none());
	}

	/// One stale standard account forgotten: its entry and its token's settings read, the entry
	/// removed.
	#[benchmark]
	fn prune_account() {
		let token = token::<T>();
		Pallet::<T>::do_set_limits(token, AccountClass::Standard, Some(some_limits::<T>()), None)
			.unwrap();
		let who: T::AccountId = account("who", 0, 0);
		Accounts::<T>::insert(
			token,
			&who,
			AccountState {
				class: AccountClass::Standard,
				window: Zero::zero(),
				transfers: 1,
				volume: 1u32.into(),
				last: Some(Zero::zero()),
			},
		);
		frame_system::Pallet::<T>::set_block_number(100u32.into());

		#[block]
		{
			Pallet::<T>::prune(100u32.into(), Weight::MAX);
		}

		assert!(Accounts::<T>::get(token, who).is_none());
	}

	/// Transaction validation's check of a transfer at its dearest: a guarded token with limits
	/// and a breaker, a sender with counters in the current window.
	#[benchmark]
	fn check_transfer() {
		let token = token::<T>();
		Pallet::<T>::do_set_limits(token, AccountClass::Standard, Some(some_limits::<T>()), None)
			.unwrap();
		let breaker =
			Breaker { max_block_share: Permill::from_percent(50), pause_blocks: 5u32.into() };
		Pallet::<T>::do_set_breaker(token, Some(breaker), None).unwrap();
		let who: T::AccountId = account("who", 0, 0);
		frame_system::Pallet::<T>::set_block_number(10u32.into());
		Pallet::<T>::record_transfer(&token, &who, 1u32.into());
		frame_system::Pallet::<T>::set_block_number(11u32.into());
		let result;

		#[block]
		{
			result = Pallet::<T>::validate_transfer_tx(&token, &who, 1u32.into());
		}

		assert!(result.is_ok());
	}

	/// A refused attempt recorded after its dispatch: an event and an audit entry.
	#[benchmark]
	fn note_rejected() {
		let token = token::<T>();
		let who: T::AccountId = account("who", 0, 0);
		let refused: sp_runtime::DispatchError = crate::Error::<T>::VolumeExceeded.into();
		let recorded;

		#[block]
		{
			recorded = Pallet::<T>::note_rejected(&token, &who, 1u32.into(), &refused);
		}

		assert!(recorded);
	}

	/// An admin of the token sets its first policy (the dearer origin: a role lookup).
	#[benchmark]
	fn set_approval_policy() {
		let token = token::<T>();
		let by: T::AccountId = account("token admin", 0, 0);
		T::Tokens::grant_role(&token, rustorium_primitives::Role::Admin, &by).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(by), token, Some(policy::<T>(2, 10)));

		assert!(Policies::<T>::contains_key(token));
	}

	/// A proposal that stays pending (a threshold of two).
	#[benchmark]
	fn propose() {
		let token = token::<T>();
		Policies::<T>::insert(token, policy::<T>(2, 10));
		let who = approver::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), token, mint_op::<T>());

		assert!(Proposals::<T>::contains_key(0));
	}

	/// The approval (the minter's) that reaches the threshold and queues the proposal behind its
	/// time lock.
	#[benchmark]
	fn approve() {
		let (_, id) = proposed::<T>(2, 10);

		#[extrinsic_call]
		_(RawOrigin::Signed(approver::<T>(0)), id);

		assert!(matches!(Proposals::<T>::get(id).unwrap().state, ProposalState::Queued { .. }));
	}

	/// A queued mint, its time lock over, approved by every approver: the live policy's
	/// checks walk them all. The mint succeeds.
	#[benchmark]
	fn execute() {
		let (token, id) = proposed::<T>(T::MaxApprovers::get(), 10);
		for i in 0..T::MaxApprovers::get() - 1 {
			Pallet::<T>::do_approve(id, approver::<T>(i)).unwrap();
		}
		assert!(matches!(Proposals::<T>::get(id).unwrap().state, ProposalState::Queued { .. }));
		let to: T::AccountId = account("to", 0, 0);
		// The recipient exists, so that an asset that is not sufficient may be minted to it.
		frame_system::Pallet::<T>::inc_providers(&to);
		let before = T::Tokens::balance_of(&token, &to);
		frame_system::Pallet::<T>::set_block_number(1_000u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(approver::<T>(1)), id);

		assert!(!Proposals::<T>::contains_key(id));
		assert_eq!(T::Tokens::balance_of(&token, &to), before + 2u32.into());
	}

	/// A guardian cancels a queued proposal.
	#[benchmark]
	fn cancel() {
		let (_, id) = proposed::<T>(1, 10);
		let guardian: T::AccountId = account("guardian", 0, 0);
		Roles::<T>::insert(Role::Guardian, &guardian, ());

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), id);

		assert!(!Proposals::<T>::contains_key(id));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::build_test_ext(), crate::mock::Test);
}
