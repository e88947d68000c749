#!/usr/bin/env bash
# Installs everything Waymark's build and tests need, skipping what is already there.
# Safe to run again and again; quick on a machine that has it all.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=versions.env
. scripts/versions.env
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

# 1. Debian packages: the browsers and drivers for tests (WebKitGTK's driver runs its
#    MiniBrowser, which needs a display: Xvfb), brotli for size figures.
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
command -v node >/dev/null || need_apt+=(nodejs npm)
[ -x /usr/bin/firefox-esr ] || need_apt+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need_apt+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || need_apt+=(xvfb)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} from Debian"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"
fi

# 2. Rust: the wasm target.
export PATH="$HOME/.cargo/bin:$PATH"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# 3. Trunk, pinned (newer releases need a newer rustc than these machines have).
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 4. wasm-bindgen-cli at exactly the version in Cargo.lock.
[ -f Cargo.lock ] || cargo generate-lockfile
WB="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)"
WB_TOML="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)"
if [ -z "$WB" ] || [ "$WB" != "$WB_TOML" ]; then
  echo "error: wasm-bindgen in Cargo.lock ($WB) and Cargo.toml (=$WB_TOML) disagree. Pin them to the same version." >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB" ]; then
  say "installing wasm-bindgen-cli $WB (about two minutes, once)"
  # Not --locked: a dependency of older releases was yanked.
  cargo install wasm-bindgen-cli --version "$WB" --force
fi

# 5. npm packages: wasm-opt (binaryen), Playwright, axe-core, selenium-webdriver. No browser downloads.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] || [ ! -d node_modules/selenium-webdriver ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 6. Firefox's WebDriver (the browser tests and the Firefox journey run in Firefox ESR too).
if [ "$(geckodriver --version 2>/dev/null | head -1 | awk '{print $2}')" != "$GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi
# 7. wasm-split-cli: cuts release builds into one wasm file per group of pages. Built from
#    crates.io's source with Waymark's patch (scripts/wasm-split-chunks.patch: fewer,
#    larger shared files, see scripts/split.mjs), so the version it reports names the patch.
WSC="$WASM_SPLIT_VERSION-waymark.$WASM_SPLIT_PATCH"
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WSC "; then
  say "installing wasm-split-cli $WSC (about two minutes, once)"
  wsc="$(mktemp -d)"
  mkdir -p "$wsc/get/src"
  printf '[package]\nname = "get"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nwasm_split_cli_support = "=%s"\n[workspace]\n' \
    "$WASM_SPLIT_VERSION" > "$wsc/get/Cargo.toml"
  touch "$wsc/get/src/lib.rs"
  (cd "$wsc/get" && cargo vendor -q "$wsc/vendor" > /dev/null)
  (cd "$wsc/vendor/wasm_split_cli_support" && git apply "$ROOT/scripts/wasm-split-chunks.patch")
  cargo install --locked --force --path "$wsc/vendor/wasm_split_cli_support" --features build-binary
  rm -rf "$wsc"
fi
say "tools ready: trunk $TRUNK_VERSION, wasm-bindgen $WB, $(node_modules/.bin/wasm-opt --version), $(geckodriver --version | head -1), $(/usr/bin/firefox-esr --version 2>/dev/null)"
