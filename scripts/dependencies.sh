#!/usr/bin/env bash
# Makes sure the C libraries Relevo links against are installed (Debian/Ubuntu).
# As root it installs what is missing; otherwise it prints the apt command and stops.
missing=()
for package in libsqlite3-dev libpcre2-dev; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ]; then
        echo "Installing ${missing[*]} ..." >&2
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >&2 || exit 1
    else
        echo "Relevo needs ${missing[*]}. Install with:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi
