#!/usr/bin/env bash
# Installs what VNSign's test suite needs on Debian/Ubuntu: SoftHSM2 (a real PKCS#11 token),
# OpenSC's pkcs11-tool (imports test keys), poppler-utils (pdfsig, an independent PDF signature
# validator), OpenSSL (its OCSP responder serves the long-term signature tests), Xvfb and GTK 3
# (JavaFX windows in UI tests), fonts with Vietnamese glyphs, Chromium (the web bridge tests).
# Installs with apt-get as root, or through sudo; otherwise names the packages and stops.
set -euo pipefail

packages=(softhsm2 opensc poppler-utils openssl xvfb xauth libgtk-3-0 fonts-liberation2 libnss3-tools chromium)
commands=(softhsm2-util pkcs11-tool pdfsig openssl xvfb-run chromium)

missing_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

if ! command -v dpkg-query >/dev/null 2>&1; then
  for c in "${commands[@]}"; do
    command -v "$c" >/dev/null 2>&1 || { echo "Not a Debian/Ubuntu system and '$c' is missing. Install: SoftHSM2, OpenSC (pkcs11-tool), poppler-utils (pdfsig), OpenSSL, Xvfb, GTK 3, Liberation fonts 2.x, Chromium." >&2; exit 1; }
  done
  exit 0
fi

missing=$(missing_packages)
if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  run_as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run_as_root=(sudo)
else
  echo "VNSign's tests need these Debian packages: $missing" >&2
  echo "Install them with:  sudo apt-get install -y $missing" >&2
  exit 1
fi

echo "Installing test dependencies: $missing"
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -qq
# shellcheck disable=SC2086
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "Test dependencies installed."
