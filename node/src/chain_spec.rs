//! Built-in chain specs, made from the runtime's embedded wasm and its genesis presets.

use polkadot_omni_node_lib::chain_spec::{ChainSpec, Extensions, GenericChainSpec, LoadSpec};
use rustorium_runtime::{
	genesis_config_presets::PARACHAIN_ID, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY,
};
use sc_chain_spec::{ChainType, Properties};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// The relay chain named in the specs' `relay_chain` extension. The dev chain mocks it.
const RELAY_CHAIN: &str = "rococo-local";

/// Resolves `--chain`: `dev` (also what `--dev` selects, and the default), `local`, or the path
/// of a chain-spec JSON file.
pub struct Loader;

impl LoadSpec for Loader {
	fn load_spec(&self, id: &str) -> Result<Box<dyn ChainSpec>, String> {
		match id {
			"" | "dev" => built_in(
				"Rustorium Development",
				"rustorium_dev",
				ChainType::Development,
				DEV_RUNTIME_PRESET,
			),
			"local" => built_in(
				"Rustorium Local Testnet",
				"rustorium_local",
				ChainType::Local,
				LOCAL_TESTNET_RUNTIME_PRESET,
			),
			path => Ok(Box::new(GenericChainSpec::from_json_file(path.into())?)),
		}
	}
}

/// The properties wallets read: the native token's symbol and decimals, and the address format.
pub fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn built_in(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<Box<dyn ChainSpec>, String> {
	let wasm = WASM_BINARY.ok_or_else(|| {
		"this node was built without the runtime wasm (SKIP_WASM_BUILD was set); rebuild it \
		 without SKIP_WASM_BUILD to use the built-in chain specs"
			.to_string()
	})?;
	Ok(Box::new(
		GenericChainSpec::builder(wasm, Extensions::new(RELAY_CHAIN.into(), PARACHAIN_ID))
			.with_name(name)
			.with_id(id)
			.with_chain_type(chain_type)
			.with_genesis_config_preset_name(preset)
			.with_properties(properties())
			.build(),
	))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn properties_name_the_native_token() {
		let p = properties();
		assert_eq!(p.get("tokenSymbol"), Some(&"RTM".into()));
		assert_eq!(p.get("tokenDecimals"), Some(&12.into()));
		assert_eq!(p.get("ss58Format"), Some(&42.into()));
	}

	#[test]
	fn unknown_chain_is_read_as_a_file_and_fails_clearly() {
		let err = Loader.load_spec("/nonexistent/spec.json").err().unwrap_or_default();
		assert!(!err.is_empty());
	}
}
