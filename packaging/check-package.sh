#!/bin/sh
# Builds the Debian package from a build directory, validates it and tries the installed program the way
# an IT department would: desktop-file-validate, appstreamcli, lintian (no error allowed), then dpkg -x
# into a scratch root and the binary from there, headless.
# Usage: packaging/check-package.sh BUILD_DIR
set -eu
build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Staged with cmake --install and packed from there: cpack on the build tree would first rebuild what is
# out of date, and a suite running beside an edit must never relink the binaries other tests are using.
cmake --install "$build" --prefix "$work/stage/usr" --strip >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
cpack --config "$build/CPackConfig.cmake" -B "$work/out" -D CPACK_INSTALL_CMAKE_PROJECTS= \
    -D "CPACK_INSTALLED_DIRECTORIES=$work/stage;." >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/pressdesk_*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Package Version Architecture Depends

root="$work/root"
dpkg -x "$deb" "$root"
app=org.example.PressDesk
for f in usr/bin/pressdesk usr/share/applications/$app.desktop usr/share/metainfo/$app.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$app.svg usr/share/icons/hicolor/256x256/apps/$app.png \
         usr/share/icons/hicolor/16x16/apps/$app.png usr/share/mime/packages/$app.xml \
         usr/share/man/man1/pressdesk.1.gz usr/share/doc/pressdesk/copyright \
         usr/share/doc/pressdesk/changelog.Debian.gz; do
    [ -e "$root/$f" ] || { echo "missing in the package: /$f"; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/$app.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app.metainfo.xml"
# Errors fail the check; the warnings left are listed in the README with their reasons.
lintian --fail-on error --suppress-tags-from-file "$(dirname "$0")/lintian-accepted.txt" "$deb"

# The installed binary, from the scratch root, without a display.
bin="$root/usr/bin/pressdesk"
"$bin" --version
QT_QPA_PLATFORM=offscreen "$bin" demo --db "$work/demo.pressdesk"
"$bin" info --db "$work/demo.pressdesk"
"$bin" info --db "$work/demo.pressdesk" | grep -q milestone
echo "package check passed"
