#!/bin/sh
# /usr/bin/agentdesk: start the bundled app in ../lib/agentdesk (relative, so an unpacked package runs too).
here=$(dirname "$(readlink -f "$0")")
exec "$here/../lib/agentdesk/agentdesk" "$@"
