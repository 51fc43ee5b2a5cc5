//! `rustorium token …`: the token generator and advisor.

use clap::{Args, Subcommand};
use rustorium_primitives::{
	display::{decimal, parse_decimal, percent},
	generator::{
		advisor::{Advisor, RiskReport, Severity, Targets, METHOD},
		Template, DEFAULT_BLOCKS_PER_DAY, TEMPLATES,
	},
	ConfigError, Feature, TokenConfig, TokenGenerator, UseCase,
};
use sp_runtime::{FixedU128, Permill};
use std::{fmt::Write as _, path::PathBuf};

/// What a command prints and how it exits.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
	/// For standard output: data another program may read.
	pub stdout: String,
	/// For standard error: the report a person reads.
	pub stderr: String,
	/// The exit code: 0 success, 1 invalid or high risk.
	pub code: u8,
}

/// The `token` subcommands.
// Parsed once from the command line: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum TokenCommand {
	/// List the use-case templates and why each is shaped as it is.
	Templates,
	/// Generate a token configuration from a use case and targets; print it as JSON, with the
	/// advisor's explanations and risk score.
	Generate(GenerateArgs),
	/// Validate a configuration file (JSON, as `generate` prints it) and score its risks.
	Check {
		/// The configuration file.
		file: PathBuf,
	},
}

/// The choices and targets of `token generate`.
#[derive(Args, Debug)]
pub struct GenerateArgs {
	/// The use case: gaming, governance, utility, security or nft-platform.
	#[arg(long, value_parser = parse_use_case)]
	use_case: UseCase,
	/// The token's name (default: the template's).
	#[arg(long, requires = "symbol")]
	name: Option<String>,
	/// The ticker symbol: capital letters and digits (default: the template's).
	#[arg(long, requires = "name")]
	symbol: Option<String>,
	/// Launch supply, in whole tokens (default: the template's, or one fitting --holders).
	#[arg(long)]
	supply: Option<u128>,
	/// Hard cap, in whole tokens (default: the template's ratio to the supply).
	#[arg(long)]
	cap: Option<u128>,
	/// Decimal places (default: the template's).
	#[arg(long)]
	decimals: Option<u8>,
	/// Launch price of one whole token in native tokens, as a decimal such as 0.02.
	#[arg(long, value_parser = parse_price)]
	price: Option<FixedU128>,
	/// Switch a feature on (repeatable): minting, burning, pausable, permissioned-transfers,
	/// vesting, inflation, staking, governance, nft, lending.
	#[arg(long = "feature", value_parser = parse_feature)]
	features: Vec<Feature>,
	/// Switch a feature off (repeatable), with what depends only on it.
	#[arg(long = "without", value_parser = parse_feature)]
	without: Vec<Feature>,
	/// Holders expected in the first year; sizes the supply when --supply is not given.
	#[arg(long)]
	holders: Option<u64>,
	/// Years over which inflation should take the supply from launch to the cap.
	#[arg(long)]
	emission_years: Option<u32>,
	/// Blocks a day on the target chain, for vesting and emission periods.
	#[arg(long, default_value_t = DEFAULT_BLOCKS_PER_DAY)]
	blocks_per_day: u32,
	/// Write the JSON here instead of standard output; the report then goes to standard output.
	#[arg(long, short)]
	output: Option<PathBuf>,
}

fn parse_use_case(text: &str) -> Result<UseCase, String> {
	UseCase::from_name(text).ok_or_else(|| {
		let names: Vec<_> = UseCase::ALL.iter().map(|u| u.name()).collect();
		format!("unknown use case {text:?}; one of: {}", names.join(", "))
	})
}

fn parse_feature(text: &str) -> Result<Feature, String> {
	Feature::from_name(text).ok_or_else(|| {
		let names: Vec<_> = Feature::ALL.iter().map(|f| f.name()).collect();
		format!("unknown feature {text:?}; one of: {}", names.join(", "))
	})
}

fn parse_price(text: &str) -> Result<FixedU128, String> {
	parse_decimal(text).ok_or_else(|| format!("not a decimal price: {text:?} (e.g. 0.02)"))
}

/// Runs a `token` subcommand.
pub fn run(command: TokenCommand) -> Result<Outcome, String> {
	match command {
		TokenCommand::Templates => Ok(Outcome { stdout: templates(), ..Default::default() }),
		TokenCommand::Generate(args) => generate(args),
		TokenCommand::Check { file } => {
			let text = std::fs::read_to_string(&file)
				.map_err(|e| format!("cannot read {}: {e}", file.display()))?;
			check(&text).map_err(|e| format!("{}: {e}", file.display()))
		},
	}
}

/// Every template, described.
fn templates() -> String {
	let mut out = String::new();
	for t in TEMPLATES.iter() {
		describe_template(&mut out, t);
	}
	let _ = write!(out, "{METHOD}");
	out
}

fn describe_template(out: &mut String, t: &Template) {
	let _ = writeln!(out, "{} — {} ({})", t.use_case.name(), t.name, t.symbol);
	let cap = match t.cap_percent {
		100 => String::from("fixed supply"),
		p => format!("cap {}x the launch supply", decimal(FixedU128::from_rational(p.into(), 100))),
	};
	let _ = writeln!(out, "  supply {} tokens, {} decimals, {cap}", t.supply, t.decimals);
	let buckets: Vec<String> = t
		.buckets
		.iter()
		.map(|b| {
			let share = percent(b.share);
			let bucket = b.bucket.name();
			match (b.cliff_months, b.linear_months) {
				(0, 0) => format!("{bucket} {share}"),
				(c, 0) => format!("{bucket} {share} (locked {c} months)"),
				(c, l) => format!("{bucket} {share} ({c}-month cliff, {l} months linear)"),
			}
		})
		.collect();
	let _ = writeln!(out, "  distribution: {}", buckets.join(", "));
	let features: Vec<_> = t.features.iter().map(|f| f.name()).collect();
	let _ = writeln!(out, "  features: {}", features.join(", "));
	for reason in t.reasons {
		let _ = writeln!(out, "  - {reason}");
	}
	let _ = writeln!(out);
}

/// `token generate`: the configuration as JSON and the advisor's report.
fn generate(args: GenerateArgs) -> Result<Outcome, String> {
	let mut generator =
		TokenGenerator::new().use_case(args.use_case).blocks_per_day(args.blocks_per_day);
	if let (Some(name), Some(symbol)) = (&args.name, &args.symbol) {
		generator = generator.named(name, symbol);
	}
	if let Some(supply) = args.supply {
		generator = generator.with_supply(supply);
	}
	if let Some(cap) = args.cap {
		generator = generator.with_cap(cap);
	}
	if let Some(decimals) = args.decimals {
		generator = generator.with_decimals(decimals);
	}
	if let Some(price) = args.price {
		generator = generator.with_price(price);
	}
	for feature in args.features {
		generator = generator.with_feature(feature);
	}
	for feature in args.without {
		generator = generator.without_feature(feature);
	}
	let targets = Targets {
		expected_holders: args.holders,
		desired_price: None,
		emission_years: args.emission_years,
	};
	let advisor = Advisor { blocks_per_day: args.blocks_per_day };
	let advice = advisor.recommend(generator, &targets).map_err(|e| e.to_string())?;
	let json = serde_json::to_string_pretty(&advice.config).map_err(|e| e.to_string())?;

	let mut report = format!(
		"{} token: {} ({})\n\nWhy:\n",
		advice.config.use_case.name(),
		String::from_utf8_lossy(&advice.config.name),
		String::from_utf8_lossy(&advice.config.symbol),
	);
	for line in &advice.explanations {
		let _ = writeln!(report, "  - {line}");
	}
	let risks = advisor.assess(&advice.config);
	report.push('\n');
	report.push_str(&describe_risks(&risks));
	let _ = write!(report, "\n{METHOD}");
	let code = exit_code(true, &risks);

	match args.output {
		Some(path) => {
			std::fs::write(&path, format!("{json}\n"))
				.map_err(|e| format!("cannot write {}: {e}", path.display()))?;
			let _ = write!(report, "\n\nConfiguration written to {}.", path.display());
			Ok(Outcome { stdout: report, stderr: String::new(), code })
		},
		None => Ok(Outcome { stdout: json, stderr: report, code }),
	}
}

/// `token check`: validity and risks of a configuration in JSON.
fn check(json: &str) -> Result<Outcome, String> {
	let config: TokenConfig =
		serde_json::from_str(json).map_err(|e| format!("not a token configuration: {e}"))?;
	let validity = config.validate();
	let risks = Advisor::default().assess(&config);
	let mut out = match validity {
		Ok(()) => String::from("valid\n\n"),
		Err(ConfigError::DistributionNotWhole) => format!(
			"invalid: {} (they add up to {})\n\n",
			ConfigError::DistributionNotWhole,
			percent(Permill::from_parts(config.distribution_total()))
		),
		Err(e) => format!("invalid: {e}\n\n"),
	};
	out.push_str(&describe_risks(&risks));
	let _ = write!(out, "\n{METHOD}");
	Ok(Outcome { stdout: out, stderr: String::new(), code: exit_code(validity.is_ok(), &risks) })
}

fn describe_risks(report: &RiskReport) -> String {
	let mut out = format!("Risk score: {}/100 ({})\n", report.score, report.verdict());
	for finding in &report.findings {
		let severity = match finding.severity {
			Severity::High => "high",
			Severity::Medium => "medium",
			Severity::Low => "low",
		};
		let _ = writeln!(out, "  [{severity}] {}", finding.message);
	}
	out
}

/// 0 for a valid configuration without high risks, 1 otherwise.
fn exit_code(valid: bool, risks: &RiskReport) -> u8 {
	let high = risks.findings.iter().any(|f| f.severity == Severity::High);
	u8::from(!valid || high)
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;

	#[derive(Parser)]
	struct TestCli {
		#[command(subcommand)]
		command: TokenCommand,
	}

	fn run_args(args: &[&str]) -> Result<Outcome, String> {
		let cli = TestCli::try_parse_from(std::iter::once("token").chain(args.iter().copied()))
			.map_err(|e| e.to_string())?;
		run(cli.command)
	}

	#[test]
	fn templates_lists_all_five_with_reasons() {
		let out = run_args(&["templates"]).unwrap();
		for use_case in UseCase::ALL {
			assert!(out.stdout.contains(&format!("{} — ", use_case.name())), "{}", out.stdout);
		}
		assert!(out.stdout.contains("team 15% (12-month cliff, 24 months linear)"));
		assert!(out.stdout.contains("public-sale 70% (locked 12 months)"));
		assert_eq!(out.code, 0);
	}

	#[test]
	fn generate_prints_json_that_check_accepts() {
		let out = run_args(&[
			"generate",
			"--use-case",
			"gaming",
			"--supply",
			"1000000000",
			"--feature",
			"minting",
			"--holders",
			"5000",
			"--emission-years",
			"10",
		])
		.unwrap();
		assert_eq!(out.code, 0, "{}", out.stderr);
		let config: TokenConfig = serde_json::from_str(&out.stdout).unwrap();
		assert_eq!(config.initial_supply, 1_000_000_000 * 10u128.pow(12));
		assert!(out.stderr.contains("Why:") && out.stderr.contains("Risk score: 0/100 (clean)"));
		assert!(out.stderr.contains("5000 expected holders has about 100000 tokens"));
		assert!(out.stderr.contains(METHOD));
		let checked = check(&out.stdout).unwrap();
		assert!(checked.stdout.starts_with("valid"), "{}", checked.stdout);
		assert_eq!(checked.code, 0);
	}

	#[test]
	fn generate_refuses_what_cannot_work() {
		let err = run_args(&["generate", "--use-case", "casino"]).unwrap_err();
		assert!(err.contains("unknown use case \"casino\""), "{err}");
		let err =
			run_args(&["generate", "--use-case", "gaming", "--feature", "teleport"]).unwrap_err();
		assert!(err.contains("unknown feature"), "{err}");
		let err =
			run_args(&["generate", "--use-case", "gaming", "--without", "minting"]).unwrap_err();
		assert_eq!(err, "invalid configuration: inflation needs the minting feature");
		let err = run_args(&["generate", "--use-case", "gaming", "--price", "1e3"]).unwrap_err();
		assert!(err.contains("not a decimal price"), "{err}");
	}

	#[test]
	fn check_reports_an_invalid_distribution_and_exits_1() {
		let out = run_args(&["generate", "--use-case", "utility"]).unwrap();
		let broken = out.stdout.replacen("\"share\": 300000", "\"share\": 200000", 1);
		assert_ne!(broken, out.stdout);
		let checked = check(&broken).unwrap();
		assert!(
			checked.stdout.starts_with(
				"invalid: the distribution's shares do not add up to 100% (they add up to 90%)"
			),
			"{}",
			checked.stdout
		);
		assert_eq!(checked.code, 1);
	}

	#[test]
	fn check_refuses_what_is_not_a_configuration() {
		let err = check("{\"name\": 1}").unwrap_err();
		assert!(err.starts_with("not a token configuration"), "{err}");
		let err = run_args(&["check", "/nonexistent/token.json"]).unwrap_err();
		assert!(err.starts_with("cannot read /nonexistent/token.json"), "{err}");
	}
}
