#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lint, types, unit tests,
# the build (with the size budget) and browser tests against the built script.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

if [ ! -d node_modules ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
fi

step "format (prettier)"
npx prettier --check .
step "lint (eslint)"
npx eslint .
step "types (svelte-check, tsc)"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output machine | tail -n 3
npx tsc -p tsconfig.json
step "data"
npx tsx scripts/validate-data.ts
step "unit tests"
npx vitest run
step "build"
npx vite build
step "browser"
CHROME_PATH=$(bash scripts/find-browser.sh)
export CHROME_PATH
echo "browser: $CHROME_PATH ($("$CHROME_PATH" --version 2>/dev/null || echo unknown version))"
bash scripts/find-engines.sh
echo "firefox: $("${FIREFOX_PATH:-/usr/bin/firefox-esr}" --version 2>/dev/null || echo unknown version)"
echo "webkit: WebKitGTK $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null || echo unknown version)"
# MiniBrowser (WebKit) needs an X display: a private Xvfb when there is none, stopped on exit.
if [ -z "${DISPLAY:-}" ]; then
  exec 3< <(Xvfb -displayfd 1 -screen 0 1600x3000x24 -nolisten tcp 2>/dev/null)
  XVFB_PID=$!
  trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
  read -r -t 10 display_number <&3 || { echo "Xvfb did not start" >&2; exit 1; }
  export DISPLAY=":$display_number"
  echo "display: Xvfb $DISPLAY"
fi
npx vitest run --config tests/vitest.config.ts
