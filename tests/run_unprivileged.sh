#!/bin/sh
# Runs a test binary as a user without privileges: as root (CI), as "nobody"; otherwise as the caller,
# who has none. Dovecot's test server starts differently in the two cases (tests/DovecotServer.h),
# and both must work. The build tree may be closed to others (a clone in a mktemp directory), so the
# binary (linked statically to LeadSync's libraries) runs from a copy "nobody" can read.
set -e
if [ "$(id -u)" != 0 ]; then
    exec "$@"
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
chmod 755 "$dir"
cp "$1" "$dir/test"
shift
runuser -u nobody -- "$dir/test" "$@"
