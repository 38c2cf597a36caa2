#!/bin/bash
# Make dist/CohortDesk-<version>-macos-<arch>.dmg from dist/CohortDesk.app (macOS only).
#
#   installer/macos/make_dmg.sh <version>       (installer/build.py calls it after PyInstaller)
#
# The disk image holds the app and a link to /Applications, so installing is a drag.
# Signing: PyInstaller signs the bundle ad hoc, which runs on the machine that built it. For
# other Macs set CODESIGN_IDENTITY="Developer ID Application: ..." to sign with hardened
# runtime, and NOTARY_PROFILE (a `xcrun notarytool store-credentials` profile) to notarize and
# staple; without both, Gatekeeper asks users to right-click > Open the first time.
set -euo pipefail

VERSION=${1:?usage: make_dmg.sh <version>}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP=$ROOT/dist/CohortDesk.app
ARCH=$(uname -m)
DMG=$ROOT/dist/CohortDesk-$VERSION-macos-$ARCH.dmg

[ "$(uname -s)" = Darwin ] || { echo "make_dmg.sh runs on macOS only" >&2; exit 1; }
[ -d "$APP" ] || { echo "$APP is missing: run installer/build.py first" >&2; exit 1; }

PLIST_VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
[ "$PLIST_VERSION" = "$VERSION" ] || { echo "Info.plist says $PLIST_VERSION, expected $VERSION" >&2; exit 1; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict "$APP"
fi

# Smoke test before packing: the bundled binary runs its own checks, offscreen.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/cohortdesk" --self-test

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "CohortDesk $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
    fi
fi
echo "Wrote $DMG"
