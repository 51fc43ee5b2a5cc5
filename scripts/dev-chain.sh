#!/usr/bin/env bash
# Builds the node if needed and starts the Rustorium dev chain: blocks every 3 s, RPC on
# ws://127.0.0.1:9944, state discarded on exit. Extra arguments go to the node, e.g.
# `./scripts/dev-chain.sh --dev-block-time 1000` or `--instant-seal`.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$ROOT/scripts/setup.sh"
build_node

RPC_PORT="${RPC_PORT:-9944}"
cat <<EOT

  Rustorium dev chain
  RPC:              ws://127.0.0.1:$RPC_PORT
  Polkadot.js apps: https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$RPC_PORT
  Dev accounts Alice … Ferdie hold 1,000,000 RTM and the demo tokens USDR, GEM, RGOV.
  Stop with Ctrl-C.

EOT
exec "$NODE_BIN" --dev --rpc-port "$RPC_PORT" "$@"
