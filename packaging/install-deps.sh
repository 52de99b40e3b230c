#!/bin/sh
# Installs the Debian packages in packaging/debian-packages.txt that are missing. Run as root on Debian 12.
# Does nothing (and needs no network) when everything is already there.
set -eu
here=$(dirname "$0")
list="$here/debian-packages.txt"
missing=""
for package in $(grep -v '^#' "$list" | grep -v '^[[:space:]]*$'); do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
if [ -z "$missing" ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "PressDesk needs these Debian packages:$missing" >&2
    echo "Run this script as root (or: sudo apt-get install$missing)." >&2
    exit 1
fi
echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086 # one word per package
apt-get install -y -qq --no-install-recommends $missing
