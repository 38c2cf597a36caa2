#!/bin/sh
# Remove CohortDesk from your home folder: the app, its menu entry and icons.
# Your workspaces and backups (~/.local/share/CohortDesk) are kept; delete that folder yourself
# if you no longer need them.
#
#   ~/.local/lib/cohortdesk/uninstall.sh      (or ./uninstall.sh from the unpacked archive)
#   PREFIX=/some/dir ./uninstall.sh           if you installed with PREFIX
set -eu

PREFIX=${PREFIX:-$HOME/.local}
APP_DIR=$PREFIX/lib/cohortdesk
MANIFEST=$APP_DIR/installed-files.txt

if [ ! -d "$APP_DIR" ]; then
    echo "CohortDesk is not installed in $APP_DIR." >&2
    exit 1
fi
if [ -f "$MANIFEST" ]; then
    while IFS= read -r file; do
        case "$file" in
            "$PREFIX"/*) rm -f "$file" ;;  # only files this installer wrote
        esac
    done < "$MANIFEST"
fi
rm -rf "$APP_DIR"

command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true

echo "CohortDesk has been removed from $PREFIX."
DATA=${XDG_DATA_HOME:-$HOME/.local/share}/CohortDesk
if [ -d "$DATA" ]; then
    echo "Your workspaces are still in $DATA."
fi
