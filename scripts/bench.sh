#!/usr/bin/env bash
# Measures the pallets' weights on this machine and writes them into the pallets' weights.rs:
# builds the runtime's wasm with `runtime-benchmarks` (in the benchmark target directory, so the
# main build stays warm), installs frame-omni-bencher once, runs every benchmark of pallet-tokens
# pallet-fee-pools and pallet-security and of the polkadot-sdk pallets they are compared with, and
# prints the ratios.
#
#   scripts/bench.sh                    # every pallet, 20 steps, 10 repeats, and the ratios
#   scripts/bench.sh pallet_fee_pools   # one pallet only (or pallet_asset_conversion_tx_payment)
#   STEPS=50 REPEAT=20 scripts/bench.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

STEPS="${STEPS:-20}"
REPEAT="${REPEAT:-10}"
TOOLS="${RUSTORIUM_TOOLS:-$HOME/.cache/rustorium/tools}"
BENCHER="$TOOLS/bin/frame-omni-bencher"
BENCHER_VERSION=0.28.0

if ! "$BENCHER" --version 2>/dev/null | grep -q "$BENCHER_VERSION"; then
	log "install frame-omni-bencher $BENCHER_VERSION into $TOOLS (once per machine)"
	cargo install "frame-omni-bencher@$BENCHER_VERSION" --locked --root "$TOOLS" \
		--target-dir "$HOME/.cache/rustorium/tools-target"
fi

# `cargo check` runs the runtime's build script, which builds the wasm in release; the native
# side is only checked, which is all the bencher needs of it.
log "runtime wasm with runtime-benchmarks (target dir: $BENCH_TARGET_DIR)"
CARGO_TARGET_DIR="$BENCH_TARGET_DIR" cargo check --locked -p rustorium-runtime --features runtime-benchmarks
# Under `cargo check` the builder writes the release wasm without compacting it; the bencher
# runs either.
WBUILD="$BENCH_TARGET_DIR/debug/wbuild/rustorium-runtime"
WASM="$WBUILD/rustorium_runtime.compact.compressed.wasm"
[ -f "$WASM" ] || WASM="$WBUILD/rustorium_runtime.wasm"

OUT="$(mktemp -d -t rustorium-bench.XXXXXX)"
run_bencher() {
	local pallet="$1" extrinsics="$2"
	shift 2
	log "benchmark $pallet: $extrinsics ($STEPS steps, $REPEAT repeats)"
	"$BENCHER" v1 benchmark pallet --runtime "$WASM" --pallet "$pallet" --extrinsic "$extrinsics" \
		--steps "$STEPS" --repeat "$REPEAT" --genesis-builder-preset development \
		--output "$OUT/$pallet.rs" "$@"
}
# Our pallets' weights, with their `WeightInfo` trait (scripts/bench/weights.hbs).
bench() {
	run_bencher "$@" --template scripts/bench/weights.hbs
}
# Our pallets, each into its own weights.rs.
declare -A WEIGHTS=(
	[pallet_tokens]=pallets/tokens/src/weights.rs
	[pallet_fee_pools]=pallets/fee-pools/src/weights.rs
	[pallet_security]=pallets/security/src/weights.rs
)
ONLY="${1:-}"
for pallet in pallet_tokens pallet_fee_pools pallet_security; do
	[ -z "$ONLY" ] || [ "$ONLY" = "$pallet" ] || continue
	bench "$pallet" '*'
	cp "$OUT/$pallet.rs" "${WEIGHTS[$pallet]}"
done
# The fee extension's weights in this runtime: pallet-asset-conversion-tx-payment's benchmarks
# over the fee pools, the bencher's own template (an impl of that pallet's `WeightInfo`).
if [ -z "$ONLY" ] || [ "$ONLY" = pallet_asset_conversion_tx_payment ]; then
	run_bencher pallet_asset_conversion_tx_payment '*'
	cp "$OUT/pallet_asset_conversion_tx_payment.rs" runtime/src/weights/pallet_asset_conversion_tx_payment.rs
fi
cargo fmt --all
[ -z "$ONLY" ] || exit 0

# Only the calls the managed ones are compared with (see scripts/bench/ratios.js).
bench pallet_assets transfer,mint,burn,freeze_asset
bench pallet_balances transfer_allow_death

log "managed-token calls against the polkadot-sdk calls doing the same job (same run)"
node scripts/bench/ratios.js "$OUT" | tee "$OUT/ratios.md"
log "raw results and ratios: $OUT"
