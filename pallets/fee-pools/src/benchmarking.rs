//! Benchmarks of every call and of the hook, each at its worst case.

// Set-up code: a failed expectation is how a benchmark reports a broken set-up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use crate::{BenchmarkHelper, Call, Config, FeeTokens, Pallet, Pools, Shares};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect as _, Mutate as _},
	EnsureOrigin, Get, Hooks,
};
use frame_system::RawOrigin;
use sp_runtime::{traits::UniqueSaturatedFrom, Permill, Saturating};

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	T::Currency::set_balance(
		&who,
		T::Currency::minimum_balance().saturating_mul(1_000_000u32.into()),
	);
	who
}

fn amount<T: Config>(units: u128) -> T::Balance {
	T::Balance::unique_saturated_from(units)
}

/// Registers fee token `i`, with a pool funded by `provider`.
fn fee_token<T: Config>(i: u32, provider: &T::AccountId) -> T::AssetId {
	let asset = T::BenchmarkHelper::fee_token(i, provider);
	Pallet::<T>::do_register(asset, Permill::from_percent(1)).unwrap();
	let native = T::Currency::minimum_balance().saturating_mul(1_000u32.into());
	Pallet::<T>::do_deposit(asset, provider, native).unwrap();
	asset
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_fee_token() {
		let funder = funded::<T>("funder");
		let asset = T::BenchmarkHelper::fee_token(0, &funder);
		let origin = T::AdminOrigin::try_successful_origin().unwrap();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset, Permill::from_percent(1));

		assert!(FeeTokens::<T>::get().contains(&asset));
	}

	#[benchmark]
	fn deregister_fee_token() {
		let funder = funded::<T>("funder");
		let asset = T::BenchmarkHelper::fee_token(0, &funder);
		Pallet::<T>::do_register(asset, Permill::zero()).unwrap();
		let origin = T::AdminOrigin::try_successful_origin().unwrap();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset);

		assert!(!Pools::<T>::contains_key(asset));
	}

	#[benchmark]
	fn set_premium() {
		let funder = funded::<T>("funder");
		let asset = T::BenchmarkHelper::fee_token(0, &funder);
		Pallet::<T>::do_register(asset, Permill::zero()).unwrap();
		let origin = T::AdminOrigin::try_successful_origin().unwrap();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset, Permill::from_percent(2));

		assert_eq!(Pools::<T>::get(asset).unwrap().premium, Permill::from_percent(2));
	}

	#[benchmark]
	fn deposit() {
		let provider = funded::<T>("provider");
		let asset = fee_token::<T>(0, &provider);
		let who = funded::<T>("who");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset, amount::<T>(1_000_000));

		assert!(Shares::<T>::get(asset, &who) > amount::<T>(0));
	}

	#[benchmark]
	fn withdraw() {
		let provider = funded::<T>("provider");
		let asset = fee_token::<T>(0, &provider);
		let shares = Shares::<T>::get(asset, &provider);
		// Tokens in the pool too, so that both are paid out.
		let account = Pallet::<T>::pool_account(asset);
		<T::Assets as frame_support::traits::fungibles::Mutate<_>>::transfer(
			asset,
			&provider,
			&account,
			amount::<T>(1_000),
			frame_support::traits::tokens::Preservation::Preserve,
		)
		.unwrap();
		Pools::<T>::mutate(asset, |p| p.as_mut().unwrap().tokens = amount::<T>(1_000));
		let half = shares / 2u32.into();

		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), asset, half);

		assert_eq!(Shares::<T>::get(asset, &provider), shares - half);
	}

	#[benchmark]
	fn on_initialize(n: Linear<0, { T::MaxFeeTokens::get() }>) {
		let provider = funded::<T>("provider");
		// A runtime's genesis may have fee tokens already: add tokens up to `n` in all.
		let existing = FeeTokens::<T>::get().len() as u32;
		for i in existing..n {
			fee_token::<T>(i, &provider);
		}
		let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());

		#[block]
		{
			Pallet::<T>::on_initialize(next);
		}

		assert_eq!(FeeTokens::<T>::get().len() as u32, n.max(existing));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
