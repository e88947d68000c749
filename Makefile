# Waymark: every command installs what it needs first (scripts/setup.sh), then runs.
SHELL := /bin/bash
ENV := source scripts/env.sh &&
WASM := --target wasm32-unknown-unknown

.PHONY: setup serve build build-subpath test test-core test-fuzz test-browser test-browser-chromium test-browser-firefox test-browser-webkit test-e2e test-firefox test-webkit lint fmt bench bench-coverage clean schema

setup:
	@bash scripts/setup.sh

## Build and serve the app at http://127.0.0.1:8080, rebuilding on change.
serve: setup
	$(ENV) trunk serve

## The release build in dist/ (PUBLIC_URL=/sub/path/ to host under a sub-path).
build: setup
	$(ENV) trunk build --release $(if $(PUBLIC_URL),--public-url $(PUBLIC_URL),)

## The release build for a sub-path, as the e2e suite serves it (dist-sub/).
build-subpath: build
	$(ENV) trunk build --release --public-url /coaching/waymark/ --dist dist-sub

## Every test layer: formatting and lints, core natively, browser tests in Chromium,
## Firefox and WebKit, end-to-end in Chromium and smoke journeys in Firefox and WebKit.
test: setup lint test-core test-fuzz test-browser build build-subpath test-e2e test-firefox test-webkit
	@echo "All test layers passed."

lint:
	$(ENV) cargo fmt --all -- --check
	$(ENV) cargo clippy -p waymark-core --features schema --all-targets -- -D warnings
	$(ENV) cargo clippy -p waymark $(WASM) --all-targets -- -D warnings

test-core:
	$(ENV) cargo test -p waymark-core --features schema

## Hostile-input fuzzing of import and stored-data parsing: 100,000+ cases (release build).
test-fuzz:
	$(ENV) cargo test -p waymark-core --release --test fuzz_read

## Rewrites docs/workbook.schema.json after an intended change to the data shape.
schema:
	$(ENV) WAYMARK_BLESS=1 cargo test -p waymark-core --features schema --test schema

## The wasm-bindgen browser tests in Chromium, Firefox ESR and WebKit. The runner picks
## the browser from GECKODRIVER, then SAFARIDRIVER, then CHROMEDRIVER, so each run sees
## only its own.
test-browser: test-browser-chromium test-browser-firefox test-browser-webkit

test-browser-chromium: setup
	$(ENV) env -u GECKODRIVER -u SAFARIDRIVER CHROMEDRIVER=/usr/bin/chromedriver cargo test -p waymark $(WASM)

test-browser-firefox: setup
	$(ENV) env -u CHROMEDRIVER GECKODRIVER="$$(command -v geckodriver)" MOZ_REMOTE_SETTINGS_DEVTOOLS=1 cargo test -p waymark $(WASM)

## WebKit: the runner's Safari support drives WebKitGTK's WebKitWebDriver (it asks for a
## session with no capabilities, and the driver starts MiniBrowser), which needs a display:
## tests/webkit/display.mjs runs the tests under a private Xvfb.
test-browser-webkit: setup
	$(ENV) env -u CHROMEDRIVER -u GECKODRIVER SAFARIDRIVER=/usr/bin/WebKitWebDriver node tests/webkit/display.mjs cargo test -p waymark $(WASM)

test-e2e: setup
	$(ENV) npx playwright test

## The smoke journey in Firefox ESR on the release build (selenium-webdriver + geckodriver).
test-firefox: build
	$(ENV) node tests/firefox/smoke.mjs

## The WebKit journey on the release build (selenium-webdriver + WebKitWebDriver under
## its own Xvfb): the Firefox journey plus a check-in, the calendar file, an import, a
## <dialog>, two windows merging, the service worker and the Data page's storage notes.
test-webkit: build
	$(ENV) node tests/webkit/smoke.mjs

## Bundle sizes, load and click timings (empty, small and five-year workbooks) and
## native timings of the five-year workbook, into bench/results.json.
bench: build
	$(ENV) cargo run -q -p waymark-core --release --example sample -- five-years --as-stored > bench/five-years.json
	$(ENV) cargo run -q -p waymark-core --release --example sample -- small --as-stored > bench/small.json
	$(ENV) cargo run -q -p waymark-core --release --example bench > bench/native.json
	$(ENV) node bench/bench.mjs
	$(ENV) node bench/lighthouse.mjs

## Which of the main wasm's functions a first visit runs, and the smallest the main wasm
## could be holding only those (bench/coverage.json): a build with names in dist-names/.
bench-coverage: setup
	$(ENV) WAYMARK_KEEP_NAMES=1 trunk build --release --dist dist-names
	$(ENV) cargo run -q -p waymark-core --release --example sample -- five-years --as-stored > bench/five-years.json
	$(ENV) node bench/coverage.mjs dist-names

fmt:
	cargo fmt --all

clean:
	rm -rf dist target test-results playwright-report
