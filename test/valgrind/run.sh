#!/bin/bash
# run.sh -- runs skanecoop-load under valgrind on the bundled corpus and
# fails on any invalid memory access, use of uninitialised memory, or leak
# (definitely or indirectly lost).  Prints TAP lines.
#
#   test/valgrind/run.sh SCRATCH_DIR [DATABASE]
#
# Without DATABASE only the runs that need no database (--extract-only)
# are made; with it (a database the PG* variables reach, created and
# dropped here) the loader also loads the corpus, reloads it unchanged,
# and rejects bad input inside a run.  make valgrind runs the first kind,
# make test both.  Exits non-zero if any check failed.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1
db=${2:-}
load=loader/skanecoop-load
n=0
failed=0

if ! command -v valgrind >/dev/null; then
	echo "not ok 1 - valgrind is not installed (scripts/deps.sh installs it)"
	echo "1..1"
	exit 1
fi

# Runs the loader under valgrind; passes if valgrind found nothing and the
# loader exited with the status wanted.
under_valgrind() {
	local what=$1 want=$2 status
	shift 2
	n=$((n + 1))
	valgrind -q --error-exitcode=99 --leak-check=full \
		--show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
		--log-file="$scratch/valgrind.$n.log" "$load" "$@" >"$scratch/valgrind.out" 2>&1
	status=$?
	if [ "$status" -eq "$want" ] && [ ! -s "$scratch/valgrind.$n.log" ]; then
		echo "ok $n - valgrind: $what"
	else
		echo "not ok $n - valgrind: $what (exit $status, want $want)"
		failed=1
		sed 's/^/# /' "$scratch/valgrind.$n.log" | head -60
		sed 's/^/# /' "$scratch/valgrind.out" | head -10
	fi
}

docs=data/documents
printf 'Titel\n\nRubrik\n\nM\xf6te i Malm\xf6.\n' >"$scratch/vg-latin1.txt"
printf '<manifest xmlns="urn:skanecoop:manifest:1"><document' >"$scratch/vg-broken.xml"

under_valgrind "the bundled manifest and populations, --extract-only" 0 \
	-x $docs/manifest.xml data/reference/populations.csv
under_valgrind "the HTML test pages and the extractor's test documents, --extract-only" 0 \
	-x test/loader/html/*.html test/extract/docs/*.txt test/extract/docs/html/*.html
under_valgrind "bad input: invalid UTF-8 and a broken manifest, --extract-only" 1 \
	-x -k "$scratch/vg-latin1.txt" "$scratch/vg-broken.xml" $docs/000_f7df068ed01b0cde.txt

if [ -n "$db" ]; then
	dropdb --if-exists "$db" 2>/dev/null
	createdb "$db" && psql -qX -d "$db" -c "CREATE EXTENSION skanecoop"
	under_valgrind "loading the bundled corpus" 0 \
		-d "$db" $docs/manifest.xml data/reference/populations.csv
	under_valgrind "reloading it unchanged" 0 \
		-d "$db" $docs/manifest.xml data/reference/populations.csv
	under_valgrind "a run with bad input, --keep-going" 1 \
		-k -d "$db" "$scratch/vg-latin1.txt" test/loader/html/000_f7df068ed01b0cde.html
	under_valgrind "a dry run of the HTML pages, rolled back" 0 \
		-n -d "$db" test/loader/html/*.html
	dropdb "$db"
fi
echo "1..$n"
exit $failed
