//! A token's full configuration: identity, supply and cap, distribution with vesting, economics
//! and features, and the rules that make one valid.
//!
//! [`TokenConfig::validate`] is the one gate: the generator checks its output with it, and the
//! pallet refuses to create a token from a configuration it rejects.

use crate::vesting::VestingSchedule;
use codec::{Decode, DecodeWithMemTracking, Encode};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{ConstU32, Zero},
	BoundedVec, FixedU128, Perbill, Permill,
};

/// Longest token name, in bytes.
pub const MAX_NAME_LEN: u32 = 64;
/// Longest ticker symbol, in bytes.
pub const MAX_SYMBOL_LEN: u32 = 12;
/// Most buckets a distribution may have.
pub const MAX_ALLOCATIONS: u32 = 10;
/// Most features a token may switch on.
pub const MAX_FEATURES: u32 = 16;
/// Most decimal places a token may have.
pub const MAX_DECIMALS: u8 = 18;

/// A token's name, UTF-8.
pub type TokenName = BoundedVec<u8, ConstU32<MAX_NAME_LEN>>;
/// A token's ticker symbol: ASCII capital letters and digits.
pub type TokenSymbol = BoundedVec<u8, ConstU32<MAX_SYMBOL_LEN>>;
/// The buckets of a distribution.
pub type Distribution = BoundedVec<Allocation, ConstU32<MAX_ALLOCATIONS>>;
/// The features a token switches on.
pub type Features = BoundedVec<Feature, ConstU32<MAX_FEATURES>>;

shared_type! {
	/// What a token is for; each use case has a template.
	#[derive(Copy, PartialOrd, Ord)]
	#[serde(rename_all = "kebab-case")]
	pub enum UseCase {
		/// An in-game currency: large supply, rewards for players, modest inflation.
		Gaming,
		/// A voting token: fixed supply, wide community share, long team vesting.
		Governance,
		/// A token that pays for a service: ecosystem-heavy, burnable, capped growth.
		Utility,
		/// A regulated asset: permissioned transfers, pausable, no inflation.
		Security,
		/// The currency of an NFT marketplace: creator rewards, royalties in kind.
		NftPlatform,
	}
}

impl UseCase {
	/// Every use case, in a fixed order.
	pub const ALL: [UseCase; 5] =
		[Self::Gaming, Self::Governance, Self::Utility, Self::Security, Self::NftPlatform];

	/// The use case's name as the command line and JSON spell it.
	pub fn name(self) -> &'static str {
		match self {
			Self::Gaming => "gaming",
			Self::Governance => "governance",
			Self::Utility => "utility",
			Self::Security => "security",
			Self::NftPlatform => "nft-platform",
		}
	}

	/// The use case named `name` (`"gaming"`, `"nft-platform"`, …).
	pub fn from_name(name: &str) -> Option<Self> {
		Self::ALL.into_iter().find(|u| u.name() == name)
	}
}

shared_type! {
	/// A capability a token switches on.
	#[derive(Copy, PartialOrd, Ord, frame_support::PalletError)]
	#[serde(rename_all = "kebab-case")]
	pub enum Feature {
		/// Minters may create tokens, up to the cap.
		Minting,
		/// Holders may burn their tokens; burners may burn anyone's.
		Burning,
		/// Pausers may stop every movement of the token.
		Pausable,
		/// Only accounts holding a named role may send or receive the token.
		PermissionedTransfers,
		/// Buckets are released over vesting schedules.
		Vesting,
		/// New tokens are minted each period at the configured rate, up to the cap.
		Inflation,
		/// The token can be staked for rewards.
		Staking,
		/// Holders vote on proposals with the token.
		Governance,
		/// The token pays for NFT mints and royalties.
		Nft,
		/// The token can be lent and borrowed against collateral.
		Lending,
	}
}

impl Feature {
	/// Every feature, in a fixed order.
	pub const ALL: [Feature; 10] = [
		Self::Minting,
		Self::Burning,
		Self::Pausable,
		Self::PermissionedTransfers,
		Self::Vesting,
		Self::Inflation,
		Self::Staking,
		Self::Governance,
		Self::Nft,
		Self::Lending,
	];

	/// Whether the feature is a module of its own (staking, governance, NFTs, lending) that a
	/// runtime enables per token, rather than a rule of the token pallet.
	pub fn needs_module(self) -> bool {
		matches!(self, Self::Staking | Self::Governance | Self::Nft | Self::Lending)
	}

	/// The feature's name as the command line and JSON spell it.
	pub fn name(self) -> &'static str {
		match self {
			Self::Minting => "minting",
			Self::Burning => "burning",
			Self::Pausable => "pausable",
			Self::PermissionedTransfers => "permissioned-transfers",
			Self::Vesting => "vesting",
			Self::Inflation => "inflation",
			Self::Staking => "staking",
			Self::Governance => "governance",
			Self::Nft => "nft",
			Self::Lending => "lending",
		}
	}

	/// The feature named `name` (`"minting"`, `"permissioned-transfers"`, …).
	pub fn from_name(name: &str) -> Option<Self> {
		Self::ALL.into_iter().find(|f| f.name() == name)
	}
}

shared_type! {
	/// Who a share of the initial supply is for.
	#[derive(Copy, PartialOrd, Ord, frame_support::PalletError)]
	#[serde(rename_all = "kebab-case")]
	pub enum Bucket {
		/// The founding team.
		Team,
		/// Advisors.
		Advisors,
		/// Early investors.
		Investors,
		/// Airdrops, grants and community programmes.
		Community,
		/// The project's treasury.
		Treasury,
		/// Liquidity pools and market making.
		Liquidity,
		/// Partners and integrations.
		Ecosystem,
		/// Rewards for players, creators or stakers.
		Rewards,
		/// A public sale.
		PublicSale,
	}
}

impl Bucket {
	/// The bucket's name as JSON spells it.
	pub fn name(self) -> &'static str {
		match self {
			Self::Team => "team",
			Self::Advisors => "advisors",
			Self::Investors => "investors",
			Self::Community => "community",
			Self::Treasury => "treasury",
			Self::Liquidity => "liquidity",
			Self::Ecosystem => "ecosystem",
			Self::Rewards => "rewards",
			Self::PublicSale => "public-sale",
		}
	}

	/// Whether the bucket goes to a few insiders, who should be vested.
	pub fn is_insider(self) -> bool {
		matches!(self, Self::Team | Self::Advisors | Self::Investors)
	}

	/// Whether the bucket is spread over many holders rather than held by one party.
	pub fn is_dispersed(self) -> bool {
		matches!(self, Self::Community | Self::Rewards | Self::PublicSale)
	}
}

shared_type! {
	/// One bucket of the distribution: its share of the initial supply and how it is released.
	#[serde(deny_unknown_fields)]
	pub struct Allocation {
		/// Who the share is for.
		pub bucket: Bucket,
		/// The share of the initial supply, in parts per million.
		pub share: Permill,
		/// Released over this schedule from creation; `None` releases it at once.
		pub vesting: Option<VestingSchedule>,
	}
}

shared_type! {
	/// Minting new tokens on a schedule, never past the cap.
	#[serde(deny_unknown_fields)]
	pub struct Inflation {
		/// New supply per year as a share of the supply, in parts per billion, compounded per
		/// period.
		pub annual_rate: Perbill,
		/// Blocks between two mints.
		pub period: u32,
	}
}

shared_type! {
	/// A token's economics.
	#[derive(Default)]
	#[serde(deny_unknown_fields)]
	pub struct Economics {
		/// The launch price of one whole token, in whole native tokens, as a decimal string in
		/// JSON. With liquidity supplied at creation, the pool opens at this price.
		#[serde(with = "crate::serde_text::decimal")]
		pub initial_price: Option<FixedU128>,
		/// Emission after launch, if any.
		pub inflation: Option<Inflation>,
		/// The yearly reward rate for stakers, in parts per billion, if the token can be
		/// staked.
		pub staking_reward_rate: Option<Perbill>,
	}
}

shared_type! {
	/// Everything needed to create a token: the generator's output and `create_token`'s input.
	#[serde(deny_unknown_fields)]
	pub struct TokenConfig {
		/// Human-readable name.
		#[serde(with = "crate::serde_text::text")]
		pub name: TokenName,
		/// Ticker symbol.
		#[serde(with = "crate::serde_text::text")]
		pub symbol: TokenSymbol,
		/// Decimal places of one whole token.
		pub decimals: u8,
		/// The template the configuration started from.
		pub use_case: UseCase,
		/// Base units minted at creation and split across the distribution.
		pub initial_supply: u128,
		/// The hard cap on the supply, in base units.
		pub max_supply: u128,
		/// How the initial supply is split; the shares add up to exactly 100%.
		pub distribution: Distribution,
		/// Price, inflation and staking rewards.
		pub economics: Economics,
		/// The capabilities switched on.
		pub features: Features,
	}
}

/// Checks a token's name (non-empty UTF-8) and symbol (non-empty, `A`–`Z` and `0`–`9`), the rules
/// a configuration and a later change of a token's metadata share.
pub fn validate_name_and_symbol(name: &[u8], symbol: &[u8]) -> Result<(), ConfigError> {
	if name.is_empty() {
		return Err(ConfigError::EmptyName);
	}
	if core::str::from_utf8(name).is_err() {
		return Err(ConfigError::NameNotText);
	}
	if symbol.is_empty() {
		return Err(ConfigError::EmptySymbol);
	}
	if !symbol.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
		return Err(ConfigError::SymbolNotAlphanumeric);
	}
	Ok(())
}

/// Why a configuration is invalid. Each variant names one rule, so a caller can say exactly
/// what to change. Small enough to travel inside a pallet's error (at most two bytes).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	frame_support::PalletError,
)]
pub enum ConfigError {
	/// The name is empty.
	EmptyName,
	/// The name is not UTF-8 text.
	NameNotText,
	/// The symbol is empty.
	EmptySymbol,
	/// The symbol has a character other than an ASCII capital letter or digit.
	SymbolNotAlphanumeric,
	/// More than [`MAX_DECIMALS`] decimal places.
	TooManyDecimals,
	/// The cap is zero.
	ZeroCap,
	/// The initial supply is zero.
	ZeroInitialSupply,
	/// The initial supply is above the cap.
	InitialSupplyAboveCap,
	/// The distribution has no bucket.
	EmptyDistribution,
	/// The shares do not add up to 100% ([`TokenConfig::distribution_total`] says what they add
	/// up to).
	DistributionNotWhole,
	/// A bucket appears twice.
	DuplicateBucket(Bucket),
	/// A bucket has a zero share.
	ZeroShare(Bucket),
	/// A vesting schedule releases nothing over time: zero cliff and zero duration.
	EmptyVesting(Bucket),
	/// A bucket is vested but the `Vesting` feature is off.
	VestingWithoutFeature,
	/// A feature appears twice.
	DuplicateFeature(Feature),
	/// Inflation is configured but the `Inflation` feature is off, or the reverse.
	InflationFeatureMismatch,
	/// Inflation needs the `Minting` feature.
	InflationWithoutMinting,
	/// Inflation has a zero period or a zero rate.
	EmptyInflation,
	/// Inflation is configured but the initial supply already fills the cap.
	NoRoomForInflation,
	/// A staking reward rate is set but the `Staking` feature is off.
	StakingRewardWithoutFeature,
	/// A zero launch price.
	ZeroPrice,
}

impl core::fmt::Display for ConfigError {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		use ConfigError::*;
		match self {
			EmptyName => write!(f, "the name is empty"),
			NameNotText => write!(f, "the name is not UTF-8 text"),
			EmptySymbol => write!(f, "the symbol is empty"),
			SymbolNotAlphanumeric => {
				write!(f, "the symbol may hold only capital letters A-Z and digits")
			},
			TooManyDecimals => write!(f, "more than {MAX_DECIMALS} decimals"),
			ZeroCap => write!(f, "the cap (max_supply) is zero"),
			ZeroInitialSupply => write!(f, "the initial supply is zero"),
			InitialSupplyAboveCap => write!(f, "the initial supply is above the cap"),
			EmptyDistribution => write!(f, "the distribution has no bucket"),
			DistributionNotWhole => write!(f, "the distribution's shares do not add up to 100%"),
			DuplicateBucket(b) => write!(f, "bucket {b:?} appears twice"),
			ZeroShare(b) => write!(f, "bucket {b:?} has a zero share"),
			EmptyVesting(b) => {
				write!(f, "bucket {b:?} has a vesting schedule with no cliff and no duration")
			},
			VestingWithoutFeature => write!(f, "a bucket is vested but the vesting feature is off"),
			DuplicateFeature(x) => write!(f, "feature {} appears twice", x.name()),
			InflationFeatureMismatch => write!(
				f,
				"economics.inflation and the inflation feature must be both set or both unset"
			),
			InflationWithoutMinting => write!(f, "inflation needs the minting feature"),
			EmptyInflation => write!(f, "inflation has a zero period or a zero rate"),
			NoRoomForInflation => {
				write!(f, "inflation is set but the initial supply already fills the cap")
			},
			StakingRewardWithoutFeature => {
				write!(f, "a staking reward rate is set but the staking feature is off")
			},
			ZeroPrice => write!(f, "the launch price is zero"),
		}
	}
}

impl TokenConfig {
	/// Checks every rule; the first broken one is the error.
	pub fn validate(&self) -> Result<(), ConfigError> {
		self.validate_identity()?;
		self.validate_supply()?;
		self.validate_features()?;
		self.validate_distribution()?;
		self.validate_economics()
	}

	/// What the distribution's shares add up to, in parts per million (1,000,000 when whole).
	pub fn distribution_total(&self) -> u32 {
		// At most ten shares of at most a million parts each: no overflow in a u32.
		self.distribution.iter().fold(0u32, |sum, a| sum.saturating_add(a.share.deconstruct()))
	}

	/// Whether the feature is switched on.
	pub fn has(&self, feature: Feature) -> bool {
		self.features.contains(&feature)
	}

	/// What each bucket receives at creation, in base units: its share of the initial supply,
	/// rounded down, with the rounding remainder added to the first bucket so that the amounts
	/// add up to exactly the initial supply.
	pub fn amounts(&self) -> impl Iterator<Item = (Bucket, u128)> + '_ {
		let shares = self
			.distribution
			.iter()
			.fold(0u128, |sum, a| sum.saturating_add(a.share.mul_floor(self.initial_supply)));
		let remainder = self.initial_supply.saturating_sub(shares);
		self.distribution.iter().enumerate().map(move |(i, a)| {
			let amount = a.share.mul_floor(self.initial_supply);
			(a.bucket, if i == 0 { amount.saturating_add(remainder) } else { amount })
		})
	}

	fn validate_identity(&self) -> Result<(), ConfigError> {
		validate_name_and_symbol(&self.name, &self.symbol)?;
		if self.decimals > MAX_DECIMALS {
			return Err(ConfigError::TooManyDecimals);
		}
		Ok(())
	}

	fn validate_supply(&self) -> Result<(), ConfigError> {
		if self.max_supply == 0 {
			return Err(ConfigError::ZeroCap);
		}
		if self.initial_supply == 0 {
			return Err(ConfigError::ZeroInitialSupply);
		}
		if self.initial_supply > self.max_supply {
			return Err(ConfigError::InitialSupplyAboveCap);
		}
		Ok(())
	}

	fn validate_features(&self) -> Result<(), ConfigError> {
		for (i, feature) in self.features.iter().enumerate() {
			if self.features.iter().skip(i.saturating_add(1)).any(|f| f == feature) {
				return Err(ConfigError::DuplicateFeature(*feature));
			}
		}
		Ok(())
	}

	fn validate_distribution(&self) -> Result<(), ConfigError> {
		if self.distribution.is_empty() {
			return Err(ConfigError::EmptyDistribution);
		}
		for (i, allocation) in self.distribution.iter().enumerate() {
			let bucket = allocation.bucket;
			if self.distribution.iter().skip(i.saturating_add(1)).any(|a| a.bucket == bucket) {
				return Err(ConfigError::DuplicateBucket(bucket));
			}
			if allocation.share.is_zero() {
				return Err(ConfigError::ZeroShare(bucket));
			}
			if let Some(vesting) = allocation.vesting {
				if vesting.cliff == 0 && vesting.duration == 0 {
					return Err(ConfigError::EmptyVesting(bucket));
				}
				if !self.has(Feature::Vesting) {
					return Err(ConfigError::VestingWithoutFeature);
				}
			}
		}
		if self.distribution_total() != Permill::one().deconstruct() {
			return Err(ConfigError::DistributionNotWhole);
		}
		Ok(())
	}

	fn validate_economics(&self) -> Result<(), ConfigError> {
		let economics = &self.economics;
		if economics.initial_price.is_some_and(|p| p.is_zero()) {
			return Err(ConfigError::ZeroPrice);
		}
		if economics.inflation.is_some() != self.has(Feature::Inflation) {
			return Err(ConfigError::InflationFeatureMismatch);
		}
		if let Some(inflation) = &economics.inflation {
			if !self.has(Feature::Minting) {
				return Err(ConfigError::InflationWithoutMinting);
			}
			if inflation.period == 0 || inflation.annual_rate.is_zero() {
				return Err(ConfigError::EmptyInflation);
			}
			if self.initial_supply >= self.max_supply {
				return Err(ConfigError::NoRoomForInflation);
			}
		}
		if economics.staking_reward_rate.is_some() && !self.has(Feature::Staking) {
			return Err(ConfigError::StakingRewardWithoutFeature);
		}
		Ok(())
	}
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;

	/// A valid configuration each test breaks in one way.
	pub(crate) fn valid() -> TokenConfig {
		TokenConfig {
			name: b"Test Token".to_vec().try_into().unwrap(),
			symbol: b"TST".to_vec().try_into().unwrap(),
			decimals: 12,
			use_case: UseCase::Utility,
			initial_supply: 1_000_000,
			max_supply: 2_000_000,
			distribution: vec![
				Allocation {
					bucket: Bucket::Team,
					share: Permill::from_percent(20),
					vesting: Some(VestingSchedule { cliff: 10, duration: 100 }),
				},
				Allocation {
					bucket: Bucket::Community,
					share: Permill::from_percent(80),
					vesting: None,
				},
			]
			.try_into()
			.unwrap(),
			economics: Economics {
				initial_price: Some(FixedU128::from_rational(1, 100)),
				inflation: Some(Inflation { annual_rate: Perbill::from_percent(2), period: 100 }),
				staking_reward_rate: None,
			},
			features: vec![Feature::Minting, Feature::Vesting, Feature::Inflation]
				.try_into()
				.unwrap(),
		}
	}

	fn broken(change: impl FnOnce(&mut TokenConfig)) -> Result<(), ConfigError> {
		let mut config = valid();
		change(&mut config);
		config.validate()
	}

	#[test]
	fn the_reference_configuration_is_valid() {
		assert_eq!(valid().validate(), Ok(()));
	}

	#[test]
	fn each_broken_rule_has_its_own_error() {
		use ConfigError::*;
		assert_eq!(broken(|c| c.name = Default::default()), Err(EmptyName));
		assert_eq!(broken(|c| c.name = vec![0xff, 0xfe].try_into().unwrap()), Err(NameNotText));
		assert_eq!(broken(|c| c.symbol = Default::default()), Err(EmptySymbol));
		assert_eq!(
			broken(|c| c.symbol = b"tst".to_vec().try_into().unwrap()),
			Err(SymbolNotAlphanumeric)
		);
		assert_eq!(broken(|c| c.decimals = 19), Err(TooManyDecimals));
		assert_eq!(broken(|c| c.max_supply = 0), Err(ZeroCap));
		assert_eq!(broken(|c| c.initial_supply = 0), Err(ZeroInitialSupply));
		assert_eq!(broken(|c| c.initial_supply = 2_000_001), Err(InitialSupplyAboveCap));
		assert_eq!(broken(|c| c.distribution = Default::default()), Err(EmptyDistribution));
		assert_eq!(
			broken(|c| c.distribution[1].share = Permill::from_percent(70)),
			Err(DistributionNotWhole)
		);
		assert_eq!(
			broken(|c| c.distribution[1].bucket = Bucket::Team),
			Err(DuplicateBucket(Bucket::Team))
		);
		assert_eq!(
			broken(|c| {
				c.distribution[0].share = Permill::zero();
				c.distribution[1].share = Permill::one();
			}),
			Err(ZeroShare(Bucket::Team))
		);
		assert_eq!(
			broken(|c| c.distribution[0].vesting = Some(VestingSchedule { cliff: 0, duration: 0 })),
			Err(EmptyVesting(Bucket::Team))
		);
		assert_eq!(
			broken(|c| c.features.retain(|f| *f != Feature::Vesting)),
			Err(VestingWithoutFeature)
		);
		assert_eq!(
			broken(|c| c.features.try_push(Feature::Minting).unwrap()),
			Err(DuplicateFeature(Feature::Minting))
		);
		assert_eq!(broken(|c| c.economics.inflation = None), Err(InflationFeatureMismatch));
		assert_eq!(
			broken(|c| c.features.retain(|f| *f != Feature::Inflation)),
			Err(InflationFeatureMismatch)
		);
		assert_eq!(
			broken(|c| c.features.retain(|f| *f != Feature::Minting)),
			Err(InflationWithoutMinting)
		);
		assert_eq!(
			broken(|c| c.economics.inflation.as_mut().unwrap().period = 0),
			Err(EmptyInflation)
		);
		assert_eq!(
			broken(|c| c.economics.inflation.as_mut().unwrap().annual_rate = Perbill::zero()),
			Err(EmptyInflation)
		);
		assert_eq!(broken(|c| c.max_supply = c.initial_supply), Err(NoRoomForInflation));
		assert_eq!(
			broken(|c| c.economics.staking_reward_rate = Some(Perbill::from_percent(5))),
			Err(StakingRewardWithoutFeature)
		);
		assert_eq!(broken(|c| c.economics.initial_price = Some(FixedU128::zero())), Err(ZeroPrice));
	}

	#[test]
	fn bucket_amounts_add_up_to_the_initial_supply() {
		let mut config = valid();
		config.initial_supply = 1_000_003;
		config.distribution[0].share = Permill::from_parts(333_333);
		config.distribution[1].share = Permill::from_parts(666_667);
		let amounts: Vec<_> = config.amounts().collect();
		assert_eq!(amounts.iter().map(|(_, a)| a).sum::<u128>(), 1_000_003);
		assert_eq!(
			amounts[1],
			(Bucket::Community, Permill::from_parts(666_667).mul_floor(1_000_003u128))
		);
	}

	#[test]
	fn names_round_trip_for_use_cases_and_features() {
		for u in UseCase::ALL {
			assert_eq!(UseCase::from_name(u.name()), Some(u));
		}
		for f in Feature::ALL {
			assert_eq!(Feature::from_name(f.name()), Some(f));
		}
		assert_eq!(UseCase::from_name("casino"), None);
	}

	#[test]
	fn json_reads_back_what_it_wrote_and_reads_well() {
		let config = valid();
		let json = serde_json::to_string_pretty(&config).unwrap();
		assert!(json.contains("\"name\": \"Test Token\""), "{json}");
		assert!(json.contains("\"initial_price\": \"0.01\""), "{json}");
		assert!(json.contains("\"use_case\": \"utility\""), "{json}");
		let back: TokenConfig = serde_json::from_str(&json).unwrap();
		assert_eq!(back, config);
	}

	#[test]
	fn json_with_an_unknown_field_or_a_long_symbol_is_refused() {
		let json = serde_json::to_string(&valid()).unwrap();
		let extra = json.replacen('{', "{\"colour\":\"red\",", 1);
		assert!(serde_json::from_str::<TokenConfig>(&extra).is_err());
		let long = json.replace("\"TST\"", "\"ABCDEFGHIJKLM\"");
		let err = serde_json::from_str::<TokenConfig>(&long).unwrap_err().to_string();
		assert!(err.contains("longer than 12 bytes"), "{err}");
	}
}
