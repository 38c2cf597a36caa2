#!/bin/bash
# `make installer-test`: prove the Linux tarball works on its own.
#
#   installer/linux/test_tarball.sh dist/CohortDesk-<version>-linux-x86_64.tar.gz
#
# Unpacks into an empty folder, runs the bundled binary with a clean environment whose PATH has
# no virtual environment (and no PYTHONPATH or PYTHONHOME), checks --version and --self-test,
# then installs into a throwaway HOME with install.sh, checks the menu entry, icons and
# launcher, and removes it again with uninstall.sh.
set -euo pipefail

TARBALL=$(realpath "$1")
HERE=$(dirname "$(realpath "$0")")
NAME=$(basename "$TARBALL" .tar.gz)
VERSION=$(echo "$NAME" | sed -E 's/^CohortDesk-(.*)-linux-[^-]+$/\1/')
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cohortdesk-installer-test.XXXXXX")
PG_STOP=""
PG=""
trap 'eval "$PG_STOP"; rm -rf "$WORK" ${PG:+"$PG"}' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# PATH without the virtual environment (and without any other venv that happens to be active).
CLEAN_PATH=$(printf '%s' "$PATH" | tr ':' '\n' \
    | grep -v -e '/\.venv/' -e '/venv/' ${VIRTUAL_ENV:+-e "^$VIRTUAL_ENV"} | paste -sd: -)
# env -i: nothing of this shell's Python set-up (VIRTUAL_ENV, PYTHONPATH, ...) reaches the app.
clean() {
    env -i HOME="$WORK/home" PATH="$CLEAN_PATH" LANG=C.UTF-8 TMPDIR="$WORK/tmp" \
        ${DISPLAY:+DISPLAY="$DISPLAY"} ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} "$@"
}
mkdir -p "$WORK/unpacked" "$WORK/home" "$WORK/tmp"
cd "$WORK"  # not the source tree, where `import cohortdesk` would find the sources

step "Unpacking $(basename "$TARBALL") into an empty folder"
tar -xzf "$TARBALL" -C "$WORK/unpacked"
TOP=$WORK/unpacked/$NAME
for f in CohortDesk/cohortdesk cohortdesk.desktop cohortdesk.png install.sh uninstall.sh; do
    [ -e "$TOP/$f" ] || fail "$f is missing from the tarball"
done
echo "Unpacked bundle: $(du -sb "$TOP/CohortDesk" | cut -f1) bytes ($(du -sh "$TOP/CohortDesk" | cut -f1))"
# The system's own copies are used instead (buildinfo.LINUX_SYSTEM_LIBRARIES).
for lib in $(python3 "$HERE/../buildinfo.py" system-libraries); do
    [ -z "$(find "$TOP/CohortDesk" -name "$lib*")" ] || fail "$lib is bundled; the system's is used"
done
if clean sh -c 'command -v python3 >/dev/null && python3 -c "import cohortdesk"' 2>/dev/null; then
    fail "cohortdesk is importable from the clean PATH: the test would not prove the bundle"
fi

step "--version"
OUT=$(clean "$TOP/CohortDesk/cohortdesk" --version)
echo "$OUT"
[ "$OUT" = "CohortDesk $VERSION" ] || fail "expected 'CohortDesk $VERSION'"

step "--self-test (offscreen)"
clean QT_QPA_PLATFORM=offscreen "$TOP/CohortDesk/cohortdesk" --self-test \
    || fail "the self-test did not pass"

step "Sync two workspaces through a PostgreSQL hub (a throwaway server on 127.0.0.1)"
# The bundled psycopg, libpq and SQLAlchemy dialect, end to end: workspace A sends the example
# network to the hub, a new workspace B receives it. Server binaries as for the tests
# (tests/pg_server.py; apt-get install postgresql).
PGBIN=""
for dir in /usr/lib/postgresql/17/bin /usr/lib/postgresql/16/bin /usr/lib/postgresql/15/bin \
           /usr/local/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then PGBIN=$dir; break; fi
done
[ -n "$PGBIN" ] || fail "PostgreSQL's initdb and pg_ctl are not installed (apt-get install postgresql)"
# Outside $WORK, which only root may enter; removed with it (the EXIT trap).
PG=$(mktemp -d /tmp/cohortdesk-installer-pg.XXXXXX)
chmod 755 "$PG"
mkdir -p "$PG/data" "$PG/sock"
AS=()
PG_ROLE=$(id -un)
if [ "$(id -u)" = 0 ]; then  # initdb refuses root: the server runs as postgres
    chown -R postgres "$PG"
    AS=(runuser -u postgres --)
    PG_ROLE=postgres
fi
pg() { (cd "$PG" && "${AS[@]}" "$@"); }  # from a folder the server's user may enter
pg "$PGBIN/initdb" -A trust -U "$PG_ROLE" -E UTF8 --locale=C -D "$PG/data" >/dev/null
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pg "$PGBIN/pg_ctl" -D "$PG/data" -l "$PG/server.log" -w start \
    -o "-k $PG/sock -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
PG_STOP='pg "$PGBIN/pg_ctl" -D "$PG/data" -m immediate -w stop >/dev/null 2>&1'
HUB="postgresql+psycopg://$PG_ROLE@127.0.0.1:$PORT/postgres"
APP=$TOP/CohortDesk/cohortdesk
clean "$APP" hub init "$HUB"
clean "$APP" workspace new "$WORK/a.cohortdesk" >/dev/null
clean "$APP" demo --workspace "$WORK/a.cohortdesk" >/dev/null
clean "$APP" sync --hub "$HUB" --workspace "$WORK/a.cohortdesk"
clean "$APP" workspace new "$WORK/b.cohortdesk" >/dev/null
clean "$APP" sync --hub "$HUB" --workspace "$WORK/b.cohortdesk"
SENT=$(clean "$APP" people list --workspace "$WORK/a.cohortdesk" | wc -l)
RECEIVED=$(clean "$APP" people list --workspace "$WORK/b.cohortdesk" | wc -l)
[ "$SENT" -gt 2 ] && [ "$RECEIVED" = "$SENT" ] \
    || fail "workspace B lists $RECEIVED lines of people, workspace A $SENT"
eval "$PG_STOP"
PG_STOP=""

step "install.sh into a fresh HOME, then uninstall.sh"
# CI and this machine run as root; the guard is for staff who reach for sudo.
clean COHORTDESK_ALLOW_ROOT=1 sh "$TOP/install.sh"
LOCAL=$WORK/home/.local
[ -x "$LOCAL/lib/cohortdesk/cohortdesk" ] || fail "the app was not installed"
[ "$(clean "$LOCAL/bin/cohortdesk" --version)" = "CohortDesk $VERSION" ] || fail "launcher"
[ -f "$LOCAL/share/icons/hicolor/256x256/apps/cohortdesk.png" ] || fail "icon not installed"
DESKTOP=$LOCAL/share/applications/cohortdesk.desktop
grep -q "^Exec=\"$LOCAL/lib/cohortdesk/cohortdesk\"" "$DESKTOP" || fail "Exec line: $(grep ^Exec "$DESKTOP")"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$DESKTOP"; fi
mkdir -p "$WORK/home/.local/share/CohortDesk"
echo "a workspace" > "$WORK/home/.local/share/CohortDesk/Workspace.cohortdesk"
clean sh "$LOCAL/lib/cohortdesk/uninstall.sh"
[ ! -e "$LOCAL/lib/cohortdesk" ] || fail "the app folder is still there"
[ ! -e "$LOCAL/bin/cohortdesk" ] || fail "the launcher is still there"
[ ! -e "$DESKTOP" ] || fail "the menu entry is still there"
[ -z "$(find "$LOCAL/share/icons" -name 'cohortdesk*' 2>/dev/null)" ] || fail "icons left behind"
[ -f "$WORK/home/.local/share/CohortDesk/Workspace.cohortdesk" ] || fail "uninstall deleted a workspace"

step "PREFIX=... install.sh, then that copy's uninstall.sh run on its own"
clean COHORTDESK_ALLOW_ROOT=1 PREFIX="$WORK/opt" sh "$TOP/install.sh" >/dev/null
[ "$(clean "$WORK/opt/bin/cohortdesk" --version)" = "CohortDesk $VERSION" ] || fail "PREFIX launcher"
clean sh "$WORK/opt/lib/cohortdesk/uninstall.sh"
[ ! -e "$WORK/opt/lib/cohortdesk" ] && [ ! -L "$WORK/opt/bin/cohortdesk" ] \
    || fail "uninstall.sh left the PREFIX copy behind"

printf '\nThe Linux tarball works: --version, --self-test, hub sync, install and uninstall all passed.\n'
