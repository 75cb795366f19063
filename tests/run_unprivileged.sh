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
# The sanitizer build's LeakSanitizer suppressions (tests/lsan.supp) are in that tree too: a copy.
case "${LSAN_OPTIONS:-}" in
suppressions=* | *:suppressions=*)
    # The option itself, not print_suppressions=: at the start, or after a colon.
    suppressions=$(printf '%s\n' "$LSAN_OPTIONS" | sed 's/^\(.*:\)\{0,1\}suppressions=\([^:]*\).*/\2/')
    cp "$suppressions" "$dir/lsan.supp"
    chmod 644 "$dir/lsan.supp"
    LSAN_OPTIONS=$(printf '%s\n' "$LSAN_OPTIONS" |
        sed "s|^\(\(.*:\)\{0,1\}\)suppressions=[^:]*|\1suppressions=$dir/lsan.supp|")
    ;;
esac
runuser -u nobody -- env LSAN_OPTIONS="${LSAN_OPTIONS:-}" "$dir/test" "$@"
