//! # Tokens pallet
//!
//! ## Overview
//!
//! Managed tokens on top of any `fungibles` implementation (pallet-assets in Rustorium's
//! runtime): a hard supply cap, pause, per-token roles, and creation from a generated
//! [`TokenConfig`] that distributes the initial supply and escrows vested buckets. The pallet's
//! own account owns, issues and administers every underlying asset, so only this pallet mints.
//!
//! ## Terminology
//!
//! - **Managed token**: an asset this pallet created; its id is the underlying asset's id.
//! - **Cap**: the token's `max_supply`; no mint may take the total issuance past it.
//! - **Role**: [`Role`] held by an account on one token; admins grant and revoke them.
//! - **Escrow**: a per-token account derived from the pallet id that holds vested buckets until
//!   their beneficiaries claim them.
//!
//! ## Pallet API
//!
//! Calls: `create_token`, `mint`, `burn`, `transfer`, `pause`, `unpause`, `grant_role`,
//! `revoke_role`, `claim_vested`, `set_metadata`, `set_emission_recipient`, `open_pool`,
//! `restart_emission`. Every call emits an event and fails with a typed error on bad input,
//! changing nothing. The `do_*` functions hold the rules and implement the token standard of
//! `rustorium-primitives` ([`rustorium_primitives::Pausable`],
//! [`rustorium_primitives::Permissioned`], [`rustorium_primitives::Emitting`]).
//!
//! One policy for every path: [`ManagedAssets`] is the underlying `fungibles` implementation with
//! the pause, the cap and `T::TransferPolicy` enforced on transfers, credits and mints. A runtime
//! gives it, not the underlying assets, to the pallets that move tokens (asset-conversion, fee
//! payment), and filters the underlying assets' own transfer calls for managed tokens. Pausing
//! also freezes the underlying asset through [`AssetFreezer`], a second line behind the adapter.
//!
//! Tokens with inflation mint every period to their emission recipient (the creator unless an
//! admin changes it) in `on_initialize`, from a per-block agenda of bounded length.
//!
//! A token keeps the [`rustorium_primitives::Feature`]s it was created with, and the pallet
//! enforces them on every path: no mint after creation without `Minting`, no burn without
//! `Burning`, no pause without `Pausable`, and with `PermissionedTransfers` no movement to or from
//! an account without the token's `Holder` role (its system accounts excepted). No role reaches
//! a token's system accounts (`Config::SystemAccounts`: its pools, fee pool, escrow, this
//! pallet's account): a burner cannot burn from them. Administrative actions (role changes,
//! pauses, minters' mints, clawbacks, emission recipients) are reported to `Config::Observer`.
//!
//! ## Invariants (`try_state`)
//!
//! - Every token's total issuance is at most its cap.
//! - Every token has at least one admin, and its recorded counts of admins and role holders
//!   equal the roles stored.
//! - Every token's escrow holds exactly the unclaimed part of its vesting grants.
//! - Every emission belongs to a token and sits in the agenda of its next block, in the future.

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
mod adapter;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod emission;
mod invariants;
mod metadata;
#[cfg(test)]
mod mock;
mod pools;
mod roles;
pub mod runtime_api;
mod standard;
mod supply;
#[cfg(test)]
mod tests;
mod transfer;
mod types;
mod vesting;
mod views;
pub mod weights;

pub use accounts::TokenAccounts;
pub use adapter::ManagedAssets;
pub use emission::SLOT_SEARCH;
pub use pallet::*;
pub use pools::tokens_for_native;
pub use types::{Emission, SkipReason, TokenInfo, TokenView, VestingGrant};
pub use weights::WeightInfo;

use rustorium_primitives::{
	config::{TokenName, TokenSymbol},
	Role, TokenConfig,
};

/// Stops and resumes every movement of an asset in the fungibles implementation itself, e.g.
/// pallet-assets' `freeze_asset` and `thaw_asset` with this pallet's account as the freezer.
pub trait AssetFreezer<AssetId> {
	/// Stops every movement of `asset`.
	fn freeze(asset: AssetId) -> sp_runtime::DispatchResult;
	/// Resumes the movements of `asset`.
	fn thaw(asset: AssetId) -> sp_runtime::DispatchResult;
}

/// Freezes nothing: the pause then holds on this pallet's own calls only.
impl<AssetId> AssetFreezer<AssetId> for () {
	fn freeze(_: AssetId) -> sp_runtime::DispatchResult {
		Ok(())
	}
	fn thaw(_: AssetId) -> sp_runtime::DispatchResult {
		Ok(())
	}
}

/// The runtime's AMM, where a token opens its market against the native token.
pub trait NativePools<AccountId, AssetId, NativeBalance, Balance> {
	/// Creates the pool pairing `asset` with the native token and adds `who`'s liquidity:
	/// `native` of the native token and `tokens` of `asset`.
	fn open(
		who: &AccountId,
		asset: AssetId,
		native: NativeBalance,
		tokens: Balance,
	) -> sp_runtime::DispatchResult;
}

/// No AMM: `open_pool` fails.
impl<AccountId, AssetId, NativeBalance, Balance>
	NativePools<AccountId, AssetId, NativeBalance, Balance> for ()
{
	fn open(_: &AccountId, _: AssetId, _: NativeBalance, _: Balance) -> sp_runtime::DispatchResult {
		Err(sp_runtime::DispatchError::Other("this runtime has no pools"))
	}
}

/// Makes token ids, and the transfer policy's dearest case, for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AssetId, AccountId> {
	/// The `i`th token id.
	fn asset_id(i: u32) -> AssetId;

	/// Makes the runtime's transfer policy do the most it does for a transfer of `token` by
	/// `from` (limits, a breaker, counters to update): the `transfer_limited` benchmark. The
	/// default does nothing, for a runtime without a policy.
	fn limit_transfers(_token: AssetId, _from: &AccountId) {}
}

#[cfg(feature = "runtime-benchmarks")]
impl<AssetId: From<u32>, AccountId> BenchmarkHelper<AssetId, AccountId> for () {
	fn asset_id(i: u32) -> AssetId {
		i.into()
	}
}

// The expansion of `#[frame_support::pallet]` uses `expect` and a large call enum; the rules of
// the pallet live in the modules beside this one, under the full lints.
#[allow(clippy::expect_used, clippy::large_enum_variant)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, MutateHold},
			fungibles::{
				metadata::{Inspect as _, MetadataDeposit, Mutate as MutateMetadata},
				Create, Inspect, Mutate,
			},
			tokens::Balance,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use rustorium_primitives::{
		config::MAX_ALLOCATIONS, Bucket, ConfigError, OperationGuard, TokenAction, TokenObserver,
		TransferPolicy,
	};

	/// An amount of the native currency.
	pub type DepositOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;

	/// What the pallet stores about a token.
	pub type TokenInfoOf<T> =
		TokenInfo<<T as frame_system::Config>::AccountId, <T as Config>::Balance, DepositOf<T>>;

	/// The recipients of a token's buckets, one account per bucket of its distribution.
	pub type Recipients<T> =
		BoundedVec<(Bucket, <T as frame_system::Config>::AccountId), ConstU32<MAX_ALLOCATIONS>>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The pallet's configuration: the fungibles implementation it manages tokens on, and bounds.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Identifies a token (and its underlying asset).
		type AssetId: Member + Parameter + Copy + MaxEncodedLen + Ord + MaybeSerializeDeserialize;

		/// An amount of a token.
		type Balance: Balance + TryFrom<u128> + Into<u128>;

		/// The fungible assets tokens live on; this pallet's account owns every one it creates.
		type Assets: Inspect<Self::AccountId, AssetId = Self::AssetId, Balance = Self::Balance>
			+ Mutate<Self::AccountId>
			+ Create<Self::AccountId>
			+ MutateMetadata<Self::AccountId>
			+ MetadataDeposit<DepositOf<Self>>;

		/// Who may create a token; the creator becomes its first admin.
		type CreateOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// The native currency, in which creators leave a deposit on hold for each token.
		type Currency: fungible::Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason, which includes this pallet's.
		type RuntimeHoldReason: From<HoldReason>;

		/// The deposit a creator leaves on hold per token: token storage is paid for.
		#[pallet::constant]
		type TokenDeposit: Get<DepositOf<Self>>;

		/// Derives the pallet's account and the tokens' escrow accounts.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Most accounts holding roles on one token, all roles together.
		#[pallet::constant]
		type MaxRoleHolders: Get<u32>;

		/// Most vesting grants one account may have on one token.
		#[pallet::constant]
		type MaxGrants: Get<u32>;

		/// Blocks in a year, to spread a yearly inflation rate over emission periods.
		#[pallet::constant]
		type BlocksPerYear: Get<u32>;

		/// Most tokens whose emission one block mints.
		#[pallet::constant]
		type MaxEmissionsPerBlock: Get<u32>;

		/// The native token's decimals, to turn a launch price into amounts.
		#[pallet::constant]
		type NativeDecimals: Get<u8>;

		/// The AMM where `open_pool` opens a token's market.
		type Pools: NativePools<Self::AccountId, Self::AssetId, DepositOf<Self>, Self::Balance>;

		/// The accounts that hold other people's money in a token: its AMM pools, its fee pool,
		/// its escrow, this pallet's account. No role reaches them (a burner may not burn from
		/// them), and they need no `Holder` role to move a token with permissioned transfers
		/// (the other side of the movement does).
		type SystemAccounts: frame_support::traits::ContainsPair<Self::AssetId, Self::AccountId>;

		/// Decides whether a movement of a token may happen.
		type TransferPolicy: TransferPolicy<Self::AccountId, Self::AssetId, Self::Balance>;

		/// Decides whether a mint, a role change or an unpause may be done directly by its
		/// caller, or only through an approved proposal (which goes through the token standard's
		/// traits and is not asked).
		type OperationGuard: OperationGuard<Self::AssetId, Self::Balance>;

		/// Hears the administrative actions on tokens (role changes, pauses, minters' mints,
		/// clawbacks, emission recipients): the security pallet's audit trail.
		type Observer: rustorium_primitives::TokenObserver<
			Self::AssetId,
			Self::AccountId,
			Self::Balance,
		>;

		/// Freezes and thaws the underlying asset when a token is paused and unpaused, so that
		/// the pause holds on every path that moves it, not only this pallet's calls.
		type AssetFreezer: AssetFreezer<Self::AssetId>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;

		/// Makes token ids for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AssetId, Self::AccountId>;
	}

	/// Why this pallet holds native funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit a creator leaves for a token's storage.
		TokenDeposit,
	}

	/// The managed tokens: cap, pause state and role counts.
	#[pallet::storage]
	pub type Tokens<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, TokenInfoOf<T>, OptionQuery>;

	/// Who holds which role on which token.
	#[pallet::storage]
	pub type Roles<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Blake2_128Concat,
		(Role, T::AccountId),
		(),
		OptionQuery,
	>;

	/// Vesting grants per token and beneficiary, escrowed until claimed.
	#[pallet::storage]
	pub type Grants<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<VestingGrant<T::Balance, BlockNumberFor<T>>, T::MaxGrants>,
		ValueQuery,
	>;

	/// The inflating tokens: rate, period, recipient and next block.
	#[pallet::storage]
	pub type Emissions<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, Emission<T::AccountId, BlockNumberFor<T>>>;

	/// The tokens whose emission mints in a block.
	#[pallet::storage]
	pub type EmissionQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<T::AssetId, T::MaxEmissionsPerBlock>,
		ValueQuery,
	>;

	/// What happened to a token.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A token was created and its initial supply distributed.
		TokenCreated {
			/// The token.
			token: T::AssetId,
			/// Its creator and first admin.
			creator: T::AccountId,
			/// The creator's deposit, on hold while the token exists.
			deposit: DepositOf<T>,
			/// Base units minted at creation.
			initial_supply: T::Balance,
			/// The hard cap.
			max_supply: T::Balance,
		},
		/// Tokens were minted.
		Minted {
			/// The token.
			token: T::AssetId,
			/// Who received them.
			to: T::AccountId,
			/// How many.
			amount: T::Balance,
		},
		/// Tokens were burned.
		Burned {
			/// The token.
			token: T::AssetId,
			/// Whose tokens.
			from: T::AccountId,
			/// How many.
			amount: T::Balance,
		},
		/// Tokens moved under the token's transfer policy.
		Transferred {
			/// The token.
			token: T::AssetId,
			/// The sender.
			from: T::AccountId,
			/// The receiver.
			to: T::AccountId,
			/// How many.
			amount: T::Balance,
		},
		/// Every movement of the token stopped.
		Paused {
			/// The token.
			token: T::AssetId,
			/// Who paused it.
			by: T::AccountId,
		},
		/// The token moves again.
		Unpaused {
			/// The token.
			token: T::AssetId,
			/// Who unpaused it.
			by: T::AccountId,
		},
		/// A role was granted.
		RoleGranted {
			/// The token.
			token: T::AssetId,
			/// The role.
			role: Role,
			/// Who received it.
			who: T::AccountId,
			/// The admin who granted it (the creator at creation).
			by: T::AccountId,
		},
		/// A role was revoked.
		RoleRevoked {
			/// The token.
			token: T::AssetId,
			/// The role.
			role: Role,
			/// Who lost it.
			who: T::AccountId,
			/// The admin who revoked it.
			by: T::AccountId,
		},
		/// Part of the initial supply was escrowed for a beneficiary.
		VestingGranted {
			/// The token.
			token: T::AssetId,
			/// Who may claim it.
			beneficiary: T::AccountId,
			/// How much, in total.
			amount: T::Balance,
			/// The block the schedule starts at.
			start: BlockNumberFor<T>,
		},
		/// The token's name and symbol (and decimals, fixed at creation) were set.
		MetadataSet {
			/// The token.
			token: T::AssetId,
			/// The name.
			name: TokenName,
			/// The symbol.
			symbol: TokenSymbol,
			/// The decimals.
			decimals: u8,
			/// The native deposit the metadata now reserves.
			deposit: DepositOf<T>,
		},
		/// The token's next emission mint was scheduled.
		EmissionScheduled {
			/// The token.
			token: T::AssetId,
			/// The block of the mint.
			at: BlockNumberFor<T>,
		},
		/// A period of the token's emission minted nothing.
		EmissionSkipped {
			/// The token.
			token: T::AssetId,
			/// Why.
			reason: SkipReason,
		},
		/// The token reached its cap: its emission is over.
		EmissionEnded {
			/// The token.
			token: T::AssetId,
		},
		/// The blocks after the token's next mint were all full: its emission stopped until an
		/// admin restarts it.
		EmissionStopped {
			/// The token.
			token: T::AssetId,
		},
		/// A stopped emission was restarted.
		EmissionRestarted {
			/// The token.
			token: T::AssetId,
			/// The block of its next mint.
			at: BlockNumberFor<T>,
			/// The admin who restarted it.
			by: T::AccountId,
		},
		/// The token's future emission goes to a new recipient.
		EmissionRecipientSet {
			/// The token.
			token: T::AssetId,
			/// The new recipient.
			recipient: T::AccountId,
			/// The admin who set it.
			by: T::AccountId,
		},
		/// A pool pairing the token with the native token opened at the launch price.
		PoolOpened {
			/// The token.
			token: T::AssetId,
			/// The admin who provided the liquidity.
			by: T::AccountId,
			/// Native liquidity.
			native: DepositOf<T>,
			/// Token liquidity.
			tokens: T::Balance,
		},
		/// A beneficiary claimed what had vested.
		VestedClaimed {
			/// The token.
			token: T::AssetId,
			/// The beneficiary.
			who: T::AccountId,
			/// How much was released from escrow.
			amount: T::Balance,
		},
	}

	/// Why a call failed; each names one cause.
	#[pallet::error]
	pub enum Error<T> {
		/// No managed token has this id.
		UnknownToken,
		/// A token or asset with this id exists already.
		TokenExists,
		/// The configuration breaks a rule (the inner error says which).
		InvalidConfig(ConfigError),
		/// A bucket of the distribution has no recipient.
		MissingRecipient,
		/// A recipient is named for a bucket the distribution does not have, or twice.
		UnexpectedRecipient,
		/// An amount does not fit the runtime's balance type.
		AmountTooLarge,
		/// The caller lacks the role this call needs.
		MissingRole,
		/// The amount would take the supply above the token's cap.
		SupplyCapExceeded,
		/// The token is paused: nothing about it moves until an unpause.
		TokenPaused,
		/// The token is paused already.
		AlreadyPaused,
		/// The token is not paused.
		NotPaused,
		/// The account holds this role already.
		AlreadyHasRole,
		/// The account does not hold this role.
		RoleNotHeld,
		/// The last admin of a token cannot be removed.
		LastAdmin,
		/// The token has as many role holders as it may.
		TooManyRoleHolders,
		/// The beneficiary has as many grants on this token as it may.
		TooManyGrants,
		/// Nothing has vested that was not claimed yet.
		NothingToClaim,
		/// The token does not inflate.
		NoEmission,
		/// The emission goes to this account already.
		RecipientUnchanged,
		/// The blocks where the token's first emission could go are all full; try a later
		/// block.
		EmissionQueueFull,
		/// The token's configuration has no launch price to open a pool at.
		NoInitialPrice,
		/// The liquidity is zero, or buys less than one base unit of the token.
		LiquidityTooSmall,
		/// The token was created without the feature this needs (minting, burning, pausing).
		FeatureOff(rustorium_primitives::Feature),
		/// The account holds other people's money in the token (a pool, an escrow, the pallet's
		/// account): no role reaches it.
		SystemAccount,
		/// The token's transfers are permissioned: the sender and the receiver need its `Holder`
		/// role.
		NotHolder,
		/// The token's pool with the native token exists and holds liquidity already.
		PoolExists,
		/// The token's emission is running: only a stopped one is restarted.
		EmissionRunning,
	}

	impl<T: Config> From<ConfigError> for Error<T> {
		fn from(e: ConfigError) -> Self {
			Self::InvalidConfig(e)
		}
	}

	/// A token created at genesis: its id, creator (its first admin), configuration and bucket
	/// recipients.
	pub type GenesisToken<T> = (
		<T as Config>::AssetId,
		<T as frame_system::Config>::AccountId,
		TokenConfig,
		Vec<(Bucket, <T as frame_system::Config>::AccountId)>,
	);

	/// Tokens created at genesis, each exactly as `create_token` creates one.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The tokens, in creation order.
		pub tokens: Vec<GenesisToken<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (id, creator, config, recipients) in &self.tokens {
				let recipients: Recipients<T> = recipients
					.clone()
					.try_into()
					.expect("a genesis token names one recipient a bucket");
				Pallet::<T>::do_create_token(creator, *id, config, &recipients)
					.expect("a genesis token is valid");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(n: BlockNumberFor<T>) -> Weight {
			Self::emit_due(n)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Creates token `id` from `config`, validated first: mints the initial supply to the
		/// bucket `recipients`, escrowing vested buckets, and makes the caller its admin.
		/// Origin: `CreateOrigin`. Emits `TokenCreated`, `RoleGranted`, one `Minted` per bucket
		/// and one `VestingGranted` per vested bucket.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_token(recipients.len() as u32).saturating_add(
			T::Observer::weight().saturating_mul((recipients.len() as u64).saturating_add(1))
		))]
		pub fn create_token(
			origin: OriginFor<T>,
			id: T::AssetId,
			config: TokenConfig,
			recipients: Recipients<T>,
		) -> DispatchResult {
			let creator = T::CreateOrigin::ensure_origin(origin)?;
			Self::do_create_token(&creator, id, &config, &recipients)
		}

		/// Mints `amount` of `token` to `to`, up to the cap. Origin: a `Minter` of a token with
		/// the minting feature. Emits `Minted`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::mint().saturating_add(T::Observer::weight()))]
		pub fn mint(
			origin: OriginFor<T>,
			token: T::AssetId,
			to: T::AccountId,
			amount: T::Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_role(token, &Role::Minter, &who)?;
			T::OperationGuard::may_mint(&token, amount)?;
			Self::do_mint(token, &to, amount)?;
			Self::observe(token, &who, TokenAction::Minted { to, amount });
			Ok(())
		}

		/// Burns `amount` of `token` held by `from`. Origin: `from` itself, or a `Burner` of the
		/// token (a clawback, which the token's approval policy may reserve); never from an
		/// account that holds other people's money (a pool, an escrow). Needs the burning
		/// feature. Emits `Burned`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::burn().saturating_add(T::Observer::weight()))]
		pub fn burn(
			origin: OriginFor<T>,
			token: T::AssetId,
			from: T::AccountId,
			amount: T::Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			if who == from {
				return Self::do_burn(token, &from, amount);
			}
			Self::ensure_role(token, &Role::Burner, &who)?;
			T::OperationGuard::may_burn_from(&token)?;
			Self::do_burn(token, &from, amount)?;
			Self::observe(token, &who, TokenAction::Clawback { from, amount });
			Ok(())
		}

		/// Sends `amount` of `token` to `to` under the token's pause state and transfer policy.
		/// Origin: the holder. Emits `Transferred`. Weighed at the policy's dearest case, and
		/// refunded to a transfer without limits when the policy recorded nothing.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::transfer().max(T::WeightInfo::transfer_limited()))]
		pub fn transfer(
			origin: OriginFor<T>,
			token: T::AssetId,
			to: T::AccountId,
			amount: T::Balance,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (_, recorded) = Self::transfer_recorded(token, &who, &to, amount)?;
			Ok((!recorded).then(T::WeightInfo::transfer).into())
		}

		/// Stops every movement of `token`. Origin: a `Pauser` or an `Admin` of a token with
		/// the pausable feature. Emits `Paused`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::pause().saturating_add(T::Observer::weight()))]
		pub fn pause(origin: OriginFor<T>, token: T::AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_pauser(token, &who)?;
			Self::do_set_paused(token, true, &who)
		}

		/// Lets `token` move again. Origin: a `Pauser` or an `Admin` of the token. Emits
		/// `Unpaused`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::unpause().saturating_add(T::Observer::weight()))]
		pub fn unpause(origin: OriginFor<T>, token: T::AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_pauser(token, &who)?;
			T::OperationGuard::may_unpause(&token)?;
			Self::do_set_paused(token, false, &who)
		}

		/// Gives `who` the role `role` on `token`. Origin: an `Admin` of the token. Emits
		/// `RoleGranted`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::grant_role().saturating_add(T::Observer::weight()))]
		pub fn grant_role(
			origin: OriginFor<T>,
			token: T::AssetId,
			role: Role,
			who: T::AccountId,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::ensure_role(token, &Role::Admin, &admin)?;
			T::OperationGuard::may_change_roles(&token)?;
			Self::do_grant_role(token, role, &who, &admin)
		}

		/// Takes `role` on `token` from `who`; the last admin stays. Origin: an `Admin` of the
		/// token. Emits `RoleRevoked`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::revoke_role().saturating_add(T::Observer::weight()))]
		pub fn revoke_role(
			origin: OriginFor<T>,
			token: T::AssetId,
			role: Role,
			who: T::AccountId,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::ensure_role(token, &Role::Admin, &admin)?;
			T::OperationGuard::may_change_roles(&token)?;
			Self::do_revoke_role(token, role, &who, &admin)
		}

		/// Releases to the caller everything of `token` that has vested and was not claimed.
		/// Origin: a beneficiary. Emits `VestedClaimed`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::claim_vested(T::MaxGrants::get()))]
		pub fn claim_vested(origin: OriginFor<T>, token: T::AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_vested(token, &who).map(|_| ())
		}

		/// Sets the name and symbol wallets show for `token`; the decimals stay as created.
		/// Origin: an `Admin` of the token, who pays any rise in the metadata deposit and gets
		/// back any fall. Emits `MetadataSet`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::set_metadata())]
		pub fn set_metadata(
			origin: OriginFor<T>,
			token: T::AssetId,
			name: TokenName,
			symbol: TokenSymbol,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::ensure_role(token, &Role::Admin, &admin)?;
			Self::do_set_metadata(token, &admin, &name, &symbol, T::Assets::decimals(token))
		}

		/// Sends `token`'s future inflation to `recipient`. Origin: an `Admin` of the token,
		/// unless its approval policy reserves the change. Emits `EmissionRecipientSet`.
		#[pallet::call_index(10)]
		#[pallet::weight(
			T::WeightInfo::set_emission_recipient().saturating_add(T::Observer::weight())
		)]
		pub fn set_emission_recipient(
			origin: OriginFor<T>,
			token: T::AssetId,
			recipient: T::AccountId,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::ensure_role(token, &Role::Admin, &admin)?;
			T::OperationGuard::may_set_emission_recipient(&token)?;
			Self::do_set_emission_recipient(token, &recipient, &admin)
		}

		/// Opens `token`'s pool with the native token at the launch price of its configuration:
		/// the caller provides `native` and the tokens it buys at that price, and receives the
		/// pool's liquidity tokens. A pool someone created empty beforehand is used as it is.
		/// Origin: an `Admin` of the token. Emits `PoolOpened`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::open_pool())]
		pub fn open_pool(
			origin: OriginFor<T>,
			token: T::AssetId,
			native: DepositOf<T>,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::ensure_role(token, &Role::Admin, &admin)?;
			Self::do_open_pool(token, &admin, native)
		}

		/// Restarts `token`'s emission after it stopped for want of room in the agendas: its next
		/// mint is one period from now (or the first block with room after it). Origin: an
		/// `Admin` of the token. Emits `EmissionRestarted`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::restart_emission())]
		pub fn restart_emission(origin: OriginFor<T>, token: T::AssetId) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::ensure_role(token, &Role::Admin, &admin)?;
			Self::do_restart_emission(token, &admin)
		}
	}
}
