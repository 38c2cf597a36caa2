#!/bin/sh
# Remove CohortDesk from your home folder: the app, its menu entry and icons.
# Your workspaces and backups (~/.local/share/CohortDesk) are kept; delete that folder yourself
# if you no longer need them.
#
#   ~/.local/lib/cohortdesk/uninstall.sh    removes the copy it belongs to, wherever that is
#                                           (so /some/dir/lib/cohortdesk/uninstall.sh after
#                                           PREFIX=/some/dir ./install.sh)
#   ./uninstall.sh                          from the unpacked archive: the copy in ~/.local
#   PREFIX=/some/dir ./uninstall.sh         the copy installed with that PREFIX
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
if [ -n "${PREFIX:-}" ]; then
    if [ -d "$PREFIX" ]; then PREFIX=$(cd "$PREFIX" && pwd); fi  # as install.sh wrote it
    APP_DIR=$PREFIX/lib/cohortdesk
elif [ -f "$HERE/installed-files.txt" ] && [ "$(basename "$HERE")" = cohortdesk ]; then
    # The installed copy of this script: install.sh put it in $PREFIX/lib/cohortdesk.
    APP_DIR=$HERE
    PREFIX=$(cd "$HERE/../.." && pwd)
else
    PREFIX=$HOME/.local
    APP_DIR=$PREFIX/lib/cohortdesk
fi
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
