#!/usr/bin/env bash
# Installs what a fresh Debian machine with rustup, Node and npm lacks to build and test
# Rustorium. Idempotent: every step checks before it installs.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

log "Rust toolchain from rust-toolchain.toml"
if ! command -v rustup >/dev/null 2>&1; then
	echo "rustup is required: see https://rustup.rs" >&2
	exit 1
fi
# Installs the pinned toolchain with its components and targets, if missing.
rustup toolchain install >/dev/null
installed_targets="$(rustup target list --installed)"
for target in wasm32v1-none wasm32-unknown-unknown; do
	grep -qx "$target" <<<"$installed_targets" || rustup target add "$target"
done
rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src

log "System packages: protobuf-compiler, clang, libclang-dev, g++, make, perl"
missing=()
command -v protoc >/dev/null 2>&1 || missing+=(protobuf-compiler)
command -v clang >/dev/null 2>&1 || missing+=(clang)
dpkg -s libclang-dev >/dev/null 2>&1 || missing+=(libclang-dev)
# C++ for rocksdb and binaryen (wasm-opt); make and perl for the vendored OpenSSL build.
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v perl >/dev/null 2>&1 || missing+=(perl)
if [ "${#missing[@]}" -gt 0 ]; then
	sudo_cmd=()
	[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
	"${sudo_cmd[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

log "Node packages of the end-to-end suite"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	echo "Node.js >= 20 and npm are required" >&2
	exit 1
fi
if [ ! -d tests/node_modules ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
	(cd tests && npm ci --no-audit --no-fund)
fi

log "Setup complete"
