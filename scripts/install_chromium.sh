#!/usr/bin/env bash
# Installs Debian's chromium (for the Playwright browser suite) and fonts-noto-core (Arabic fallback fonts).
# Playwright cannot download its own browser builds here, so the suite drives /usr/bin/chromium.
# Idempotent: does nothing when both are already installed. Runs apt-get as root, else through sudo.
set -euo pipefail

packages=(chromium fonts-noto-core)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "install ok installed" || missing+=(fonts-noto-core)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_chromium.sh: apt-get not found; install ${packages[*]} (Debian packages) by hand." >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "install_chromium.sh: ${missing[*]} missing and this user cannot run apt-get (not root, no passwordless sudo)." >&2
    echo "Run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
fi

echo "Installing ${missing[*]} with apt-get..."
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

if [ ! -x /usr/bin/chromium ]; then
    echo "install_chromium.sh: apt-get finished but /usr/bin/chromium is still missing." >&2
    exit 1
fi
echo "Installed: $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
