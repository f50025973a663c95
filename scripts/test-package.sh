#!/bin/bash
# test-package.sh -- what "make test-package" runs after make deb: installs
# the built packages with dpkg -i and tests what they installed, not the
# build tree: the files are the packages', the pg_regress suites pass
# against the packaged extension with the packaged loader (the suites call
# loader/skanecoop-load, which in a copy of the tree is a link to
# /usr/bin/skanecoop-load), a database survives pg_dump and pg_restore,
# and the installed manual page matches the installed loader's --help.
#
#   scripts/test-package.sh DEB_DIR
#
# Prints TAP lines and "N passed, N failed".  The packages stay installed;
# dpkg -r postgresql-15-skanecoop skanecoop-loader removes them.
set -uo pipefail

cd "$(dirname "$0")/.."
top=$PWD
debdir=$(realpath "$1")
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
version=$(sed -n 's/^EXTVERSION[[:space:]]*=[[:space:]]*//p' Makefile)
pgversion=$(pg_config --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
extpkg=postgresql-$pgversion-skanecoop
scratch=$(mktemp -d "${TMPDIR:-/tmp}/skanecoop-package.XXXXXX")
chmod 755 "$scratch"

cleanup() {
	scripts/cluster.sh stop "$scratch/cluster"
	rm -rf "$scratch"
}
trap cleanup EXIT

. test/tap.sh

owned_by() {
	local owner
	owner=$(dpkg-query -S "$2" 2>/dev/null | cut -d: -f1)
	[ "$owner" = "$1" ] || { echo "# $2 belongs to \"$owner\", not $1"; return 1; }
}

section "install the packages"
debs=("$debdir/${extpkg}_$version-1_"*.deb "$debdir/skanecoop-loader_$version-1_"*.deb)
$sudo dpkg -i "${debs[@]}" >"$scratch/dpkg.log" 2>&1
status=$?
[ $status -eq 0 ] || sed 's/^/# /' "$scratch/dpkg.log"
record $status "dpkg -i $(basename -a "${debs[@]}" | tr '\n' ' ')"
for p in "$extpkg" skanecoop-loader; do
	test "$(dpkg-query -W -f='${Status} ${Version}' "$p" 2>/dev/null)" = "install ok installed $version-1"
	record $? "$p $version-1 is installed"
done
sharedir=$(pg_config --sharedir)
owned_by "$extpkg" "$sharedir/extension/skanecoop.control"
record $? "$extpkg owns skanecoop.control"
owned_by "$extpkg" "$sharedir/extension/skanecoop--$version.sql"
record $? "$extpkg owns the install script of $version"
owned_by "$extpkg" "$(pg_config --pkglibdir)/skanecoop.so"
record $? "$extpkg owns skanecoop.so"
owned_by skanecoop-loader /usr/bin/skanecoop-load
record $? "skanecoop-loader owns /usr/bin/skanecoop-load"
test "$(/usr/bin/skanecoop-load --version)" = "skanecoop-load (skanecoop) $version"
record $? "the packaged loader says it is version $version"
test "$(man -w skanecoop-load 2>/dev/null)" = /usr/share/man/man1/skanecoop-load.1.gz
record $? "man finds skanecoop-load(1)"

section "manual page of the installed loader"
zcat /usr/share/man/man1/skanecoop-load.1.gz >"$scratch/skanecoop-load.1"
run_suite "manual page" test/man/run.sh /usr/bin/skanecoop-load "$scratch/skanecoop-load.1"

section "throwaway cluster"
port=$(scripts/cluster.sh start "$scratch/cluster")
record $? "cluster started on port ${port:-?}"
PGUSER=$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)
export PGHOST="$scratch/cluster" PGPORT="$port" PGUSER PGDATABASE=postgres

# A copy of the tree's suites and data, with no build products, whose
# loader/skanecoop-load is the packaged one.
mkdir -p "$scratch/tree"
git ls-files -z --cached --others --exclude-standard |
	xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' |
	tar --null -T - -cf - | tar -xf - -C "$scratch/tree"
ln -sf /usr/bin/skanecoop-load "$scratch/tree/loader/skanecoop-load"

section "pg_regress against the installed extension"
run_suite "pg_regress" regress_suite "$scratch/tree" "$scratch/regress.log"

section "dump and restore with the packaged loader"
SKANECOOP_LOAD=/usr/bin/skanecoop-load run_suite "dump and restore" "$scratch/tree/test/dump/run.sh" "$scratch"

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
