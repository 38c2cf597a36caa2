#!/bin/sh
# Install CohortDesk for you alone: no administrator password, nothing outside your home folder.
#
#   ./install.sh            installs under ~/.local (the app in ~/.local/lib/cohortdesk)
#   PREFIX=/some/dir ./install.sh   installs under another folder you own
#
# Running it again upgrades in place. Your workspaces live in your data folder
# (~/.local/share/CohortDesk) and are never touched by installing or uninstalling.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}

if [ "$(id -u)" = 0 ] && [ -z "${COHORTDESK_ALLOW_ROOT:-}" ]; then
    echo "Run this as yourself, not with sudo: it installs CohortDesk for one user." >&2
    exit 1
fi
if [ ! -x "$HERE/CohortDesk/cohortdesk" ]; then
    echo "CohortDesk/cohortdesk is missing next to install.sh; unpack the whole archive first." >&2
    exit 1
fi

# A full path, so the launcher link, the menu entry and uninstall.sh work from any folder.
mkdir -p "$PREFIX"
PREFIX=$(cd "$PREFIX" && pwd)
APP_DIR=$PREFIX/lib/cohortdesk
BIN_DIR=$PREFIX/bin
SHARE=$PREFIX/share
MANIFEST=$APP_DIR/installed-files.txt

echo "Installing CohortDesk into $APP_DIR"
mkdir -p "$PREFIX/lib" "$BIN_DIR" "$SHARE/applications"
# Copy beside the old copy first, then swap, so a failed copy leaves the old app working.
rm -rf "$APP_DIR.new"
cp -R "$HERE/CohortDesk" "$APP_DIR.new"
cp "$HERE/uninstall.sh" "$APP_DIR.new/uninstall.sh"
chmod +x "$APP_DIR.new/uninstall.sh"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"

: > "$MANIFEST"
ln -sf "$APP_DIR/cohortdesk" "$BIN_DIR/cohortdesk"
echo "$BIN_DIR/cohortdesk" >> "$MANIFEST"

ICONS=$APP_DIR/_internal/resources/icons
for size in 16 24 32 48 64 128 256 512; do
    if [ -f "$ICONS/cohortdesk-$size.png" ]; then
        dir=$SHARE/icons/hicolor/${size}x${size}/apps
        mkdir -p "$dir"
        cp "$ICONS/cohortdesk-$size.png" "$dir/cohortdesk.png"
        echo "$dir/cohortdesk.png" >> "$MANIFEST"
    fi
done
if [ -f "$ICONS/cohortdesk.svg" ]; then
    mkdir -p "$SHARE/icons/hicolor/scalable/apps"
    cp "$ICONS/cohortdesk.svg" "$SHARE/icons/hicolor/scalable/apps/cohortdesk.svg"
    echo "$SHARE/icons/hicolor/scalable/apps/cohortdesk.svg" >> "$MANIFEST"
fi

# The menu entry names the binary by its full path, so it works even when ~/.local/bin is not
# on PATH (it is not, on several distributions, until the next login).
DESKTOP=$SHARE/applications/cohortdesk.desktop
sed -e "s|^Exec=cohortdesk|Exec=\"$APP_DIR/cohortdesk\"|" \
    -e "s|^TryExec=cohortdesk|TryExec=$APP_DIR/cohortdesk|" \
    "$HERE/cohortdesk.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
echo "$DESKTOP" >> "$MANIFEST"

# Refresh the menus and icon caches where the tools exist; harmless where they do not.
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true

echo "Done. Open CohortDesk from your applications menu, or run: $BIN_DIR/cohortdesk"
echo "To remove it later: $APP_DIR/uninstall.sh"
