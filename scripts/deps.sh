#!/bin/sh
# deps.sh -- installs the Debian packages skanecoop builds and tests with,
# if any is missing.  Runs apt-get as root, or through sudo.  chromium (with
# a font to draw text in) is for test/timeline/run.sh, which draws the
# membership timelines in a headless browser.
#
#   deps.sh [PACKAGE]...    the packages named too (make deb's build tools)
set -eu

packages="make gcc clang libclang-rt-dev postgresql-15 postgresql-server-dev-15
	postgresql-contrib libpq-dev libssl-dev libxml2-dev zlib1g-dev libxml2-utils odbc-postgresql
	unixodbc valgrind groff-base man-db jq time wget python3 chromium fonts-dejavu-core
	libstemmer-dev $*"

missing=""
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null; then
	sudo="sudo"
else
	echo "deps.sh: these packages are missing and neither root nor sudo is available:$missing" >&2
	exit 1
fi
echo "Installing:$missing"
$sudo apt-get update -qq
# The Debian package creates and starts a main cluster of its own; skanecoop
# uses private clusters, so that one is left alone.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
