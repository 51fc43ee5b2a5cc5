//! Benchmarks of every call, each set up at its worst case.

// Set-up code: a failed expectation is how a benchmark reports a broken set-up.
#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing
)]

use crate::{
	pallet::Recipients, BenchmarkHelper, Call, Config, Emissions, Grants, Pallet, Role, Tokens,
};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect as _, Mutate as _},
	fungibles::Inspect,
	Get, Hooks,
};
use frame_system::RawOrigin;
use rustorium_primitives::{
	config::{Allocation, Bucket, Economics, Feature, Inflation, TokenConfig, UseCase},
	VestingSchedule,
};
use sp_runtime::{traits::UniqueSaturatedFrom, Perbill, Permill, Saturating};

/// Every bucket, so that a distribution can have as many as exist.
const BUCKETS: [Bucket; 9] = [
	Bucket::Team,
	Bucket::Advisors,
	Bucket::Investors,
	Bucket::Community,
	Bucket::Treasury,
	Bucket::Liquidity,
	Bucket::Ecosystem,
	Bucket::Rewards,
	Bucket::PublicSale,
];

/// A config of `b` vested buckets sharing 1,000,000 units, capped at twice that, with the
/// features whose checks cost the most: permissioned transfers (every movement reads the roles
/// of both sides) and pausing.
fn config(b: u32) -> TokenConfig {
	let b = b.clamp(1, BUCKETS.len() as u32);
	let share = 1_000_000 / b;
	let distribution: Vec<Allocation> = BUCKETS
		.iter()
		.take(b as usize)
		.enumerate()
		.map(|(i, bucket)| Allocation {
			bucket: *bucket,
			share: Permill::from_parts(if i == 0 { 1_000_000 - share * (b - 1) } else { share }),
			vesting: Some(VestingSchedule { cliff: 1, duration: 10 }),
		})
		.collect();
	TokenConfig {
		name: b"Benchmark Token".to_vec().try_into().unwrap(),
		symbol: b"BENCH".to_vec().try_into().unwrap(),
		decimals: 0,
		use_case: UseCase::Utility,
		initial_supply: 1_000_000,
		max_supply: 2_000_000,
		distribution: distribution.try_into().unwrap(),
		economics: Economics::default(),
		features: alloc::vec![
			Feature::Minting,
			Feature::Burning,
			Feature::Pausable,
			Feature::PermissionedTransfers,
			Feature::Vesting
		]
		.try_into()
		.unwrap(),
	}
}

/// A funded account that holds `id`'s `Holder` role, so that it may receive and send a token
/// with permissioned transfers.
fn holder<T: Config>(id: T::AssetId, name: &'static str, index: u32) -> T::AccountId {
	let who = funded::<T>(name, index);
	Pallet::<T>::do_grant_role(id, Role::Holder, &who, &Pallet::<T>::account_id()).unwrap();
	who
}

/// An account with native funds for ten token deposits, so that it exists, can hold any asset
/// and can create tokens.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let funds = T::Currency::minimum_balance()
		.saturating_add(T::TokenDeposit::get().saturating_mul(10u32.into()));
	T::Currency::set_balance(&who, funds);
	who
}

fn recipients<T: Config>(b: u32) -> Recipients<T> {
	BUCKETS
		.iter()
		.take(b as usize)
		.enumerate()
		.map(|(i, bucket)| (*bucket, funded::<T>("recipient", i as u32)))
		.collect::<Vec<_>>()
		.try_into()
		.unwrap()
}

/// Creates token 0 with one vested bucket; returns its id and its admin, who holds the token's
/// `Holder` role.
fn token<T: Config>() -> (T::AssetId, T::AccountId) {
	let id = T::BenchmarkHelper::asset_id(0);
	let admin = funded::<T>("admin", 0);
	Pallet::<T>::do_create_token(&admin, id, &config(1), &recipients::<T>(1)).unwrap();
	Pallet::<T>::do_grant_role(id, Role::Holder, &admin, &admin).unwrap();
	(id, admin)
}

/// The initial supply of an inflating token: large enough that a period's emission is more than
/// zero at any plausible number of blocks per year.
const INFLATING_SUPPLY: u128 = 1_000_000_000_000_000;

/// Creates token `i` with 50% inflation a year minted every 10 blocks; returns its id and admin,
/// the emission's recipient.
fn inflating_token<T: Config>(i: u32) -> (T::AssetId, T::AccountId) {
	let id = T::BenchmarkHelper::asset_id(i);
	let admin = funded::<T>("admin", i);
	let mut config = config(1);
	config.initial_supply = INFLATING_SUPPLY;
	config.max_supply = INFLATING_SUPPLY * 2;
	config.economics.inflation =
		Some(Inflation { annual_rate: Perbill::from_percent(50), period: 10 });
	config.features.try_push(Feature::Inflation).unwrap();
	Pallet::<T>::do_create_token(&admin, id, &config, &recipients::<T>(1)).unwrap();
	Pallet::<T>::do_grant_role(id, Role::Holder, &admin, &admin).unwrap();
	(id, admin)
}

fn amount<T: Config>(units: u128) -> T::Balance {
	T::Balance::unique_saturated_from(units)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `b` buckets, every one vested (an escrow mint and a grant each) to a recipient that gets
	/// the `Holder` role, and an inflation whose first mint must search every slot after its
	/// due block, all of them full but the last.
	#[benchmark]
	fn create_token(b: Linear<1, 9>) {
		let creator = funded::<T>("creator", 0);
		let id = T::BenchmarkHelper::asset_id(0);
		let mut config = config(b);
		let inflation = Inflation { annual_rate: Perbill::from_percent(50), period: 10 };
		config.economics.inflation = Some(inflation);
		config.features.try_push(Feature::Inflation).unwrap();
		let recipients = recipients::<T>(b);
		let due = frame_system::Pallet::<T>::block_number().saturating_add(10u32.into());
		let filler = T::BenchmarkHelper::asset_id(1);
		for slot in 0..crate::SLOT_SEARCH.saturating_sub(1) {
			let block = due.saturating_add(slot.into());
			crate::EmissionQueue::<T>::mutate(
				block,
				|queue| {
					while queue.try_push(filler).is_ok() {}
				},
			);
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(creator), id, config, recipients);

		assert_eq!(T::Assets::total_issuance(id), amount::<T>(1_000_000));
		let last = due.saturating_add((crate::SLOT_SEARCH - 1).into());
		assert_eq!(Emissions::<T>::get(id).unwrap().next, last);
	}

	#[benchmark]
	fn mint() {
		let (id, admin) = token::<T>();
		Pallet::<T>::do_grant_role(id, Role::Minter, &admin, &admin).unwrap();
		let to = holder::<T>(id, "to", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, to.clone(), amount::<T>(1_000));

		assert_eq!(T::Assets::balance(id, &to), amount::<T>(1_000));
	}

	#[benchmark]
	fn burn() {
		let (id, admin) = token::<T>();
		Pallet::<T>::do_grant_role(id, Role::Burner, &admin, &admin).unwrap();
		let holder = holder::<T>(id, "holder", 0);
		Pallet::<T>::do_mint(id, &holder, amount::<T>(1_000)).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, holder.clone(), amount::<T>(400));

		assert_eq!(T::Assets::balance(id, &holder), amount::<T>(600));
	}

	#[benchmark]
	fn transfer() {
		let (id, _) = token::<T>();
		let (from, to) = (holder::<T>(id, "from", 0), holder::<T>(id, "to", 0));
		Pallet::<T>::do_mint(id, &from, amount::<T>(1_000)).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(from), id, to.clone(), amount::<T>(400));

		assert_eq!(T::Assets::balance(id, &to), amount::<T>(400));
	}

	/// `transfer` with the runtime's transfer policy at its dearest: compared with `transfer`,
	/// what the security limits cost.
	#[benchmark]
	fn transfer_limited() {
		let (id, _) = token::<T>();
		let (from, to) = (holder::<T>(id, "from", 0), holder::<T>(id, "to", 0));
		Pallet::<T>::do_mint(id, &from, amount::<T>(1_000)).unwrap();
		T::BenchmarkHelper::limit_transfers(id, &from);

		#[extrinsic_call]
		transfer(RawOrigin::Signed(from), id, to.clone(), amount::<T>(400));

		assert_eq!(T::Assets::balance(id, &to), amount::<T>(400));
	}

	#[benchmark]
	fn pause() {
		let (id, admin) = token::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id);

		assert!(Pallet::<T>::ensure_live(id).is_err());
	}

	#[benchmark]
	fn unpause() {
		let (id, admin) = token::<T>();
		Pallet::<T>::do_set_paused(id, true, &admin).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id);

		assert!(Pallet::<T>::ensure_live(id).is_ok());
	}

	#[benchmark]
	fn grant_role() {
		let (id, admin) = token::<T>();
		let who = funded::<T>("who", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, Role::Minter, who.clone());

		assert!(crate::Roles::<T>::contains_key(id, (Role::Minter, who)));
	}

	#[benchmark]
	fn revoke_role() {
		let (id, admin) = token::<T>();
		let who = funded::<T>("who", 0);
		Pallet::<T>::do_grant_role(id, Role::Admin, &who, &admin).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, Role::Admin, who.clone());

		assert!(!crate::Roles::<T>::contains_key(id, (Role::Admin, who)));
	}

	#[benchmark]
	fn claim_vested(g: Linear<1, { T::MaxGrants::get() }>) {
		let (id, _) = token::<T>();
		let who = holder::<T>(id, "beneficiary", 0);
		// The token's own grant went to recipient 0; give `who` `g` grants of its own.
		for _ in 0..g {
			let schedule = VestingSchedule { cliff: 1, duration: 10 };
			Pallet::<T>::do_grant_vesting(id, &who, amount::<T>(100), schedule).unwrap();
		}
		let later = frame_system::Pallet::<T>::block_number().saturating_add(100u32.into());
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id);

		assert_eq!(T::Assets::balance(id, &who), amount::<T>(100u128 * u128::from(g)));
		assert!(Grants::<T>::get(id, &who).is_empty());
	}

	#[benchmark]
	fn set_metadata() {
		let (id, admin) = token::<T>();
		// Longer than the metadata set at creation, so that the admin pays a rise in deposit.
		let name = [b'N'; 48].to_vec().try_into().unwrap();
		let symbol = [b'S'; 12].to_vec().try_into().unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, name, symbol);

		use frame_support::traits::fungibles::metadata::Inspect as _;
		assert_eq!(T::Assets::symbol(id), [b'S'; 12].to_vec());
	}

	#[benchmark]
	fn set_emission_recipient() {
		let (id, admin) = inflating_token::<T>(0);
		let recipient = funded::<T>("recipient", 99);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, recipient.clone());

		assert_eq!(Emissions::<T>::get(id).unwrap().recipient, recipient);
	}

	/// A stopped emission restarted where every slot of the agenda search but the last is full.
	#[benchmark]
	fn restart_emission() {
		let (id, admin) = inflating_token::<T>(0);
		let now = frame_system::Pallet::<T>::block_number().saturating_add(100u32.into());
		frame_system::Pallet::<T>::set_block_number(now);
		Emissions::<T>::mutate(id, |emission| {
			if let Some(emission) = emission {
				crate::EmissionQueue::<T>::remove(emission.next);
				emission.next = now;
			}
		});
		let due = now.saturating_add(10u32.into());
		let filler = T::BenchmarkHelper::asset_id(1);
		for slot in 0..crate::SLOT_SEARCH.saturating_sub(1) {
			crate::EmissionQueue::<T>::mutate(due.saturating_add(slot.into()), |queue| {
				while queue.try_push(filler).is_ok() {}
			});
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id);

		let last = due.saturating_add((crate::SLOT_SEARCH - 1).into());
		assert_eq!(Emissions::<T>::get(id).unwrap().next, last);
	}

	#[benchmark]
	fn on_initialize_emissions(n: Linear<0, { T::MaxEmissionsPerBlock::get() }>) {
		let tokens: Vec<_> = (0..n).map(|i| inflating_token::<T>(i).0).collect();
		let due = frame_system::Pallet::<T>::block_number().saturating_add(10u32.into());
		frame_system::Pallet::<T>::set_block_number(due);

		#[block]
		{
			Pallet::<T>::on_initialize(due);
		}

		for id in tokens {
			assert!(T::Assets::total_issuance(id) > amount::<T>(INFLATING_SUPPLY));
			assert!(Tokens::<T>::contains_key(id));
		}
	}

	#[benchmark]
	fn open_pool() {
		let (id, admin) = token::<T>();
		Tokens::<T>::mutate(id, |info| {
			if let Some(info) = info {
				info.initial_price = Some(sp_runtime::FixedU128::from_u32(1));
			}
		});
		let native = T::TokenDeposit::get().saturating_mul(5u32.into());
		// Enough of the token for any number of decimals the runtime's native token has.
		Pallet::<T>::do_mint(id, &admin, amount::<T>(1_000_000)).unwrap();

		#[extrinsic_call]
		_(RawOrigin::Signed(admin.clone()), id, native);

		assert!(T::Assets::balance(id, &admin) < amount::<T>(1_000_000));
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
