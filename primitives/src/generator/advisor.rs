//! The advisor: recommends a configuration for a use case and a few targets, explaining each
//! recommendation in words, and scores any configuration for risks.
//!
//! It is a fixed set of rules written for each use case, deterministic and documented here: it
//! does not learn, look at markets or predict prices. [`METHOD`] says so to its users too.

use crate::{
	config::{Bucket, ConfigError, Feature, TokenConfig, UseCase},
	display::{decimal, percent},
	generator::{GeneratorError, Template, TokenGenerator},
};
use alloc::{format, string::String, vec::Vec};
use sp_runtime::{
	traits::{One, Saturating},
	FixedPointNumber, FixedU128, PerThing, Perbill, Permill,
};

/// What the advisor is, in one sentence for its users.
pub const METHOD: &str = "Recommendations and risk scores come from fixed, documented rules for \
	each use case; they do not use market data or a trained model, and they predict nothing.";

/// What the token should achieve; every target is optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Targets {
	/// How many holders the token expects within its first year.
	pub expected_holders: Option<u64>,
	/// The launch price of one whole token, in whole native tokens.
	pub desired_price: Option<FixedU128>,
	/// Over how many years inflation should take the supply from launch to the cap.
	pub emission_years: Option<u32>,
}

/// A recommended configuration, with the reasons for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
	/// The recommended configuration, valid.
	pub config: TokenConfig,
	/// One explanation per recommendation, in words.
	pub explanations: Vec<String>,
}

/// How serious a risk is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
	/// Worth knowing.
	Low,
	/// Worth changing.
	Medium,
	/// Should be changed before launch.
	High,
}

impl Severity {
	/// Points the severity adds to the risk score.
	pub fn points(self) -> u8 {
		match self {
			Self::Low => 5,
			Self::Medium => 15,
			Self::High => 30,
		}
	}
}

/// A risk the advisor knows how to find.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Risk {
	/// The configuration breaks a validation rule, e.g. shares not adding up to 100%.
	Invalid(ConfigError),
	/// An insider bucket is released at once.
	InsiderWithoutVesting(Bucket),
	/// An insider bucket is fully released within a year.
	ShortInsiderVesting(Bucket),
	/// Insiders together hold this share.
	InsiderConcentration(Permill),
	/// The two largest buckets that one party controls (not community, rewards or a public
	/// sale) together hold this share.
	TopBucketConcentration(Permill),
	/// Inflation at this yearly rate.
	HighInflation(Perbill),
	/// The cap is this many times the launch supply.
	LooseCap(u128),
	/// Minting is on but the cap leaves no room to mint.
	MintingWithoutHeadroom,
	/// A launch price is set but no bucket funds liquidity.
	NoLiquidity,
	/// A security token lacks this control.
	SecurityWithoutControl(Feature),
	/// A security token inflates.
	SecurityWithInflation,
	/// Governance tokens can be minted: votes can be diluted.
	DilutableVotes,
}

/// One risk found, with its severity and an explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
	/// How serious it is.
	pub severity: Severity,
	/// Which risk.
	pub risk: Risk,
	/// What it means and what to change.
	pub message: String,
}

/// The risks of a configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RiskReport {
	/// 0 (no risk found) to 100: the sum of the findings' points, capped.
	pub score: u8,
	/// The risks found, most serious first.
	pub findings: Vec<Finding>,
}

impl RiskReport {
	/// A one-word verdict for the score.
	pub fn verdict(&self) -> &'static str {
		match self.score {
			0 => "clean",
			1..=20 => "low",
			21..=50 => "medium",
			_ => "high",
		}
	}
}

/// Tokens a typical holder should hold, per use case, so that balances read as whole numbers.
fn tokens_per_holder(use_case: UseCase) -> u128 {
	match use_case {
		UseCase::Gaming => 20_000,
		UseCase::Governance => 500,
		UseCase::Utility => 5_000,
		UseCase::Security => 100,
		UseCase::NftPlatform => 10_000,
	}
}

/// The smallest of 1, 2 or 5 times a power of ten that is at least `n` (at least 1).
fn nice_round_up(n: u128) -> u128 {
	let mut base: u128 = 1;
	loop {
		for step in [1u128, 2, 5] {
			let candidate = base.saturating_mul(step);
			if candidate >= n || candidate == u128::MAX {
				return candidate;
			}
		}
		base = base.saturating_mul(10);
	}
}

/// The advisor, for a chain with `blocks_per_day` blocks a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Advisor {
	/// Blocks a day on the target chain.
	pub blocks_per_day: u32,
}

impl Default for Advisor {
	fn default() -> Self {
		Self { blocks_per_day: crate::generator::DEFAULT_BLOCKS_PER_DAY }
	}
}

impl Advisor {
	/// A configuration from `base` (a generator with at least a use case) that meets
	/// `targets`, with an explanation of every choice: the template's reasons first, then one
	/// per target. Choices made on `base` win over targets: a target that cannot apply is
	/// explained, not silently dropped.
	pub fn recommend(
		&self,
		base: TokenGenerator,
		targets: &Targets,
	) -> Result<Advice, GeneratorError> {
		let use_case = base.use_case.ok_or(GeneratorError::NoUseCase)?;
		let template = Template::of(use_case);
		let mut explanations: Vec<String> =
			template.reasons.iter().map(|r| String::from(*r)).collect();
		let mut generator = base;

		let holders = targets.expected_holders.filter(|h| *h > 0);
		if let (Some(holders), None) = (holders, generator.supply) {
			// About half the launch supply reaches holders; the rest sits in treasury, team and
			// liquidity buckets.
			let wanted = u128::from(holders).saturating_mul(tokens_per_holder(use_case));
			generator.supply = Some(nice_round_up(wanted.saturating_mul(2)));
		}
		if generator.price.is_none() {
			generator.price = targets.desired_price;
		}
		let mut config = generator.generate()?;
		let unit = 10u128.checked_pow(u32::from(config.decimals)).unwrap_or(u128::MAX);
		let supply = config.initial_supply.checked_div(unit).unwrap_or_default();
		let cap = config.max_supply.checked_div(unit).unwrap_or_default();

		if let Some(holders) = holders {
			let each =
				supply.checked_div(u128::from(holders).saturating_mul(2)).unwrap_or_default();
			explanations.push(format!(
				"Supply {supply} tokens: with about half of it in holders' hands, each of \
				 {holders} expected holders has about {each} tokens, so that balances read as \
				 whole numbers."
			));
		}
		if targets.desired_price.is_some() {
			let price = config.economics.initial_price.unwrap_or_default();
			explanations.push(format!(
				"Launch price {} native tokens: the launch supply is then worth {} native tokens, \
				 and the whole cap {} (fully diluted). Seed the liquidity pool at this ratio.",
				decimal(price),
				price.saturating_mul_int(supply),
				price.saturating_mul_int(cap),
			));
		}
		if let Some(years) = targets.emission_years.filter(|y| *y > 0) {
			match config.economics.inflation.as_mut() {
				Some(inflation) => {
					let ratio = FixedU128::checked_from_rational(cap, supply)
						.unwrap_or_else(FixedU128::one);
					inflation.annual_rate = rate_reaching(ratio, years);
					explanations.push(format!(
						"Inflation {} a year, minted monthly: compounding at that rate takes the \
						 supply from launch to the cap ({} times the launch supply) in {years} \
						 years, after which minting stops.",
						percent(inflation.annual_rate),
						decimal(ratio),
					));
					config.validate()?;
				},
				None => explanations.push(format!(
					"No inflation: this {} token keeps its supply fixed after launch, so the \
					 {years} years of emission asked for do not apply. Add the inflation feature \
					 to emit anyway.",
					use_case.name(),
				)),
			}
		}
		Ok(Advice { config, explanations })
	}

	/// Scores `config` for risks. An invalid configuration is reported, not refused.
	pub fn assess(&self, config: &TokenConfig) -> RiskReport {
		let mut findings = Vec::new();
		let mut find =
			|severity, risk, message: String| findings.push(Finding { severity, risk, message });

		if let Err(e) = config.validate() {
			find(Severity::High, Risk::Invalid(e), format!("The configuration is invalid: {e}."));
		}

		let year = self.blocks_per_day.saturating_mul(365);
		let mut insiders = Permill::zero();
		for allocation in config.distribution.iter().filter(|a| a.bucket.is_insider()) {
			insiders = insiders.saturating_add(allocation.share);
			let share = percent(allocation.share);
			match allocation.vesting {
				None => find(
					Severity::High,
					Risk::InsiderWithoutVesting(allocation.bucket),
					format!(
						"{:?} receives {share} with no vesting: all of it can be sold on day \
						 one. Vest it (e.g. a 12-month cliff, then 24 months linear).",
						allocation.bucket
					),
				),
				Some(vesting) if vesting.end() < year => find(
					Severity::Medium,
					Risk::ShortInsiderVesting(allocation.bucket),
					format!(
						"{:?}'s {share} is fully released within a year ({} days).",
						allocation.bucket,
						vesting.end().checked_div(self.blocks_per_day).unwrap_or_default(),
					),
				),
				Some(_) => {},
			}
		}
		if insiders > Permill::from_percent(25) {
			let severity = if insiders > Permill::from_percent(40) {
				Severity::High
			} else {
				Severity::Medium
			};
			find(
				severity,
				Risk::InsiderConcentration(insiders),
				format!(
					"Team, advisors and investors hold {} together: enough to outvote or \
					 outsell everyone else. Keep insiders at or below 25%.",
					percent(insiders)
				),
			);
		}

		let mut controlled: Vec<Permill> = config
			.distribution
			.iter()
			.filter(|a| !a.bucket.is_dispersed())
			.map(|a| a.share)
			.collect();
		controlled.sort_by_key(|share| core::cmp::Reverse(*share));
		let top_two =
			controlled.iter().take(2).fold(Permill::zero(), |acc, s| acc.saturating_add(*s));
		if top_two > Permill::from_percent(50) {
			find(
				Severity::Medium,
				Risk::TopBucketConcentration(top_two),
				format!(
					"The two largest buckets that one party controls hold {}: together they \
					 can move the token's market and outvote everyone else.",
					percent(top_two)
				),
			);
		}

		if let Some(inflation) = &config.economics.inflation {
			if inflation.annual_rate > Perbill::from_percent(10) {
				let severity = if inflation.annual_rate > Perbill::from_percent(25) {
					Severity::High
				} else {
					Severity::Medium
				};
				find(
					severity,
					Risk::HighInflation(inflation.annual_rate),
					format!(
						"Inflation of {} a year halves a holder's share in {} years.",
						percent(inflation.annual_rate),
						halving_years(inflation.annual_rate),
					),
				);
			}
		}

		let cap_multiple = config.max_supply.checked_div(config.initial_supply).unwrap_or_default();
		let mints = config.has(Feature::Minting);
		if mints && cap_multiple > 10 {
			find(
				Severity::Medium,
				Risk::LooseCap(cap_multiple),
				format!(
					"The cap is {cap_multiple} times the launch supply: holders can be diluted \
					 {cap_multiple}-fold. A cap close to the planned emission is a promise they \
					 can check."
				),
			);
		}
		if mints && config.max_supply <= config.initial_supply {
			find(
				Severity::Low,
				Risk::MintingWithoutHeadroom,
				String::from(
					"Minting is on, but the launch supply already fills the cap: nothing can be \
					 minted. Raise the cap or turn minting off.",
				),
			);
		}
		if config.economics.initial_price.is_some()
			&& !config.distribution.iter().any(|a| a.bucket == Bucket::Liquidity)
		{
			find(
				Severity::Low,
				Risk::NoLiquidity,
				String::from(
					"A launch price is set but no bucket funds liquidity: buyers will find no \
					 pool at that price.",
				),
			);
		}

		if config.use_case == UseCase::Security {
			for control in [Feature::PermissionedTransfers, Feature::Pausable] {
				if !config.has(control) {
					find(
						Severity::High,
						Risk::SecurityWithoutControl(control),
						format!(
							"A security token without {}: a regulated asset must be able to \
							 restrict who holds it and to halt transfers.",
							control.name()
						),
					);
				}
			}
			if config.economics.inflation.is_some() {
				find(
					Severity::High,
					Risk::SecurityWithInflation,
					String::from(
						"A security token with inflation issues new units without an offering.",
					),
				);
			}
		}
		if config.use_case == UseCase::Governance && mints {
			find(
				Severity::Medium,
				Risk::DilutableVotes,
				String::from(
					"A governance token that can be minted lets whoever mints dilute the \
					 votes of every holder.",
				),
			);
		}

		findings.sort_by_key(|f| core::cmp::Reverse(f.severity));
		let score =
			findings.iter().fold(0u8, |acc, f| acc.saturating_add(f.severity.points())).min(100);
		RiskReport { score, findings }
	}
}

/// The yearly rate, to the part per billion, at which compounding multiplies a supply by
/// `ratio` in `years` years: the smallest `r` with `(1 + r)^years ≥ ratio`, by bisection; 100%
/// when even 100% a year is not enough.
pub fn rate_reaching(ratio: FixedU128, years: u32) -> Perbill {
	let grows_enough = |parts: u32| {
		let factor = FixedU128::one().saturating_add(Perbill::from_parts(parts).into());
		factor.saturating_pow(usize::try_from(years).unwrap_or(usize::MAX)) >= ratio
	};
	if ratio <= FixedU128::one() {
		return Perbill::zero();
	}
	let (mut low, mut high) = (0u32, Perbill::ACCURACY);
	if !grows_enough(high) {
		return Perbill::one();
	}
	// Invariant: grows_enough(high) and not grows_enough(low).
	while high.saturating_sub(low) > 1 {
		let mid = low.saturating_add(high.saturating_sub(low) / 2);
		if grows_enough(mid) {
			high = mid;
		} else {
			low = mid;
		}
	}
	Perbill::from_parts(high)
}

/// Years for inflation at `rate` to halve a fixed holding's share: the smallest `n` with
/// `(1 + rate)^n ≥ 2`.
fn halving_years(rate: Perbill) -> u32 {
	let factor = FixedU128::one().saturating_add(rate.into());
	let two = FixedU128::saturating_from_integer(2u32);
	(1..=1_000u32)
		.find(|n| factor.saturating_pow(usize::try_from(*n).unwrap_or(usize::MAX)) >= two)
		.unwrap_or(1_000)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{config::tests::valid, vesting::VestingSchedule};

	fn risks(report: &RiskReport) -> Vec<Risk> {
		report.findings.iter().map(|f| f.risk).collect()
	}

	#[test]
	fn every_template_is_low_risk_as_shipped() {
		let advisor = Advisor::default();
		for use_case in UseCase::ALL {
			let config = TokenGenerator::new().use_case(use_case).generate().unwrap();
			let report = advisor.assess(&config);
			assert!(report.score <= 20, "{use_case:?}: {report:?}");
			assert!(
				!report.findings.iter().any(|f| f.severity == Severity::High),
				"{use_case:?}: {report:?}"
			);
		}
	}

	#[test]
	fn a_distribution_not_adding_up_is_a_high_risk() {
		let mut config = valid();
		config.distribution[1].share = Permill::from_percent(70);
		let report = Advisor::default().assess(&config);
		assert_eq!(report.findings[0].risk, Risk::Invalid(ConfigError::DistributionNotWhole));
		assert_eq!(report.findings[0].severity, Severity::High);
	}

	#[test]
	fn an_unvested_team_and_concentrated_insiders_are_found_and_scored() {
		let mut config = valid();
		config.distribution[0].vesting = None;
		config.distribution[0].share = Permill::from_percent(45);
		config.distribution[1].share = Permill::from_percent(55);
		let report = Advisor::default().assess(&config);
		let found = risks(&report);
		assert!(found.contains(&Risk::InsiderWithoutVesting(Bucket::Team)), "{found:?}");
		assert!(
			found.contains(&Risk::InsiderConcentration(Permill::from_percent(45))),
			"{found:?}"
		);
		assert!(found.contains(&Risk::NoLiquidity), "{found:?}");
		assert_eq!(report.score, 30 + 30 + 5);
		assert_eq!(report.verdict(), "high");
		assert!(report.findings.windows(2).all(|w| w[0].severity >= w[1].severity));
	}

	#[test]
	fn a_treasury_holding_most_of_the_supply_is_a_concentration() {
		let mut config = valid();
		config.distribution[0].bucket = Bucket::Treasury;
		config.distribution[0].vesting = None;
		config.distribution[0].share = Permill::from_percent(60);
		config.distribution[1].share = Permill::from_percent(40);
		let found = risks(&Advisor::default().assess(&config));
		assert_eq!(
			found,
			vec![Risk::TopBucketConcentration(Permill::from_percent(60)), Risk::NoLiquidity]
		);
	}

	#[test]
	fn short_vesting_high_inflation_and_a_loose_cap_are_found() {
		let mut config = valid();
		// Six months of 30 days at 14,400 blocks a day.
		config.distribution[0].vesting =
			Some(VestingSchedule { cliff: 0, duration: 6 * 30 * 14_400 });
		config.economics.inflation.as_mut().unwrap().annual_rate = Perbill::from_percent(30);
		config.max_supply = config.initial_supply * 20;
		let found = risks(&Advisor::default().assess(&config));
		assert!(found.contains(&Risk::ShortInsiderVesting(Bucket::Team)), "{found:?}");
		assert!(found.contains(&Risk::HighInflation(Perbill::from_percent(30))), "{found:?}");
		assert!(found.contains(&Risk::LooseCap(20)), "{found:?}");
	}

	#[test]
	fn a_security_token_without_its_controls_is_high_risk() {
		let config = TokenGenerator::new()
			.use_case(UseCase::Security)
			.without_feature(Feature::PermissionedTransfers)
			.without_feature(Feature::Pausable)
			.generate()
			.unwrap();
		let found = risks(&Advisor::default().assess(&config));
		assert!(found.contains(&Risk::SecurityWithoutControl(Feature::PermissionedTransfers)));
		assert!(found.contains(&Risk::SecurityWithoutControl(Feature::Pausable)));
	}

	#[test]
	fn minting_a_governance_token_and_minting_without_room_are_found() {
		let config = TokenGenerator::new()
			.use_case(UseCase::Governance)
			.with_feature(Feature::Minting)
			.generate()
			.unwrap();
		let found = risks(&Advisor::default().assess(&config));
		assert!(found.contains(&Risk::DilutableVotes), "{found:?}");
		assert!(found.contains(&Risk::MintingWithoutHeadroom), "{found:?}");
	}

	#[test]
	fn recommendations_follow_the_targets_and_explain_each_one() {
		let targets = Targets {
			expected_holders: Some(30_000),
			desired_price: Some(FixedU128::from_rational(1, 50)),
			emission_years: Some(10),
		};
		let base = TokenGenerator::new().use_case(UseCase::Gaming);
		let advice = Advisor::default().recommend(base, &targets).unwrap();
		// 30,000 holders × 20,000 tokens × 2 = 1.2 billion, rounded up to 2 billion.
		assert_eq!(advice.config.initial_supply, 2_000_000_000 * 10u128.pow(12));
		assert_eq!(advice.config.economics.initial_price, Some(FixedU128::from_rational(1, 50)));
		// (1 + r)^10 = 2 gives r ≈ 7.18%.
		let rate = advice.config.economics.inflation.unwrap().annual_rate;
		assert_eq!(rate, rate_reaching(FixedU128::from_u32(2), 10));
		assert!(
			rate > Perbill::from_parts(71_700_000) && rate < Perbill::from_parts(71_800_000),
			"{rate:?}"
		);
		let template_reasons = Template::of(UseCase::Gaming).reasons.len();
		assert_eq!(advice.explanations.len(), template_reasons + 3);
		assert!(advice.explanations[template_reasons]
			.contains("30000 expected holders has about 33333 tokens"));
		assert!(advice.explanations[template_reasons + 1].contains("0.02 native tokens"));
		assert!(advice.explanations[template_reasons + 2].contains("in 10 years"));
	}

	#[test]
	fn an_explicit_supply_wins_over_the_holders_target_and_says_what_it_means() {
		let targets = Targets { expected_holders: Some(1_000), ..Default::default() };
		let base = TokenGenerator::new().use_case(UseCase::Utility).with_supply(10_000_000);
		let advice = Advisor::default().recommend(base, &targets).unwrap();
		assert_eq!(advice.config.initial_supply, 10_000_000 * 10u128.pow(12));
		assert!(advice.explanations.last().unwrap().contains("has about 5000 tokens"));
		assert_eq!(
			Advisor::default().recommend(TokenGenerator::new(), &targets),
			Err(GeneratorError::NoUseCase)
		);
	}

	#[test]
	fn emission_years_for_a_fixed_supply_token_are_declined_in_words() {
		let targets = Targets { emission_years: Some(5), ..Default::default() };
		let base = TokenGenerator::new().use_case(UseCase::Governance);
		let advice = Advisor::default().recommend(base, &targets).unwrap();
		assert_eq!(advice.config.economics.inflation, None);
		assert!(advice.explanations.last().unwrap().starts_with("No inflation"));
	}

	#[test]
	fn the_emission_rate_is_the_smallest_that_reaches_the_ratio() {
		for (ratio, years) in [(2u32, 10u32), (2, 1), (2, 100), (150, 40), (3, 2)] {
			let ratio = FixedU128::from_u32(ratio);
			let rate = rate_reaching(ratio, years);
			let grows =
				|r: Perbill| (FixedU128::one() + r.into()).saturating_pow(years as usize) >= ratio;
			assert!(grows(rate));
			assert!(!grows(Perbill::from_parts(rate.deconstruct() - 1)));
		}
		assert_eq!(rate_reaching(FixedU128::one(), 5), Perbill::zero());
		// Tripling in one year needs 200% a year: beyond the range, so capped at 100%.
		assert_eq!(rate_reaching(FixedU128::from_u32(3), 1), Perbill::one());
	}

	#[test]
	fn halving_and_round_numbers_read_right() {
		assert_eq!(halving_years(Perbill::from_percent(100)), 1);
		assert_eq!(halving_years(Perbill::from_percent(10)), 8);
		assert_eq!(nice_round_up(1_200_000_000), 2_000_000_000);
		assert_eq!(nice_round_up(0), 1);
		assert_eq!(nice_round_up(5), 5);
	}
}
