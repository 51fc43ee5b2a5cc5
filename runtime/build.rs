//! Builds the runtime's wasm blob, which the node embeds for its built-in chain specs.

/// With `metadata-hash`, the wasm embeds the hash wallets check; the symbol and decimals must equal
/// `TOKEN_SYMBOL` and `TOKEN_DECIMALS` in `src/lib.rs` and the chain spec's properties.
#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("RTM", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The wasm builder is deactivated when compiling this crate for wasm itself.
#[cfg(not(feature = "std"))]
fn main() {}
