#!/usr/bin/env bash
# Builds the npm package's files that are not in the repository: the
# WebAssembly module and Go's own wasm_exec.js loader from the Go toolchain
# that built it (they must match), plus the wire types' declarations.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p dist
GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o dist/repkit.wasm ./wasm
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" dist/wasm_exec.js
cp ../wire/repkit.d.ts dist/wire.d.ts
