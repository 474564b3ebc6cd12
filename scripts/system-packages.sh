#!/bin/sh
# Install the Debian packages AgentDesk needs that are missing; as a non-root user, print the apt-get line.
# Usage: scripts/system-packages.sh run|test|screen|bench|package
set -eu

RUN="libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-noto-core
     libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
     libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb1"
# RT 5 for the ticket tests (tests/servers/rt/): its own web server and SQLite, no Apache, no database server.
TEST="$RUN python3-venv dovecot-imapd xvfb xauth request-tracker5 rt5-db-sqlite rt5-standalone w3m sqlite3"
# Packaging (installer/, make package; tests/installer builds and installs the .deb): strip and icupkg (a
# smaller ICU data library) for the bundle,
# the Windows installer compilers (makensis, wixl, msiinfo), the desktop-entry and AppStream validators, and
# the .deb's Depends that RUN lacks, so installing it needs no download.
PACKAGE="binutils icu-devtools nsis wixl msitools desktop-file-utils appstream libwayland-client0 libwayland-cursor0 fontconfig-config"
TEST="$TEST $PACKAGE"
SCREEN="$RUN xvfb xauth"
BENCH="$TEST isync notmuch python3-notmuch2"

case "${1:-run}" in
    run) WANTED=$RUN ;;
    test) WANTED=$TEST ;;
    screen) WANTED=$SCREEN ;;
    bench) WANTED=$BENCH ;;
    package) WANTED="$RUN $PACKAGE xvfb xauth" ;;
    *) echo "usage: $0 run|test|screen|bench|package" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian-based system: install the equivalents of: $WANTED" >&2
    exit 0
fi

MISSING=""
for pkg in $WANTED; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) MISSING="$MISSING $pkg" ;;
    esac
done

[ -z "$MISSING" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages:$MISSING"
    export DEBIAN_FRONTEND=noninteractive
    case " $MISSING " in
        *" request-tracker5 "*)
            # The tests make their own RT databases: no system database, no cron jobs. RT needs a mail
            # transport; without one apt would pick exim4 (a daemon), so take dma, which runs none.
            printf '%s\n' "request-tracker5 request-tracker5/dbconfig-install boolean false" \
                "request-tracker5 request-tracker5/install-cronjobs boolean false" | debconf-set-selections
            [ -e /usr/sbin/sendmail ] || MISSING="$MISSING dma"
            ;;
    esac
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $MISSING >/dev/null
else
    echo "AgentDesk needs these system packages. Run as root:" >&2
    echo "    sudo apt-get install -y --no-install-recommends$MISSING" >&2
    [ "${1:-run}" = "run" ] || exit 1
fi
