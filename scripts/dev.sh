#!/usr/bin/env bash
# LeadSync's developer entry point.
#   scripts/dev.sh run    install what is missing, build, and start LeadSync on the sample workspace
#   scripts/dev.sh test   install what is missing, build and run every test, in both configurations
#   scripts/dev.sh deps   only install what is missing
set -euo pipefail
cd "$(dirname "$0")/.."

deps() {
    local missing=()
    while read -r package; do
        [ -n "$package" ] || continue
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done < scripts/debian-packages.txt
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing: ${missing[*]}"
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$1"
    cmake --build --preset "$1"
}

run() {
    deps
    build default
    # A workspace that does not exist yet is created with the bundled sample leads on first start.
    exec build/default/app/gui/leadsync --workspace build/default/sample.leadsync
}

# Validates the desktop integration, builds the .deb and runs leadsync-cli from it. On CI the package is
# installed for real (dpkg resolves its dependencies); elsewhere it is unpacked into a scratch folder,
# so running the tests never installs anything on a developer's machine.
package_check() {
    desktop-file-validate packaging/io.leadsync.LeadSync.desktop
    appstreamcli validate --no-net --pedantic packaging/io.leadsync.LeadSync.metainfo.xml
    (cd build/default && cpack -G DEB)
    local deb
    deb=$(ls build/default/leadsync_*_amd64.deb)
    if [ "${CI:-}" = true ]; then
        apt-get install -y "./$deb"
        /usr/bin/leadsync-cli --version
    else
        local root
        root=$(mktemp -d)
        dpkg-deb -x "$deb" "$root"
        "$root/usr/bin/leadsync-cli" --version
        rm -rf "$root"
    fi
}

tests() {
    deps
    # The everyday build (GCC), then the sanitizer build (clang, ASan + UBSan, with the libFuzzer target),
    # then the package.
    # lupdate first brings translations/*.ts up to date with the sources, so UI text added without a
    # translation fails tst_translations instead of shipping in English.
    cmake --preset default
    cmake --build --preset default --target update_translations
    cmake --workflow --preset default
    cmake --workflow --preset sanitize
    package_check
}

case "${1:-}" in
deps) deps ;;
run) run ;;
test) tests ;;
*)
    echo "usage: scripts/dev.sh run|test|deps" >&2
    exit 1
    ;;
esac
