//! `rustorium`: Rustorium from the terminal.
//!
//! `rustorium token templates` lists the use-case templates, `rustorium token generate` turns a
//! use case and targets into a token configuration (JSON) with the advisor's explanations and
//! risk score, and `rustorium token check FILE.json` validates a configuration and scores it.
//! `rustorium audit --token ID [--url ws://…]` prints a token's audit trail from a running node.
//!
//! Exit codes: 0 success; 1 the configuration is invalid or has a high risk; 2 bad usage, an
//! unreadable file or an unreachable node.

// Tests may panic: a failed expectation is how they report.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

mod audit;
mod token;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Rustorium: a token system for Polkadot parachains.
#[derive(Parser, Debug)]
#[command(name = "rustorium", version, about, long_about = None)]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

// Parsed once from the command line: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
enum Command {
	/// Design tokens: list templates, generate a configuration, check one.
	#[command(subcommand)]
	Token(token::TokenCommand),
	/// Print a token's audit trail from a running node (the `SecurityApi` runtime API).
	Audit(audit::AuditArgs),
}

fn main() -> ExitCode {
	let cli = Cli::parse();
	let outcome = match cli.command {
		Command::Token(command) => token::run(command),
		Command::Audit(args) => audit::run(args),
	};
	match outcome {
		Ok(outcome) => {
			if !outcome.stdout.is_empty() {
				println!("{}", outcome.stdout);
			}
			if !outcome.stderr.is_empty() {
				eprintln!("{}", outcome.stderr);
			}
			ExitCode::from(outcome.code)
		},
		Err(error) => {
			eprintln!("error: {error}");
			ExitCode::from(2)
		},
	}
}
