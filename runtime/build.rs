//! Builds the runtime's wasm blob, which the node embeds for its built-in chain specs.

/// The scripts keep the cargo target directory outside the checkout, where the wasm builder
/// cannot find the workspace's `Cargo.lock` by walking up from its output directory; without it,
/// the wasm build would resolve every dependency afresh instead of using the committed lockfile.
/// An explicit `WASM_BUILD_WORKSPACE_HINT` still wins.
#[cfg(feature = "std")]
fn point_wasm_builder_at_workspace() {
	if std::env::var_os("WASM_BUILD_WORKSPACE_HINT").is_some() {
		return;
	}
	let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from);
	if let Some(workspace) = manifest_dir.as_deref().and_then(std::path::Path::parent) {
		std::env::set_var("WASM_BUILD_WORKSPACE_HINT", workspace);
	}
}

/// With `metadata-hash`, the wasm embeds the hash wallets check; the symbol and decimals must equal
/// `TOKEN_SYMBOL` and `TOKEN_DECIMALS` in `src/lib.rs` and the chain spec's properties.
#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	point_wasm_builder_at_workspace();
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("RTM", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	point_wasm_builder_at_workspace();
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The wasm builder is deactivated when compiling this crate for wasm itself.
#[cfg(not(feature = "std"))]
fn main() {}
