//! Benchmarks of every call and of the pruning hook, each at its worst case.

// Set-up code: a failed expectation is how a benchmark reports a broken set-up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use crate::{
	AccountClass, AccountState, Accounts, BenchmarkHelper, Breaker, Call, Config, Limits, Pallet,
	Role, Roles, Settings,
};
use frame_benchmarking::v2::*;
use frame_support::weights::Weight;
use frame_system::RawOrigin;
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

	impl_benchmark_test_suite!(Pallet, crate::mock::build_test_ext(), crate::mock::Test);
}
