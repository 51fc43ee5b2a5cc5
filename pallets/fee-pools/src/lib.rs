//! # Fee pools pallet
//!
//! ## Overview
//!
//! Lets an account pay transaction fees in a token it holds instead of the native token. Each
//! *fee token* has a *fee pool*: a buffer of native tokens, provided by liquidity providers for
//! shares, that sells native for the token at the token's oracle rate plus the pool's premium.
//! The tokens a pool takes in stay in it until they are swapped back to native.
//!
//! - **Registry**: the fee tokens (at most `MaxFeeTokens`), added and removed by `AdminOrigin`,
//!   each with a premium: what a payer pays above the oracle rate, the providers' income.
//! - **Routes**: a fee token may have no pool of its own and be *routed* through a fee token that
//!   has one (`register_route`): a payer's tokens are swapped on the AMM's pool pairing the two,
//!   and the other token's pool sells the native. Two hops at most (token, pooled token, native):
//!   a route may only lead to a token with a pool. Its rate is the product of the two hops'
//!   rates, each an average of its own AMM pool, and its premium its own plus the pool's.
//! - **Pools**: `deposit` native for shares, `withdraw` shares for the pool's native and tokens
//!   pro rata. Shares are priced at the pool's value in native, its tokens valued at the higher
//!   of the oracle rate and the AMM's spot price, and only while the two are within
//!   `MaxDeviation` of each other: a depositor never buys into the pool's tokens below what
//!   either says they are worth, so that a deposit and a withdrawal never take value from the
//!   other providers. A withdrawal needs no price. A provider holds no shares or at least
//!   `MinShares`, so that each provider's storage entry is backed by capital.
//! - **Oracle**: each block's `on_initialize` reads every fee token's AMM pool (through
//!   [`AmmReserves`], bounded by `MaxFeeTokens`; a routed token's pool with the token it is
//!   routed through) and moves the token's rate, an
//!   exponential moving average, by `Smoothing` toward the spot price. A token whose spot price
//!   is more than `MaxDeviation` away from its average is not used for fees that block: one large
//!   swap cannot set the price a payer pays.
//! - **Router**: [`Pallet::quote`] lists every way an account can pay a fee (native included)
//!   with what each costs valued in native at the oracle rate, and [`Pallet::choose`] picks the
//!   cheapest, ties broken by the native token first, then the lowest asset id. It reads the
//!   fee table (one value, rebuilt each block) and then one balance per fee token it passes
//!   over: its work grows with the number of fee tokens, never with the number of assets on the
//!   chain.
//!
//! - **Executor**: [`AutoFee`] and [`InToken`] charge fees through the pools behind the stock
//!   `ChargeAssetTxPayment` extension and refund the unused part in the token paid with.
//! - **Rebalancer**: in `on_idle`, at most `MaxRebalancesPerBlock` pools a block, round robin, a
//!   pool whose native has fallen below `RebalanceThreshold` of its value sells its tokens for
//!   native through [`AmmSwap`], refusing any price more than `MaxSlippage` under the oracle
//!   rate and any token whose rate is not usable. It sells in chunks: at most, each block, the
//!   largest sale the AMM pool pays for within `MaxSlippage` of the rate, its fee ([`AmmFee`])
//!   and price impact included ([`sale::largest_sale`]).
//! - **Calculator**: [`compute_fee`], the fee part by part.
//!
//! Rates are native base units per token base unit, as [`FixedU128`].
//!
//! ## Invariants (`try_state`)
//!
//! - The fee tokens are sorted, unique, and each has a rate and either a pool or a route to a
//!   token with a pool.
//! - Each pool's account holds at least the pool's recorded native and tokens: anyone may send
//!   the account more (a donation), which belongs to no provider and is never sold or paid out.
//! - Each pool's shares equal the sum of its providers' shares.
//! - The fee table is in premium order and agrees with the registry, the pools and the rates.

#![deny(missing_docs)]
#![cfg_attr(not(feature = "std"), no_std)]
// Tests may panic: a failed expectation is how they report.
#![cfg_attr(
	test,
	allow(
		clippy::unwrap_used,
		clippy::expect_used,
		clippy::indexing_slicing,
		clippy::panic,
		clippy::arithmetic_side_effects
	)
)]

extern crate alloc;

mod accounts;
mod amm;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod calculator;
mod charge;
mod extension;
mod invariants;
#[cfg(test)]
mod mock;
mod oracle;
mod pools;
mod rebalance;
mod router;
pub mod runtime_api;
pub mod sale;
mod table;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use accounts::FeePoolAccounts;
pub use amm::{AmmFee, AssetConversionAmm};
pub use calculator::{compute_fee, DeliveryFee, FeeBreakdown, FeeInputs};
pub use charge::{AutoFee, AutoPayment, InToken, RouterWork, SameAssetId, TokenPayment};
pub use extension::{declared_auto_weight, ChargeFee};
pub use pallet::*;
pub use router::FeeOption;
pub use runtime_api::{FeeQuote, TransactionQuote};
pub use table::FeeEntry;
pub use types::{FeePool, Rate, Route};
pub use weights::WeightInfo;

use rustorium_primitives::{AmmReserves, AmmSwap, CallValidator};

/// The balance type of transaction-payment's `OnChargeTransaction`.
pub(crate) type FeeBalance<T> = <<T as pallet_transaction_payment::Config>::OnChargeTransaction as pallet_transaction_payment::OnChargeTransaction<T>>::Balance;
/// What transaction-payment's `OnChargeTransaction` withdrew: [`AutoPayment`] in a runtime
/// using [`AutoFee`].
pub(crate) type NativeLiquidity<T> = <<T as pallet_transaction_payment::Config>::OnChargeTransaction as pallet_transaction_payment::OnChargeTransaction<T>>::LiquidityInfo;
/// The asset id of the `ChargeAssetTxPayment` extension.
pub(crate) type ExtAssetId<T> = <T as pallet_asset_conversion_tx_payment::Config>::AssetId;
use sp_runtime::FixedU128;

/// Makes fee-token ids and their AMM pools for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AssetId, AccountId, Balance> {
	/// The `i`th fee token, created, with an AMM pool priced one native unit per token unit and
	/// `funder` holding enough of the token to pay any fee in the benchmarks.
	fn fee_token(i: u32, funder: &AccountId) -> AssetId;

	/// The `i`th token without a pool with the native token, created, with an AMM pool pairing it
	/// with `via` (a fee token from [`Self::fee_token`]) priced one `via` unit per token unit, and
	/// `funder` holding enough of it to pay any fee in the benchmarks.
	fn routed_token(i: u32, via: AssetId, funder: &AccountId) -> AssetId;
}

// The expansion of `#[frame_support::pallet]` uses `expect`; the rules live in the modules beside
// this one, under the full lints.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, fungibles, tokens::Balance},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{DispatchError, Permill};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The pallet's configuration.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Identifies a fee token.
		type AssetId: Member + Parameter + Copy + MaxEncodedLen + Ord + MaybeSerializeDeserialize;

		/// An amount of the native token or of a fee token.
		type Balance: Balance + MaybeSerializeDeserialize;

		/// The native token.
		type Currency: fungible::Mutate<Self::AccountId, Balance = Self::Balance>
			+ fungible::Balanced<Self::AccountId>;

		/// The fee tokens; a pool's account is touched (its token account opened, the first
		/// provider paying any deposit) so that fees below the token's minimum balance reach it.
		type Assets: fungibles::Mutate<Self::AccountId, AssetId = Self::AssetId, Balance = Self::Balance>
			+ frame_support::traits::AccountTouch<Self::AssetId, Self::AccountId>;

		/// The AMM pools the oracle reads prices from.
		type Prices: AmmReserves<Self::AssetId, Self::Balance>;

		/// The AMM the rebalancer sells the pools' tokens on.
		type Swap: AmmSwap<Self::AccountId, Self::AssetId, Self::Balance>;

		/// A pool whose native is below this share of its value (native plus tokens at the
		/// oracle rate) sells its tokens for native in `on_idle`.
		#[pallet::constant]
		type RebalanceThreshold: Get<Permill>;

		/// How far below the oracle rate a rebalancing sale may go (AMM fee and price impact
		/// included) before it is refused; the rebalancer sells at most, each block, the largest
		/// chunk the AMM pays for within it.
		#[pallet::constant]
		type MaxSlippage: Get<Permill>;

		/// The swap fee of the AMM pool pairing a fee token with the native token, which the
		/// rebalancer counts against `MaxSlippage` when it sizes a sale.
		type AmmFee: AmmFee<Self::AssetId>;

		/// Most pools `on_idle` visits in a block.
		#[pallet::constant]
		type MaxRebalancesPerBlock: Get<u32>;

		/// How many blocks a pool whose sale was refused waits before it tries again.
		#[pallet::constant]
		type RebalanceBackoff: Get<BlockNumberFor<Self>>;

		/// Who adds and removes fee tokens and sets their premiums.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Checks a signed transaction's call in validation, before any fee is charged: a call it
		/// refuses is never included. `ChargeFee` asks it, charges its weight, and tells it the
		/// result of each call it noted, after the dispatch.
		type CallValidator: CallValidator<
			Self::AccountId,
			<Self as frame_system::Config>::RuntimeCall,
		>;

		/// Derives each pool's account.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Most fee tokens.
		#[pallet::constant]
		type MaxFeeTokens: Get<u32>;

		/// How far each block moves a rate toward the spot price.
		#[pallet::constant]
		type Smoothing: Get<Permill>;

		/// How far the spot price may be from the rate before the token is not used for fees and
		/// its pool takes no deposits.
		#[pallet::constant]
		type MaxDeviation: Get<Permill>;

		/// The fewest shares a provider may hold: a deposit must bring its holding to at least
		/// this, a withdrawal must leave none or at least this. A pool's first shares are one
		/// per native base unit, so this is about the native a provider's storage entry locks.
		#[pallet::constant]
		type MinShares: Get<Self::Balance>;

		/// Weights of the calls and the hook.
		type WeightInfo: WeightInfo;

		/// Makes fee tokens for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AssetId, Self::AccountId, Self::Balance>;
	}

	/// The fee tokens, ascending.
	#[pallet::storage]
	pub type FeeTokens<T: Config> =
		StorageValue<_, BoundedVec<T::AssetId, T::MaxFeeTokens>, ValueQuery>;

	/// Each fee token's pool.
	#[pallet::storage]
	pub type Pools<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, FeePool<T::Balance>, OptionQuery>;

	/// The fee tokens without a pool of their own, each with the pooled fee token it pays
	/// through. A fee token has a pool or a route, never both.
	#[pallet::storage]
	pub type Routes<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, Route<T::AssetId>, OptionQuery>;

	/// Each provider's shares of each pool.
	#[pallet::storage]
	pub type Shares<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Blake2_128Concat,
		T::AccountId,
		T::Balance,
		ValueQuery,
	>;

	/// Each fee token's oracle rate and last spot price; a routed token's are in units of the
	/// token it is routed through.
	#[pallet::storage]
	pub type Rates<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, Rate<BlockNumberFor<T>>, OptionQuery>;

	/// The fee tokens usable this block, cheapest premium first (see [`FeeEntry`]).
	#[pallet::storage]
	pub type FeeTable<T: Config> =
		StorageValue<_, BoundedVec<FeeEntry<T::AssetId>, T::MaxFeeTokens>, ValueQuery>;

	/// The index in `FeeTokens` of the pool the rebalancer visits next.
	#[pallet::storage]
	pub type RebalanceCursor<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The block from which a pool whose sale was refused may try again.
	#[pallet::storage]
	pub type RebalanceAfter<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, BlockNumberFor<T>, OptionQuery>;

	/// What happened to the fee pools.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A token can pay fees.
		FeeTokenRegistered {
			/// The token.
			asset: T::AssetId,
			/// What payers pay above the oracle rate.
			premium: Permill,
			/// The starting rate, the AMM's spot price.
			rate: FixedU128,
		},
		/// A token without a pool can pay fees through another fee token's pool.
		RouteRegistered {
			/// The token.
			asset: T::AssetId,
			/// The fee token whose pool sells the native.
			via: T::AssetId,
			/// What payers pay above the oracle rate on top of `via`'s premium.
			premium: Permill,
			/// The starting rate of the first hop: the AMM's spot price of `asset` in `via`.
			rate: FixedU128,
		},
		/// A token can no longer pay fees.
		FeeTokenDeregistered {
			/// The token.
			asset: T::AssetId,
		},
		/// A fee token's premium changed.
		PremiumSet {
			/// The token.
			asset: T::AssetId,
			/// The new premium.
			premium: Permill,
		},
		/// A provider added native to a pool.
		Deposited {
			/// The pool's token.
			asset: T::AssetId,
			/// The provider.
			who: T::AccountId,
			/// Native added.
			native: T::Balance,
			/// Shares received.
			shares: T::Balance,
		},
		/// A transaction fee was charged in a token: the pool sold `native` for `amount`.
		FeeCharged {
			/// The payer.
			who: T::AccountId,
			/// The token (`None` for native).
			asset: Option<T::AssetId>,
			/// Tokens taken.
			amount: T::Balance,
			/// The native fee they paid for, the tip included.
			native: T::Balance,
		},
		/// The unused part of a fee went back to its payer.
		FeeRefunded {
			/// The payer.
			who: T::AccountId,
			/// The token refunded in: the one paid in, or `None` when only native could go back.
			asset: Option<T::AssetId>,
			/// How much.
			amount: T::Balance,
		},
		/// A provider took its part of a pool out.
		Withdrawn {
			/// The pool's token.
			asset: T::AssetId,
			/// The provider.
			who: T::AccountId,
			/// Shares given back.
			shares: T::Balance,
			/// Native received.
			native: T::Balance,
			/// Tokens received.
			tokens: T::Balance,
		},
		/// A pool sold tokens it took in for native on the AMM: at most the largest chunk the AMM
		/// pays for within `MaxSlippage` of the oracle rate; the rest waits for later blocks.
		Rebalanced {
			/// The pool's token.
			asset: T::AssetId,
			/// Tokens sold.
			tokens: T::Balance,
			/// Native received.
			native: T::Balance,
			/// Tokens the pool still has to sell (all but the token's minimum balance).
			unsold: T::Balance,
		},
		/// A pool's sale was refused by the AMM (its account frozen, say); nothing changed, and
		/// the pool waits `RebalanceBackoff` blocks before it tries again.
		RebalanceFailed {
			/// The pool's token.
			asset: T::AssetId,
			/// Tokens offered.
			tokens: T::Balance,
			/// The least native accepted for them.
			min_native: T::Balance,
			/// Why the AMM refused.
			error: DispatchError,
		},
	}

	/// Why a call failed; each names one cause.
	#[pallet::error]
	pub enum Error<T> {
		/// The token is a fee token already.
		AlreadyRegistered,
		/// The token is not a fee token.
		NotFeeToken,
		/// There are as many fee tokens as there may be.
		TooManyFeeTokens,
		/// The AMM has no priced pool for the token with the native token.
		NoPrice,
		/// Providers still hold shares of the token's pool.
		PoolNotEmpty,
		/// The amount is zero.
		ZeroAmount,
		/// The amount is worth less than one share.
		DepositTooSmall,
		/// The provider holds fewer shares than that.
		InsufficientShares,
		/// A computation overflowed.
		Overflow,
		/// The payer cannot pay the fee in this token: the pool lacks native, the rate is not
		/// usable, or the payer lacks tokens.
		CannotPay,
		/// A route must lead to a fee token with a pool of its own.
		NotPooled,
		/// Other fee tokens are routed through this one.
		HasRoutes,
		/// The AMM's price of the token is missing or more than `MaxDeviation` from its oracle
		/// rate: the pool takes no deposits until they meet again (withdrawals are open).
		RateUnusable,
		/// The provider would hold some shares but fewer than `MinShares`: deposit more, or
		/// withdraw all.
		BelowMinShares,
	}

	/// A fee token at genesis: `(token, premium, provider, native)`.
	pub type GenesisFeeToken<T> = (
		<T as Config>::AssetId,
		Permill,
		<T as frame_system::Config>::AccountId,
		<T as Config>::Balance,
	);

	/// Fee tokens at genesis, each with its premium, and the native each pool starts with; then
	/// the routed ones.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(token, premium, provider, native)`: the token is registered and `provider` deposits
		/// `native` into its pool.
		pub fee_tokens: alloc::vec::Vec<GenesisFeeToken<T>>,
		/// `(token, via, premium)`: the token pays fees through `via`'s pool.
		pub routes: alloc::vec::Vec<(T::AssetId, T::AssetId, Permill)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (asset, premium, provider, native) in &self.fee_tokens {
				Pallet::<T>::do_register(*asset, *premium)
					.expect("a genesis fee token has an AMM pool with the native token");
				Pallet::<T>::do_deposit(*asset, provider, *native)
					.expect("a genesis provider can pay its deposit");
			}
			for (asset, via, premium) in &self.routes {
				Pallet::<T>::do_register_route(*asset, *via, *premium)
					.expect("a genesis route leads to a genesis fee token over an AMM pool");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(n: BlockNumberFor<T>) -> Weight {
			Self::update_rates(n)
		}

		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::rebalance_idle(remaining)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Makes `asset` a fee token with `premium`, its rate starting at the AMM's spot price.
		/// Origin: `AdminOrigin`. Emits `FeeTokenRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_fee_token())]
		pub fn register_fee_token(
			origin: OriginFor<T>,
			asset: T::AssetId,
			premium: Permill,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_register(asset, premium)
		}

		/// Stops `asset` paying fees; its pool must have no providers left. Origin:
		/// `AdminOrigin`. Emits `FeeTokenDeregistered`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deregister_fee_token())]
		pub fn deregister_fee_token(origin: OriginFor<T>, asset: T::AssetId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_deregister(asset)
		}

		/// Sets what payers in `asset` pay above the oracle rate (for a routed token, on top of
		/// its pool's premium). Origin: `AdminOrigin`. Emits `PremiumSet`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_premium())]
		pub fn set_premium(
			origin: OriginFor<T>,
			asset: T::AssetId,
			premium: Permill,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_premium(asset, premium)
		}

		/// Adds `native` to `asset`'s pool for shares at the pool's value, its tokens valued at
		/// the higher of the oracle rate and the AMM's spot price; refused while the two are more
		/// than `MaxDeviation` apart, and below a holding of `MinShares`. Origin: the provider.
		/// Emits `Deposited`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::deposit())]
		pub fn deposit(
			origin: OriginFor<T>,
			asset: T::AssetId,
			native: T::Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deposit(asset, &who, native).map(|_| ())
		}

		/// Gives back `shares` of `asset`'s pool for its native and tokens, pro rata, at any
		/// price; the provider keeps no shares or at least `MinShares`. Origin: the provider.
		/// Emits `Withdrawn`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(
			origin: OriginFor<T>,
			asset: T::AssetId,
			shares: T::Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(asset, &who, shares)
		}

		/// Makes `asset`, which has no pool, a fee token paid through `via`'s pool: a payer's
		/// `asset` is swapped for `via` on the AMM's pool pairing them, at a rate starting at
		/// that pool's spot price, and pays `premium` on top of `via`'s. `via` must have a pool.
		/// Origin: `AdminOrigin`. Emits `RouteRegistered`; deregistered like any fee token.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::register_route())]
		pub fn register_route(
			origin: OriginFor<T>,
			asset: T::AssetId,
			via: T::AssetId,
			premium: Permill,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_register_route(asset, via, premium)
		}
	}
}
