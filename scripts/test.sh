#!/bin/bash
# test.sh -- what "make test" runs: builds everything with warnings as
# errors, installs the extension, and runs every suite against a throwaway
# cluster: the core's unit tests, pg_regress, the loader tests (with a
# crawl of a site served on 127.0.0.1 into web archives), a build
# with clang, and the loader's threads under ThreadSanitizer.  Ends with one
# line "N passed, N failed".
set -uo pipefail

cd "$(dirname "$0")/.."
top=$PWD
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/skanecoop-test.XXXXXX")
chmod 755 "$scratch"
cluster="$scratch/cluster"

cleanup() {
	scripts/cluster.sh stop "$cluster"
	rm -rf "$scratch"
}
trap cleanup EXIT

. test/tap.sh

# make test SANITIZE=1: the loader, the unit tests and the fuzz replays are
# built with AddressSanitizer and UBSan (the Makefile's SANITIZE_FLAGS); the
# make commands below inherit SANITIZE from make's command line.
if [ "${SANITIZE:-}" = 1 ]; then
	echo "# SANITIZE=1: client programs built with -fsanitize=address,undefined"
	export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
	export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
fi

section "build (gcc, -Werror)"
make -s clean >/dev/null 2>&1
make -s WERROR=-Werror >"$scratch/build.log" 2>&1
build_status=$?
[ $build_status -eq 0 ] || cat "$scratch/build.log"
record $build_status "extension and loader build without warnings"
if [ $build_status -ne 0 ]; then
	echo "$passed passed, $((failed)) failed"
	exit 1
fi
$sudo make -s install >"$scratch/install.log" 2>&1
record $? "make install" || cat "$scratch/install.log"

section "unit tests of the core"
count_tap < <(make -s WERROR=-Werror unit 2>&1)

section "fact extraction: precision and recall"
count_tap < <(make -s WERROR=-Werror extract-score 2>&1)

section "fuzz targets: seed corpora and regression inputs"
count_tap < <(make -s WERROR=-Werror fuzz-replay 2>&1)

section "throwaway cluster"
port=$(scripts/cluster.sh start "$cluster")
record $? "cluster started on port ${port:-?}"
PGUSER=$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)
export PGHOST="$cluster" PGPORT="$port" PGUSER PGDATABASE=postgres

section "pg_regress"
make -s installcheck >"$scratch/regress.log" 2>&1
cat "$scratch/regress.log"
count_tap < <(regress_tap "$scratch/regress.log")
if [ -f regression.diffs ]; then
	cat regression.diffs
fi

section "loader tests"
count_tap < <(test/loader/run.sh "$scratch" 2>&1)

section "loader tests: web archives of a crawled site"
count_tap < <(test/loader/crawl.sh "$scratch" 2>&1)

section "ODBC: the BI views through the PostgreSQL ODBC driver"
count_tap < <(test/odbc/run.sh "$scratch" 2>&1)

section "logical replication to a second cluster (own clusters)"
count_tap < <(test/replication/run.sh 2>&1 | grep -v '^[0-9]* passed, [0-9]* failed$')

section "upgrade from 0.1 and 0.2"
count_tap < <(test/upgrade/run.sh "$scratch" 2>&1)

section "README cookbook"
count_tap < <(scripts/cookbook.sh check)

section "manual page"
count_tap < <(test/man/run.sh 2>&1)
cmp -s loader/skanecoop-load.1 "$(pg_config --mandir)/man1/skanecoop-load.1"
record $? "make install installs the manual page"

section "release: META.json and make dist"
count_tap < <(test/package/release.sh "$scratch" 2>&1)

section "dump and restore"
count_tap < <(test/dump/run.sh "$scratch" 2>&1)

section "server restart during a load (own cluster)"
count_tap < <(test/cluster/restart.sh "$scratch" 2>&1)

section "hot standby answers as the primary (own clusters)"
count_tap < <(test/cluster/replica.sh "$scratch" 2>&1)

section "valgrind: the loader on the bundled corpus"
if [ "${SANITIZE:-}" = 1 ]; then
	echo "# skipped: a loader built with the sanitizers cannot run under valgrind"
else
	count_tap < <(test/valgrind/run.sh "$scratch" valgrind_check 2>&1)
fi

section "clang build (-Wall -Wextra -Werror)"
mkdir -p "$scratch/clang"
tar -cf - --exclude=./.git --exclude=./results . | tar -xf - -C "$scratch/clang"
make -s -C "$scratch/clang" clean >/dev/null 2>&1
make -s -C "$scratch/clang" CC=clang WERROR=-Werror >"$scratch/clang.log" 2>&1
clang_status=$?
[ $clang_status -eq 0 ] || cat "$scratch/clang.log"
record $clang_status "extension and loader build with clang without warnings"

section "ThreadSanitizer: the loader's reader threads"
make -s -C "$scratch/clang" clean >/dev/null 2>&1
make -s -C "$scratch/clang" CC=clang SANITIZE_FLAGS=-fsanitize=thread loader/skanecoop-load \
	>"$scratch/tsan.log" 2>&1
tsan_status=$?
[ $tsan_status -eq 0 ] || cat "$scratch/tsan.log"
record $tsan_status "the loader builds with -fsanitize=thread"
[ $tsan_status -ne 0 ] ||
	count_tap < <(test/tsan/run.sh "$scratch" "$scratch/clang/loader/skanecoop-load" 2>&1)

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
