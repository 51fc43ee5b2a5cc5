//! Benchmarks of every call and of the hook, each at its worst case.

// Set-up code: a failed expectation is how a benchmark reports a broken set-up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use crate::{
	BenchmarkHelper, Call, Config, FeeBalance, FeeTable, FeeTokens, Pallet, Pools, Rates, Routes,
	Shares,
};
use frame_benchmarking::v2::*;
use frame_support::{
	dispatch::{DispatchClass, DispatchInfo, Pays, PostDispatchInfo},
	traits::{
		fungible::{Inspect as _, Mutate as _},
		fungibles::{Inspect as _, Mutate as _},
		tokens::Preservation,
		EnsureOrigin, Get, Hooks,
	},
	weights::Weight,
};
use frame_system::RawOrigin;
use pallet_asset_conversion_tx_payment::ChargeAssetTxPayment;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, AsTransactionAuthorizedOrigin, DispatchTransaction, Dispatchable,
		UniqueSaturatedFrom, Zero,
	},
	FixedU128, Permill, Saturating,
};

/// Runs the stock `ChargeAssetTxPayment` extension with `asset_id: None` for `payer`: validation,
/// the charge before dispatch, and the refund after it (the call uses half its weight).
fn pay_automatically<T>(payer: T::AccountId)
where
	T: Config + pallet_asset_conversion_tx_payment::Config,
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>
		+ From<frame_system::Call<T>>,
	FeeBalance<T>: Send + Sync + From<u64>,
	<T as pallet_asset_conversion_tx_payment::Config>::AssetId: Send + Sync,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	let extension = ChargeAssetTxPayment::<T>::from(0u64.into(), None);
	let call: T::RuntimeCall = frame_system::Call::remark { remark: alloc::vec![] }.into();
	let info = DispatchInfo {
		call_weight: Weight::from_parts(1_000_000_000, 10_000),
		extension_weight: Weight::zero(),
		class: DispatchClass::Normal,
		pays_fee: Pays::Yes,
	};
	let post_info = PostDispatchInfo {
		actual_weight: Some(Weight::from_parts(500_000_000, 5_000)),
		pays_fee: Pays::Yes,
	};
	let result = extension
		.test_run(RawOrigin::Signed(payer).into(), &call, &info, 100, 0, |_| Ok(post_info))
		.unwrap();
	assert!(result.is_ok());
}

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

/// Registers fee token `i`, with a pool funded by `provider`: a thousand existential deposits, or
/// four times `MinShares` if more, so that half the provider's shares are still a holding.
fn fee_token<T: Config>(i: u32, provider: &T::AccountId) -> T::AssetId {
	let asset = <T as Config>::BenchmarkHelper::fee_token(i, provider);
	Pallet::<T>::do_register(asset, Permill::from_percent(1)).unwrap();
	let native = T::Currency::minimum_balance()
		.saturating_mul(1_000u32.into())
		.max(T::MinShares::get().saturating_mul(4u32.into()));
	Pallet::<T>::do_deposit(asset, provider, native).unwrap();
	asset
}

/// Puts `tokens` of `asset`, from `provider`, into its pool, as fees paid in it would.
fn pool_tokens<T: Config>(asset: T::AssetId, provider: &T::AccountId, tokens: T::Balance) {
	let account = Pallet::<T>::pool_account(asset);
	T::Assets::transfer(asset, provider, &account, tokens, Preservation::Preserve).unwrap();
	Pools::<T>::mutate(asset, |p| p.as_mut().unwrap().tokens += tokens);
}

/// Exactly `n` fee tokens (a runtime's genesis ones leave the registry and the table) at a 1%
/// premium, and a payer holding no native and enough of each; returns the payer and the tokens.
fn payer_of_fee_tokens<T: Config>(
	n: u32,
) -> (T::AccountId, frame_support::BoundedVec<T::AssetId, T::MaxFeeTokens>) {
	let provider = funded::<T>("provider");
	FeeTokens::<T>::kill();
	FeeTable::<T>::kill();
	for i in 0..n {
		fee_token::<T>(i, &provider);
	}
	let payer: T::AccountId = account("payer", 0, 0);
	let tokens = FeeTokens::<T>::get();
	for asset in tokens.iter() {
		let half = T::Assets::balance(*asset, &provider) / 2u32.into();
		T::Assets::transfer(*asset, &provider, &payer, half, Preservation::Preserve).unwrap();
	}
	(payer, tokens)
}

/// Makes `tokens` unusable this block without taking them out of the fee table: their rates (and
/// table entries) double, so that their live AMM price is half the rate, beyond `MaxDeviation`.
/// The router prices each in full before it fails: its worst case.
fn unusable<T: Config>(tokens: &[T::AssetId]) {
	for asset in tokens {
		Rates::<T>::mutate(asset, |rate| {
			let rate = rate.as_mut().unwrap();
			rate.average = rate.average.saturating_mul(FixedU128::from_u32(2));
		});
	}
	FeeTable::<T>::mutate(|table| {
		for entry in table.iter_mut().filter(|entry| tokens.contains(&entry.asset)) {
			entry.rate = entry.rate.saturating_mul(FixedU128::from_u32(2));
		}
	});
}

#[benchmarks(where
	T: pallet_asset_conversion_tx_payment::Config,
	T::RuntimeOrigin: AsTransactionAuthorizedOrigin,
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>
		+ From<frame_system::Call<T>>,
	FeeBalance<T>: Send + Sync + From<u64>,
	<T as pallet_asset_conversion_tx_payment::Config>::AssetId: Send + Sync,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_fee_token() {
		let funder = funded::<T>("funder");
		let asset = <T as Config>::BenchmarkHelper::fee_token(0, &funder);
		let origin = T::AdminOrigin::try_successful_origin().unwrap();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset, Permill::from_percent(1));

		assert!(FeeTokens::<T>::get().contains(&asset));
	}

	#[benchmark]
	fn deregister_fee_token() {
		let funder = funded::<T>("funder");
		let asset = <T as Config>::BenchmarkHelper::fee_token(0, &funder);
		Pallet::<T>::do_register(asset, Permill::zero()).unwrap();
		let origin = T::AdminOrigin::try_successful_origin().unwrap();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset);

		assert!(!Pools::<T>::contains_key(asset));
	}

	#[benchmark]
	fn set_premium() {
		let funder = funded::<T>("funder");
		let asset = <T as Config>::BenchmarkHelper::fee_token(0, &funder);
		Pallet::<T>::do_register(asset, Permill::zero()).unwrap();
		let origin = T::AdminOrigin::try_successful_origin().unwrap();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset, Permill::from_percent(2));

		assert_eq!(Pools::<T>::get(asset).unwrap().premium, Permill::from_percent(2));
	}

	/// A deposit into a pool holding tokens, the dearer case: their value needs the oracle's
	/// rate and the AMM's spot price.
	#[benchmark]
	fn deposit() {
		let provider = funded::<T>("provider");
		let asset = fee_token::<T>(0, &provider);
		pool_tokens::<T>(asset, &provider, amount::<T>(1_000));
		let who = funded::<T>("who");
		// Twice `MinShares` buys at least `MinShares` while a share costs at most two native;
		// here it costs one, or a hair more for the pool's few tokens.
		let native = T::MinShares::get().saturating_mul(2u32.into()).max(amount::<T>(1_000_000));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset, native);

		assert!(Shares::<T>::get(asset, &who) >= T::MinShares::get());
	}

	#[benchmark]
	fn withdraw() {
		let provider = funded::<T>("provider");
		let asset = fee_token::<T>(0, &provider);
		let shares = Shares::<T>::get(asset, &provider);
		// Tokens in the pool too, so that both are paid out.
		pool_tokens::<T>(asset, &provider, amount::<T>(1_000));
		let half = shares / 2u32.into();

		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), asset, half);

		assert_eq!(Shares::<T>::get(asset, &provider), shares - half);
	}

	#[benchmark]
	fn on_initialize(n: Linear<0, { T::MaxFeeTokens::get() }>) {
		let provider = funded::<T>("provider");
		// A runtime's genesis may have fee tokens already: add tokens up to `n` in all, all but
		// the first pooled one routed through it, the dearer case (two hops, two rates).
		let existing = FeeTokens::<T>::get().len() as u32;
		let mut via = FeeTokens::<T>::get().into_iter().find(|a| Pools::<T>::contains_key(a));
		for i in existing..n {
			match via {
				None => via = Some(fee_token::<T>(i, &provider)),
				Some(via) => {
					let asset = <T as Config>::BenchmarkHelper::routed_token(i, via, &provider);
					Pallet::<T>::do_register_route(asset, via, Permill::from_percent(1)).unwrap();
				},
			}
		}
		let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());

		#[block]
		{
			Pallet::<T>::on_initialize(next);
		}

		assert_eq!(FeeTokens::<T>::get().len() as u32, n.max(existing));
		// Every token stayed usable: the table was built in full.
		assert_eq!(FeeTable::<T>::get().len() as u32, n.max(existing));
	}

	/// A pool that sold nine tenths of its native for tokens sells the tokens back on the AMM: the
	/// oracle's rate, the AMM's reserves and fee for the chunk's size, one swap. A visit sells one
	/// chunk at most, so this is every visit's work.
	#[benchmark]
	fn rebalance() {
		let provider = funded::<T>("provider");
		let asset = fee_token::<T>(0, &provider);
		let account = Pallet::<T>::pool_account(asset);
		let pool = Pools::<T>::get(asset).unwrap();
		// The helper's AMM pools trade one to one.
		let sold = pool.native / 10u32.into() * 9u32.into();
		T::Currency::transfer(&account, &provider, sold, Preservation::Preserve).unwrap();
		T::Assets::transfer(asset, &provider, &account, sold, Preservation::Preserve).unwrap();
		Pools::<T>::mutate(asset, |pool| {
			let pool = pool.as_mut().unwrap();
			pool.native -= sold;
			pool.tokens += sold;
		});

		#[block]
		{
			assert!(Pallet::<T>::rebalance(asset));
		}

		assert!(Pools::<T>::get(asset).unwrap().native > pool.native - sold);
	}

	/// A fee paid through the stock extension with `asset_id: None` by a payer holding native:
	/// the router's short cut, then transaction-payment's native path.
	#[benchmark]
	fn charge_native() {
		let provider = funded::<T>("provider");
		fee_token::<T>(0, &provider);
		let payer = funded::<T>("payer");
		let before = T::Currency::balance(&payer);

		#[block]
		{
			pay_automatically::<T>(payer.clone());
		}

		assert!(T::Currency::balance(&payer) < before);
	}

	/// The same fee paid by a payer holding no native and enough of each of `n` fee tokens, the
	/// first in the table the cheapest: the usual case, in which the router stops at once. What
	/// grows with `n` is the fee table the router reads.
	#[benchmark]
	fn charge_cheapest(n: Linear<1, { T::MaxFeeTokens::get() }>) {
		let (payer, _) = payer_of_fee_tokens::<T>(n);
		// All at a 1% premium: the first (lowest id) is the cheapest, and no other can beat it.
		let first = FeeTable::<T>::get().first().unwrap().asset;
		let before = T::Assets::balance(first, &payer);

		#[block]
		{
			pay_automatically::<T>(payer.clone());
		}

		assert!(T::Assets::balance(first, &payer) < before);
	}

	/// The same fee paid by a payer holding no native and enough of `n` fee tokens, the worst
	/// case of the router: every token but the last in the table passes the balance filter and
	/// is priced in full before it fails (its AMM price is more than `MaxDeviation` from its
	/// rate), so the walk reaches the last, which pays; the unused part is refunded.
	#[benchmark]
	fn charge_auto(n: Linear<1, { T::MaxFeeTokens::get() }>) {
		let (payer, tokens) = payer_of_fee_tokens::<T>(n);
		let last = *tokens.last().unwrap();
		let others: alloc::vec::Vec<_> = tokens.iter().copied().filter(|a| *a != last).collect();
		unusable::<T>(&others);
		let before = T::Assets::balance(last, &payer);
		assert!(T::Currency::balance(&payer).is_zero());

		#[block]
		{
			pay_automatically::<T>(payer.clone());
		}

		assert!(T::Assets::balance(last, &payer) < before);
	}

	#[benchmark]
	fn register_route() {
		let funder = funded::<T>("funder");
		let via = fee_token::<T>(0, &funder);
		let asset = <T as Config>::BenchmarkHelper::routed_token(0, via, &funder);
		let origin = T::AdminOrigin::try_successful_origin().unwrap();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset, via, Permill::from_percent(1));

		assert_eq!(Routes::<T>::get(asset).map(|route| route.via), Some(via));
		assert!(FeeTable::<T>::get().iter().any(|entry| entry.asset == asset));
	}

	/// A fee paid automatically through a routed token, after the router looked at `n` fee
	/// tokens: `n - 2` pooled tokens the payer holds, each priced in full before it fails as in
	/// `charge_auto`, the pooled token the route leads to (which the payer does not hold), then
	/// the routed token, whose payment swaps into the pool and whose refund swaps back.
	#[benchmark]
	fn charge_route(n: Linear<2, { T::MaxFeeTokens::get() }>) {
		let (payer, tokens) = payer_of_fee_tokens::<T>(n - 2);
		let provider: T::AccountId = account("provider", 0, 0);
		let via = fee_token::<T>(n - 2, &provider);
		let routed = <T as Config>::BenchmarkHelper::routed_token(0, via, &provider);
		Pallet::<T>::do_register_route(routed, via, Permill::from_percent(1)).unwrap();
		let half = T::Assets::balance(routed, &provider) / 2u32.into();
		T::Assets::transfer(routed, &provider, &payer, half, Preservation::Preserve).unwrap();
		unusable::<T>(&tokens);
		assert_eq!(FeeTable::<T>::get().last().map(|entry| entry.asset), Some(routed));
		let before = T::Assets::balance(routed, &payer);
		assert!(T::Currency::balance(&payer).is_zero());

		#[block]
		{
			pay_automatically::<T>(payer.clone());
		}

		assert!(T::Assets::balance(routed, &payer) < before);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
