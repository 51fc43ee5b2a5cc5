//! The token generator: from a use case and a few choices to a complete, validated
//! [`TokenConfig`].
//!
//! ```
//! use rustorium_primitives::{Feature, TokenGenerator, UseCase};
//!
//! let config = TokenGenerator::new()
//!     .use_case(UseCase::Gaming)
//!     .with_supply(1_000_000_000)
//!     .with_feature(Feature::Minting)
//!     .generate()
//!     .unwrap();
//! assert_eq!(config.initial_supply, 1_000_000_000 * 10u128.pow(12));
//! ```
//!
//! It starts from the use case's [`Template`], applies the builder's changes, converts vesting
//! months to blocks, and returns the configuration only if [`TokenConfig::validate`] accepts it.

pub mod advisor;
pub mod templates;

pub use templates::{BucketPlan, Template, TEMPLATES};

use crate::{
	config::{Allocation, ConfigError, Economics, Feature, Inflation, TokenConfig, UseCase},
	vesting::VestingSchedule,
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode};
use scale_info::TypeInfo;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, FixedPointNumber, FixedU128, Perbill,
	Rounding,
};

/// Blocks in a day at six-second blocks, the default for converting months to blocks.
pub const DEFAULT_BLOCKS_PER_DAY: u32 = 14_400;
/// Days in a month, for vesting and emission periods.
pub const DAYS_PER_MONTH: u32 = 30;
/// Yearly inflation given to a token whose template has none when the builder adds the
/// `Inflation` feature.
pub const DEFAULT_INFLATION: Perbill = Perbill::from_percent(2);
/// Yearly staking reward given to a token whose template has none when the builder adds the
/// `Staking` feature.
pub const DEFAULT_STAKING_REWARD: Perbill = Perbill::from_percent(5);

/// Why the generator produced no configuration.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum GeneratorError {
	/// No use case was chosen.
	NoUseCase,
	/// The supply or cap does not fit in 128 bits at this many decimals.
	SupplyOverflow,
	/// The name is longer than [`crate::config::MAX_NAME_LEN`] bytes.
	NameTooLong,
	/// The symbol is longer than [`crate::config::MAX_SYMBOL_LEN`] bytes.
	SymbolTooLong,
	/// More features than [`crate::config::MAX_FEATURES`].
	TooManyFeatures,
	/// Zero blocks per day.
	ZeroBlocksPerDay,
	/// The result breaks a rule of a valid configuration.
	Invalid(ConfigError),
}

impl From<ConfigError> for GeneratorError {
	fn from(e: ConfigError) -> Self {
		Self::Invalid(e)
	}
}

impl core::fmt::Display for GeneratorError {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		use crate::config::{MAX_FEATURES, MAX_NAME_LEN, MAX_SYMBOL_LEN};
		match self {
			Self::NoUseCase => write!(f, "no use case chosen"),
			Self::SupplyOverflow => {
				write!(f, "the supply or cap does not fit in 128 bits at these decimals")
			},
			Self::NameTooLong => write!(f, "the name is longer than {MAX_NAME_LEN} bytes"),
			Self::SymbolTooLong => write!(f, "the symbol is longer than {MAX_SYMBOL_LEN} bytes"),
			Self::TooManyFeatures => write!(f, "more than {MAX_FEATURES} features"),
			Self::ZeroBlocksPerDay => write!(f, "blocks per day must be above zero"),
			Self::Invalid(e) => write!(f, "invalid configuration: {e}"),
		}
	}
}

/// Builds a [`TokenConfig`] from a use case's template; see the module documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenGenerator {
	use_case: Option<UseCase>,
	name: Option<Vec<u8>>,
	symbol: Option<Vec<u8>>,
	supply: Option<u128>,
	cap: Option<u128>,
	decimals: Option<u8>,
	price: Option<FixedU128>,
	added: Vec<Feature>,
	removed: Vec<Feature>,
	blocks_per_day: u32,
}

impl Default for TokenGenerator {
	fn default() -> Self {
		Self::new()
	}
}

impl TokenGenerator {
	/// A generator with nothing chosen yet.
	pub fn new() -> Self {
		Self {
			use_case: None,
			name: None,
			symbol: None,
			supply: None,
			cap: None,
			decimals: None,
			price: None,
			added: Vec::new(),
			removed: Vec::new(),
			blocks_per_day: DEFAULT_BLOCKS_PER_DAY,
		}
	}

	/// Starts from the template of `use_case`.
	pub fn use_case(mut self, use_case: UseCase) -> Self {
		self.use_case = Some(use_case);
		self
	}

	/// Names the token (otherwise the template's name and symbol).
	pub fn named(mut self, name: &str, symbol: &str) -> Self {
		self.name = Some(name.as_bytes().to_vec());
		self.symbol = Some(symbol.as_bytes().to_vec());
		self
	}

	/// The launch supply, in whole tokens. The cap keeps the template's ratio to it unless
	/// [`Self::with_cap`] sets it.
	pub fn with_supply(mut self, whole_tokens: u128) -> Self {
		self.supply = Some(whole_tokens);
		self
	}

	/// The hard cap, in whole tokens.
	pub fn with_cap(mut self, whole_tokens: u128) -> Self {
		self.cap = Some(whole_tokens);
		self
	}

	/// Decimal places of one whole token.
	pub fn with_decimals(mut self, decimals: u8) -> Self {
		self.decimals = Some(decimals);
		self
	}

	/// The launch price of one whole token, in whole native tokens.
	pub fn with_price(mut self, price: FixedU128) -> Self {
		self.price = Some(price);
		self
	}

	/// Switches a feature on. Adding `Inflation` or `Staking` to a template without them gives
	/// them default rates ([`DEFAULT_INFLATION`], [`DEFAULT_STAKING_REWARD`]).
	pub fn with_feature(mut self, feature: Feature) -> Self {
		self.removed.retain(|f| *f != feature);
		self.added.push(feature);
		self
	}

	/// Switches a feature off, with what depends only on it: `Vesting` off releases every
	/// bucket at once, `Inflation` off drops the emission, `Staking` off drops the reward.
	pub fn without_feature(mut self, feature: Feature) -> Self {
		self.added.retain(|f| *f != feature);
		self.removed.push(feature);
		self
	}

	/// Blocks per day on the target chain, for converting months to blocks (default: 14,400,
	/// six-second blocks).
	pub fn blocks_per_day(mut self, blocks: u32) -> Self {
		self.blocks_per_day = blocks;
		self
	}

	/// The configuration, validated.
	pub fn generate(self) -> Result<TokenConfig, GeneratorError> {
		let use_case = self.use_case.ok_or(GeneratorError::NoUseCase)?;
		let template = Template::of(use_case);
		let month = self
			.blocks_per_day
			.checked_mul(DAYS_PER_MONTH)
			.filter(|m| *m > 0)
			.ok_or(GeneratorError::ZeroBlocksPerDay)?;

		let decimals = self.decimals.unwrap_or(template.decimals);
		let unit = 10u128.checked_pow(u32::from(decimals)).ok_or(GeneratorError::SupplyOverflow)?;
		let supply = self.supply.unwrap_or(template.supply);
		let cap = match self.cap {
			Some(cap) => cap,
			None => multiply_by_rational_with_rounding(
				supply,
				u128::from(template.cap_percent),
				100,
				Rounding::Down,
			)
			.ok_or(GeneratorError::SupplyOverflow)?,
		};
		let initial_supply = supply.checked_mul(unit).ok_or(GeneratorError::SupplyOverflow)?;
		let max_supply = cap.checked_mul(unit).ok_or(GeneratorError::SupplyOverflow)?;

		let mut features: Vec<Feature> = template
			.features
			.iter()
			.chain(self.added.iter())
			.copied()
			.filter(|f| !self.removed.contains(f))
			.collect();
		features.sort();
		features.dedup();
		let has = |f: Feature| features.contains(&f);

		let vesting_on = has(Feature::Vesting);
		let distribution = template
			.buckets
			.iter()
			.map(|plan| Allocation {
				bucket: plan.bucket,
				share: plan.share,
				vesting: (vesting_on && (plan.cliff_months > 0 || plan.linear_months > 0)).then(
					|| VestingSchedule {
						cliff: plan.cliff_months.saturating_mul(month),
						duration: plan.linear_months.saturating_mul(month),
					},
				),
			})
			.collect::<Vec<_>>();

		let economics = Economics {
			initial_price: self
				.price
				.or_else(|| FixedU128::checked_from_rational(template.price_millis, 1_000u128)),
			inflation: has(Feature::Inflation).then(|| Inflation {
				annual_rate: template.inflation.unwrap_or(DEFAULT_INFLATION),
				period: month,
			}),
			staking_reward_rate: has(Feature::Staking)
				.then(|| template.staking_reward_rate.unwrap_or(DEFAULT_STAKING_REWARD)),
		};

		let config = TokenConfig {
			name: self
				.name
				.unwrap_or_else(|| template.name.as_bytes().to_vec())
				.try_into()
				.map_err(|_| GeneratorError::NameTooLong)?,
			symbol: self
				.symbol
				.unwrap_or_else(|| template.symbol.as_bytes().to_vec())
				.try_into()
				.map_err(|_| GeneratorError::SymbolTooLong)?,
			decimals,
			use_case,
			initial_supply,
			max_supply,
			// Templates have at most as many buckets as a distribution may hold.
			distribution: distribution.try_into().map_err(|_| GeneratorError::SupplyOverflow)?,
			economics,
			features: features.try_into().map_err(|_| GeneratorError::TooManyFeatures)?,
		};
		config.validate()?;
		Ok(config)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::config::Bucket;

	#[test]
	fn the_seed_example_generates_a_valid_gaming_token() {
		let config = TokenGenerator::new()
			.use_case(UseCase::Gaming)
			.with_supply(1_000_000_000)
			.with_feature(Feature::Minting)
			.with_feature(Feature::Burning)
			.generate()
			.unwrap();
		assert_eq!(config.use_case, UseCase::Gaming);
		assert_eq!(config.initial_supply, 1_000_000_000 * 10u128.pow(12));
		assert_eq!(config.max_supply, 2 * config.initial_supply);
		assert!(config.has(Feature::Minting) && config.has(Feature::Burning));
		assert_eq!(config.symbol.to_vec(), b"GAME".to_vec());
		let team = config.distribution.iter().find(|a| a.bucket == Bucket::Team).unwrap();
		let month = DEFAULT_BLOCKS_PER_DAY * DAYS_PER_MONTH;
		assert_eq!(team.vesting, Some(VestingSchedule { cliff: 12 * month, duration: 24 * month }));
		assert_eq!(
			config.economics.inflation,
			Some(Inflation { annual_rate: Perbill::from_percent(3), period: month })
		);
	}

	#[test]
	fn every_template_generates_a_valid_configuration() {
		for use_case in UseCase::ALL {
			let config = TokenGenerator::new().use_case(use_case).generate();
			assert!(config.is_ok(), "{use_case:?}: {config:?}");
		}
	}

	#[test]
	fn features_switch_on_and_off_with_what_depends_on_them() {
		let config = TokenGenerator::new()
			.use_case(UseCase::Governance)
			.without_feature(Feature::Vesting)
			.without_feature(Feature::Staking)
			.generate()
			.unwrap();
		assert!(config.distribution.iter().all(|a| a.vesting.is_none()));
		assert_eq!(config.economics.staking_reward_rate, None);

		let config = TokenGenerator::new()
			.use_case(UseCase::Utility)
			.with_feature(Feature::Inflation)
			.generate()
			.unwrap();
		assert_eq!(config.economics.inflation.map(|i| i.annual_rate), Some(DEFAULT_INFLATION));

		let config = TokenGenerator::new()
			.use_case(UseCase::Security)
			.with_feature(Feature::Staking)
			.generate()
			.unwrap();
		assert_eq!(config.economics.staking_reward_rate, Some(DEFAULT_STAKING_REWARD));
	}

	#[test]
	fn what_cannot_work_is_refused_with_a_typed_error() {
		assert_eq!(TokenGenerator::new().generate(), Err(GeneratorError::NoUseCase));
		assert_eq!(
			TokenGenerator::new().use_case(UseCase::Gaming).with_supply(u128::MAX).generate(),
			Err(GeneratorError::SupplyOverflow)
		);
		assert_eq!(
			TokenGenerator::new().use_case(UseCase::Gaming).with_decimals(40).generate(),
			Err(GeneratorError::SupplyOverflow)
		);
		assert_eq!(
			TokenGenerator::new()
				.use_case(UseCase::Gaming)
				.with_decimals(19)
				.with_supply(1)
				.generate(),
			Err(GeneratorError::Invalid(ConfigError::TooManyDecimals))
		);
		assert_eq!(
			TokenGenerator::new()
				.use_case(UseCase::Gaming)
				.without_feature(Feature::Minting)
				.generate(),
			Err(GeneratorError::Invalid(ConfigError::InflationWithoutMinting))
		);
		assert_eq!(
			TokenGenerator::new().use_case(UseCase::Gaming).with_supply(10).with_cap(5).generate(),
			Err(GeneratorError::Invalid(ConfigError::InitialSupplyAboveCap))
		);
		assert_eq!(
			TokenGenerator::new().use_case(UseCase::Gaming).named("x", "lower").generate(),
			Err(GeneratorError::Invalid(ConfigError::SymbolNotAlphanumeric))
		);
		assert_eq!(
			TokenGenerator::new().use_case(UseCase::Gaming).named("x", "ABCDEFGHIJKLM").generate(),
			Err(GeneratorError::SymbolTooLong)
		);
		assert_eq!(
			TokenGenerator::new().use_case(UseCase::Gaming).blocks_per_day(0).generate(),
			Err(GeneratorError::ZeroBlocksPerDay)
		);
	}
}
