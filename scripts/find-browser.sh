#!/usr/bin/env bash
# Prints the path of a Chromium to drive in tests. On Debian as root with
# none found, installs Debian's chromium (and the CJK font the Chinese
# screenshots need); anywhere else, says what to install and fails.
set -euo pipefail

find_browser() {
  for candidate in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# The fonts the screenshots are judged with (Latin and Traditional Chinese).
fonts_missing() {
  command -v fc-list >/dev/null 2>&1 || return 0
  fc-list | grep -q 'DejaVu Sans' || return 0
  fc-list | grep -q 'Noto Sans CJK TC' || return 0
  return 1
}

if browser=$(find_browser); then
  if fonts_missing && [ -f /etc/debian_version ] && [ "$(id -u)" = "0" ]; then
    echo "Installing the fonts the visual tests use (apt-get)..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core fonts-noto-cjk >&2
  fi
  echo "$browser"
  exit 0
fi

if [ -f /etc/debian_version ] && [ "$(id -u)" = "0" ]; then
  echo "No Chromium found: installing Debian's chromium (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fonts-dejavu-core >&2
  if browser=$(find_browser); then
    echo "$browser"
    exit 0
  fi
fi

cat >&2 <<'MSG'
No Chromium found for the browser tests.
Install one and run again, e.g.:
  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk
  macOS:         brew install --cask chromium
or point CHROME_PATH at an existing Chrome/Chromium binary.
MSG
exit 1
