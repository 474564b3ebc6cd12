#!/bin/sh
# macOS: build AgentDesk.app with PyInstaller, sign it, put it in a .dmg, notarize and staple the .dmg.
# Run on a Mac (or a macOS CI runner) from the repository root, with the project installed in a venv:
#     sh installer/macos/make_dmg.sh
# Signing and notarization happen only when these are set (see installer/README.md):
#     MACOS_SIGN_IDENTITY   e.g. "Developer ID Application: Example Ltd (TEAMID1234)"
#     MACOS_NOTARY_PROFILE  a keychain profile made once with `xcrun notarytool store-credentials`
set -eu

PYTHON=${PYTHON:-.venv/bin/python}
DIST=${DIST:-dist}
VERSION=$("$PYTHON" -c 'import sys; sys.path.insert(0, "installer"); from project import read_project; print(read_project().version)')
APP="$DIST/AgentDesk.app"
DMG="$DIST/AgentDesk-$VERSION.dmg"

"$PYTHON" -m PyInstaller --noconfirm --distpath "$DIST" --workpath build installer/agentdesk.spec
test -d "$APP" || { echo "PyInstaller made no $APP" >&2; exit 1; }

# The frozen app must start before it is shipped.
"$APP/Contents/MacOS/agentdesk" --version
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/agentdesk" self-test

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    # Hardened runtime + secure timestamp are required for notarization; sign inside out (--deep is not enough
    # for nested frameworks, but PyInstaller's onedir .app keeps Qt as plain dylibs, which --deep covers).
    codesign --force --deep --timestamp --options runtime \
        --entitlements installer/macos/entitlements.plist \
        --sign "$MACOS_SIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

rm -f "$DMG"
STAGING=$(mktemp -d)
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"  # drag-to-install
hdiutil create -volname "AgentDesk $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$STAGING"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "built $DMG"
