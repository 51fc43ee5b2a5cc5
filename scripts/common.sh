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

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Puts cargo on PATH for shells that did not source rustup's env.
if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then
	# shellcheck disable=SC1091
	. "$HOME/.cargo/env"
fi

build_node() {
	log "cargo build ${CARGO_FLAGS[*]} (target dir: $CARGO_TARGET_DIR)"
	(cd "$ROOT" && cargo build "${CARGO_FLAGS[@]}")
}
