//! What the pallet stores about a token and a vesting grant.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use rustorium_primitives::{config::Features, VestingSchedule};
use scale_info::TypeInfo;
use sp_runtime::{FixedU128, Perbill};

/// A managed token's state beyond its underlying asset.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct TokenInfo<AccountId, Balance, Deposit> {
	/// Who created the token and left the deposit.
	pub creator: AccountId,
	/// The native deposit on hold from the creator.
	pub deposit: Deposit,
	/// The native deposit the underlying asset's metadata reserves on the pallet's account,
	/// paid by the admins who set it.
	pub metadata_deposit: Deposit,
	/// The hard cap on the total issuance.
	pub max_supply: Balance,
	/// The launch price, in whole native tokens per whole token, if the configuration set one.
	pub initial_price: Option<FixedU128>,
	/// Whether every movement of the token is stopped.
	pub paused: bool,
	/// How many accounts hold the `Admin` role (at least one).
	pub admins: u32,
	/// How many (role, account) pairs exist, admins included.
	pub role_holders: u32,
	/// The features the token was created with: the pallet enforces minting, burning, pausing
	/// and permissioned transfers by them.
	pub features: Features,
}

/// What a wallet reads about a token: its details and its supply.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct TokenView<AccountId, Balance> {
	/// Who created the token.
	pub creator: AccountId,
	/// The base units in existence.
	pub supply: Balance,
	/// The hard cap.
	pub max_supply: Balance,
	/// Whether every movement of the token is stopped.
	pub paused: bool,
	/// How many accounts administer it.
	pub admins: u32,
	/// The features the token was created with.
	pub features: Features,
	/// Those of its features whose module this runtime does not have yet: recorded, not
	/// enforced (staking, governance, NFTs, lending until their modules land).
	pub inactive: Features,
}

/// An amount escrowed for a beneficiary, released over a schedule from `start`.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct VestingGrant<Balance, BlockNumber> {
	/// Everything the grant releases.
	pub total: Balance,
	/// What the beneficiary has claimed so far.
	pub claimed: Balance,
	/// The block the schedule counts from.
	pub start: BlockNumber,
	/// The cliff and the linear release.
	pub schedule: VestingSchedule,
}

/// A token's emission: new supply minted every `period` blocks to `recipient`, at `annual_rate`
/// of the supply per year, until the cap.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Emission<AccountId, BlockNumber> {
	/// Who receives the new supply.
	pub recipient: AccountId,
	/// New supply per year as a share of the supply.
	pub annual_rate: Perbill,
	/// Blocks between two mints.
	pub period: u32,
	/// The block of the next mint.
	pub next: BlockNumber,
}

/// Why a token's emission minted nothing in a period.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum SkipReason {
	/// The token was paused.
	Paused,
	/// The underlying assets refused the mint (say, an amount below their minimum balance).
	Refused,
}
