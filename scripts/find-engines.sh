#!/usr/bin/env bash
# Makes sure the other two engines of the cross-engine tests are here:
# Debian's firefox-esr (driven over WebDriver BiDi, no separate driver) and
# WebKitGTK's MiniBrowser with WebKitWebDriver (webkit2gtk-driver), plus Xvfb
# for MiniBrowser, which needs an X display. On Debian as root, installs what
# is missing with apt-get (as find-browser.sh does for Chromium); anywhere
# else, says what to install and fails. Prints nothing on stdout.
set -euo pipefail

FIREFOX=${FIREFOX_PATH:-/usr/bin/firefox-esr}
DRIVER=${WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}
MINIBROWSER=${WEBKIT_MINIBROWSER:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}

missing=()
[ -x "$FIREFOX" ] || missing+=(firefox-esr)
{ [ -x "$DRIVER" ] && [ -x "$MINIBROWSER" ]; } || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ -f /etc/debian_version ] && [ "$(id -u)" = "0" ]; then
  echo "Installing the test engines (apt-get): ${missing[*]}..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # The same fonts as for Chromium (the screenshots are judged with them).
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-noto-cjk fonts-dejavu-core >&2
  [ -x "$FIREFOX" ] && [ -x "$DRIVER" ] && [ -x "$MINIBROWSER" ] && command -v Xvfb >/dev/null 2>&1 && exit 0
fi

cat >&2 <<MSG
Missing for the cross-engine browser tests: ${missing[*]}.
Install them and run again, e.g. (Debian/Ubuntu):
  sudo apt-get install firefox-esr webkit2gtk-driver xvfb
or point FIREFOX_PATH, WEBKIT_DRIVER and WEBKIT_MINIBROWSER at existing binaries.
MSG
exit 1
