# Shared settings of the scripts: one target directory outside the checkout, one feature set
# and one set of flags for every cargo call, so that no script invalidates another's build.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/rustorium/target}"
# Never set SKIP_WASM_BUILD here: the runtime's build script reads it, and flipping it between
# calls rebuilds the runtime and the node. The wasm build is a no-op once warm.
unset SKIP_WASM_BUILD
# Every cargo call builds the whole workspace in release with the lockfile as committed.
CARGO_FLAGS=(--release --workspace --locked)
NODE_BIN="$CARGO_TARGET_DIR/release/rustorium-node"
# The pallets' benchmarks build with `runtime-benchmarks`, a feature set of their own: they get a
# target directory of their own, so that they never invalidate the main build.
BENCH_TARGET_DIR="${RUSTORIUM_BENCH_TARGET_DIR:-$HOME/.cache/rustorium/bench-target}"
BENCH_PACKAGES=(-p pallet-tokens -p pallet-fee-pools -p pallet-security)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Puts cargo on PATH for shells that did not source rustup's env.
if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then
	# shellcheck disable=SC1091
	. "$HOME/.cargo/env"
fi

# Runs `cargo <command> --release --workspace --locked [args]` with clippy as the compiler of
# the workspace's own crates, warnings denied. This is how the scripts lint: clippy-driver is
# rustc plus the lints, so the lints run inside the release build and the test build, while the
# ~1,400 dependencies go through plain rustc once. `cargo clippy` would check every dependency
# a second time in check mode, which on two cores costs about as much as a third build.
# CLIPPY_ARGS is how cargo-clippy hands its arguments (`-D warnings`) to clippy-driver.
release_cargo() {
	local command="$1" driver
	shift
	driver="$(cd "$ROOT" && rustup which clippy-driver)"
	(cd "$ROOT" &&
		RUSTC_WORKSPACE_WRAPPER="$driver" \
			CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" \
			cargo "$command" "${CARGO_FLAGS[@]}" "$@")
}

# Runs `cargo <command> --release --locked [args]` in the benchmark target directory, with
# `runtime-benchmarks` and clippy as the compiler of the workspace's own crates, warnings denied:
# the benchmarks and the runtime's benchmark helpers are linted like everything else.
bench_cargo() {
	local command="$1" driver
	shift
	driver="$(cd "$ROOT" && rustup which clippy-driver)"
	(cd "$ROOT" &&
		CARGO_TARGET_DIR="$BENCH_TARGET_DIR" RUSTC_WORKSPACE_WRAPPER="$driver" \
			CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" \
			cargo "$command" --release --locked --features runtime-benchmarks "$@")
}

build_node() {
	log "cargo build ${CARGO_FLAGS[*]}, linted by clippy (target dir: $CARGO_TARGET_DIR)"
	release_cargo build
	# The examples (the Rust client's), with the same features: only they are left to build.
	release_cargo build --examples
}
