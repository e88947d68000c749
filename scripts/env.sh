# Sourced by the Makefile's recipes: puts project tools first on PATH and tells Trunk
# exactly which tool versions to use (it never downloads: Trunk.toml sets offline).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' "$ROOT/Cargo.lock" 2>/dev/null)"
export TRUNK_OFFLINE=true
export TRUNK_TOOLS_WASM_BINDGEN="$WASM_BINDGEN_VERSION"
if [ -x "$ROOT/node_modules/.bin/wasm-opt" ]; then
  export TRUNK_TOOLS_WASM_OPT="version_$("$ROOT/node_modules/.bin/wasm-opt" --version | awk '{print $3}')"
fi
export CHROMEDRIVER=/usr/bin/chromedriver
