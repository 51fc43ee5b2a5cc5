#!/usr/bin/env bash
# The whole test suite: format check, clippy with warnings as errors, every Rust test, then the
# end-to-end suite against a freshly started dev node on a free port, which is stopped whatever
# happens. Runs setup first (idempotent).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

start=$(date +%s)
step() { log "$* (+$(($(date +%s) - start)) s)"; }

"$ROOT/scripts/setup.sh"

step "cargo fmt --check"
cargo fmt --all -- --check

# Clippy lints every crate of the workspace as it compiles (see `release_cargo` in common.sh):
# the build covers libraries and binaries, the test build covers every test target.
step "build the workspace and the node, clippy -D warnings"
build_node

step "cargo test, clippy -D warnings on the test targets"
release_cargo test

step "every pallet benchmark, run once as a test (runtime-benchmarks, in $BENCH_TARGET_DIR)"
bench_cargo test "${BENCH_PACKAGES[@]}" -- benchmarking

# The runtime's benchmark helpers (fee tokens, limits) on the development genesis. Native only:
# these tests need no wasm, and scripts/bench.sh builds its wasm in a check build of its own.
step "the runtime's benchmark helpers, as tests (runtime-benchmarks, in $BENCH_TARGET_DIR)"
SKIP_WASM_BUILD=1 bench_cargo test -p rustorium-runtime -- benchmarks::tests

# Free TCP ports from the kernel, for RPC and p2p, so that a running dev chain does not clash.
free_port() { node "$ROOT/tests/lib/free-port.js"; }
RPC_PORT=$(free_port)
P2P_PORT=$(free_port)
NODE_LOG="$(mktemp -t rustorium-e2e-node.XXXXXX.log)"

step "start a dev node on ws://127.0.0.1:$RPC_PORT (log: $NODE_LOG)"
"$NODE_BIN" --dev --dev-block-time 1000 --rpc-port "$RPC_PORT" --port "$P2P_PORT" \
	--no-prometheus --no-telemetry >"$NODE_LOG" 2>&1 &
NODE_PID=$!
stop_node() {
	if kill -0 "$NODE_PID" 2>/dev/null; then
		kill "$NODE_PID" 2>/dev/null || true
		wait "$NODE_PID" 2>/dev/null || true
	fi
}
trap stop_node EXIT
trap 'exit 130' INT TERM

# Waits until the node answers RPC, or fails with its log.
if ! node tests/lib/wait-ready.js "$RPC_PORT" 180; then
	echo "the node did not answer; the end of its log:" >&2
	tail -n 50 "$NODE_LOG" >&2
	exit 1
fi

step "end-to-end suite"
# The files are named, not found by node: with no file it would report `tests 0` and pass. Every
# top-level `test(` of them must run and pass; a test skipped, cancelled or missing fails.
mapfile -t E2E_FILES < <(cd tests && ls -- *.test.js)
if [ "${#E2E_FILES[@]}" -eq 0 ]; then
	echo "no end-to-end test files in tests/" >&2
	exit 1
fi
E2E_EXPECTED=$(cd tests && cat -- "${E2E_FILES[@]}" | grep -cE '^test\(')
E2E_TAP="$(mktemp -t rustorium-e2e.XXXXXX.tap)"
(cd tests && RUSTORIUM_WS="ws://127.0.0.1:$RPC_PORT" RUSTORIUM_CLI="$CARGO_TARGET_DIR/release/rustorium" \
	node --test --test-concurrency=1 \
	--test-reporter=spec --test-reporter-destination=stdout \
	--test-reporter=tap --test-reporter-destination="$E2E_TAP" \
	"${E2E_FILES[@]}")
e2e_count() {
	local count
	count=$(sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$E2E_TAP" | tail -n 1)
	echo "${count:-0}"
}
E2E_PASSED=$(e2e_count pass)
E2E_NOT_RUN=$(($(e2e_count skipped) + $(e2e_count todo) + $(e2e_count cancelled)))
log "end-to-end: $E2E_PASSED of $E2E_EXPECTED tests passed, $E2E_NOT_RUN not run"
if [ "$E2E_PASSED" -ne "$E2E_EXPECTED" ] || [ "$E2E_NOT_RUN" -ne 0 ]; then
	echo "the end-to-end suite did not run every test: $E2E_PASSED passed of $E2E_EXPECTED" >&2
	exit 1
fi

step "the Rust client's example against the same node"
"$CARGO_TARGET_DIR/release/examples/auto_fee" "ws://127.0.0.1:$RPC_PORT"

step "all tests passed"
