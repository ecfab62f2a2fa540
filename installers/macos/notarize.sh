#!/usr/bin/env bash
# Signs and notarises the macOS installers when the secrets are there; says so and does nothing
# otherwise (a fork or a pull request builds unsigned installers that Gatekeeper warns about).
#   installers/macos/notarize.sh FILE...
# Environment: MACOS_SIGNING_IDENTITY ("Developer ID Application: ..."), APPLE_ID,
# APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password).
set -euo pipefail
if [ -z "${MACOS_SIGNING_IDENTITY:-}" ] || [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] \
  || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
  echo "notarize: no signing secrets: the installers stay unsigned"
  exit 0
fi
for file in "$@"; do
  case "$file" in
    *.dmg) codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$file" ;;
    *.pkg)
      productsign --timestamp --sign "${MACOS_SIGNING_IDENTITY/Application/Installer}" "$file" "$file.signed"
      mv "$file.signed" "$file"
      ;;
  esac
  xcrun notarytool submit "$file" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$file"
done
