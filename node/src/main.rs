//! `rustorium-node`: the Rustorium collator and dev-chain node.
//!
//! A thin binary on `polkadot-omni-node-lib`: the runtime decides everything, and this crate only
//! adds the built-in chain specs (`dev`, `local`) built from the embedded runtime wasm, so that
//! `rustorium-node --dev` starts a chain with no extra files.

mod chain_spec;

use polkadot_omni_node_lib::{
	extra_subcommand::NoExtraSubcommand, run_with_custom_cli, runtime::DefaultRuntimeResolver,
	CliConfig, RunConfig, NODE_VERSION,
};

/// The node's identity on the command line.
struct RustoriumCli;

impl CliConfig for RustoriumCli {
	fn impl_version() -> String {
		format!("{}-rustorium-{}", NODE_VERSION, env!("CARGO_PKG_VERSION"))
	}

	fn description(executable_name: String) -> String {
		format!(
			"Rustorium parachain node.\n\nStart a dev chain: {executable_name} --dev\n\
			 Arguments after -- go to the embedded relay-chain node."
		)
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://github.com/rustorium/rustorium/issues".into()
	}

	fn copyright_start_year() -> u16 {
		2026
	}
}

fn main() -> color_eyre::eyre::Result<()> {
	color_eyre::install()?;
	let config = RunConfig::new(Box::new(DefaultRuntimeResolver), Box::new(chain_spec::Loader));
	Ok(run_with_custom_cli::<RustoriumCli, NoExtraSubcommand>(config)?)
}
