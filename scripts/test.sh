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
test "$(readlink /usr/local/bin/skanecoop-load)" = "$(pg_config --bindir)/skanecoop-load"
record $? "make install links skanecoop-load from /usr/local/bin, on the PATH"

section "the test harness itself"
run_suite "harness" test/harness/run.sh

section "unit tests of the core"
run_suite "unit tests" make -s WERROR=-Werror unit

section "fact extraction: precision and recall"
run_suite "extraction score" make -s WERROR=-Werror extract-score

section "fuzz targets: seed corpora and regression inputs"
run_suite "fuzz replays" make -s WERROR=-Werror fuzz-replay

section "throwaway cluster"
port=$(scripts/cluster.sh start "$cluster")
record $? "cluster started on port ${port:-?}"
PGUSER=$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)
export PGHOST="$cluster" PGPORT="$port" PGUSER PGDATABASE=postgres

section "pg_regress"
run_suite "pg_regress" regress_suite . "$scratch/regress.log"

section "README: the tables and views of schema skanecoop"
# The names in the first column of the README's two lists, against the catalog.
readme_relations=$(awk '/^Schema `skanecoop`:/ { on = 1 } /^The gazetteer comes/ { on = 0 }
	on && /^\| `/ { split($0, cell, "|"); print cell[2] }' README.md | tr -d '` ' | sort)
catalog_relations=$(psql -XAtq -d contrib_regression -c "
	SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
	JOIN pg_depend AS d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
	WHERE n.nspname = 'skanecoop' AND c.relkind IN ('r', 'v', 'm', 'p')
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'skanecoop')" | sort)
[ -n "$catalog_relations" ] && [ "$readme_relations" = "$catalog_relations" ]
relations_status=$?
record $relations_status "the README lists every table and view of schema skanecoop, and no other"
[ $relations_status -eq 0 ] ||
	diff <(echo "$readme_relations") <(echo "$catalog_relations") | sed 's/^/# README vs catalog: /'

section "loader tests"
run_suite "loader" test/loader/run.sh "$scratch"

section "loader tests: web archives of a crawled site"
run_suite "web archives" test/loader/crawl.sh "$scratch"

section "ODBC: the BI views through the PostgreSQL ODBC driver"
run_suite "ODBC" test/odbc/run.sh "$scratch"

section "membership timelines in headless Chromium"
run_suite "timelines" test/timeline/run.sh "$scratch"

section "logical replication to a second cluster (own clusters)"
run_suite "logical replication" test/replication/run.sh

section "upgrade from 0.1 and 0.2"
run_suite "upgrade" test/upgrade/run.sh "$scratch"

section "README cookbook"
run_suite "README cookbook" scripts/cookbook.sh check

section "manual page"
run_suite "manual page" test/man/run.sh
cmp -s loader/skanecoop-load.1 "$(pg_config --mandir)/man1/skanecoop-load.1"
record $? "make install installs the manual page"

section "release: META.json and make dist"
run_suite "release" test/package/release.sh "$scratch"

section "dump and restore"
run_suite "dump and restore" test/dump/run.sh "$scratch"

section "server restart during a load (own cluster)"
run_suite "server restart" test/cluster/restart.sh "$scratch"

section "hot standby answers as the primary (own clusters)"
run_suite "hot standby" test/cluster/replica.sh "$scratch"

section "valgrind: the loader on the bundled corpus"
if [ "${SANITIZE:-}" = 1 ]; then
	echo "# skipped: a loader built with the sanitizers cannot run under valgrind"
else
	run_suite "valgrind" test/valgrind/run.sh "$scratch" valgrind_check
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
	run_suite "ThreadSanitizer" test/tsan/run.sh "$scratch" "$scratch/clang/loader/skanecoop-load"

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
