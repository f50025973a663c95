#!/bin/bash
# deb.sh -- what "make deb" runs: builds the Debian packages
# postgresql-VERSION-skanecoop and skanecoop-loader with dpkg-buildpackage
# out of a copy of the source tree (its tracked and new files, no build
# products) in a temporary folder, so the tree itself stays clean.
#
#   scripts/deb.sh EXTVERSION OUTDIR
#
# Writes debian/changelog in the copy, version EXTVERSION-1, and
# debian/control from debian/control.in for the PostgreSQL versions
# debian/pgversions names.  Copies the .deb files to OUTDIR and prints
# their names.
set -euo pipefail

cd "$(dirname "$0")/.."
version=$1
outdir=$(realpath -m "$2")
[ -n "$version" ] && [ -n "$outdir" ] || { echo "usage: deb.sh EXTVERSION OUTDIR" >&2; exit 2; }

scripts/deps.sh debhelper postgresql-server-dev-all dpkg-dev fakeroot

work=$(mktemp -d "${TMPDIR:-/tmp}/skanecoop-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
src=$work/skanecoop-$version
mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard |
	xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' |
	tar --null -T - -cf - | tar -xf - -C "$src"

maintainer=$(sed -n 's/^Maintainer: //p' debian/control.in)
cat >"$src/debian/changelog" <<CHANGELOG
skanecoop ($version-1) unstable; urgency=medium

  * skanecoop $version.

 -- $maintainer  $(date -R)
CHANGELOG

cd "$src"
pg_buildext updatecontrol
if ! dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1; then
	tail -40 "$work/build.log" >&2
	echo "deb.sh: dpkg-buildpackage failed; the log is above" >&2
	exit 1
fi
mkdir -p "$outdir"
for deb in "$work"/*.deb; do
	cp "$deb" "$outdir/"
	echo "$outdir/$(basename "$deb")"
done
