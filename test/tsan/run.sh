#!/bin/bash
# run.sh -- runs a skanecoop-load built with ThreadSanitizer over runs that
# exercise its reader threads: extraction of many pages, of the real dev
# pages with every stage on, of the same pages from a web archive, a run
# that a URI an archive repeats stops, a load of several batches, an
# unchanged re-run (the readers only hash), a run whose documents the
# server refuses, and a run that a database error stops while the readers
# are ahead.  Fails on any report of a data race or a lock misused, and on
# an unexpected exit status.  Prints TAP lines; the database is reached
# through the PG* variables.
#
#   test/tsan/run.sh SCRATCH_DIR LOADER
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1/tsan
load=$2
db=loader_tsan

. test/tap.sh

# ThreadSanitizer's reports go to stderr; it exits 66 after one.
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"

# Runs the loader; passes if it exited as wanted and reported no race.
race_free() {
	local want=$1 status
	shift
	"$load" "$@" >"$scratch/out" 2>"$scratch/err"
	status=$?
	if grep -q "ThreadSanitizer" "$scratch/err" || [ "$status" -ne "$want" ]; then
		echo "# exit $status, want $want"
		sed 's/^/# /' "$scratch/err" | head -40
		return 1
	fi
}

mkdir -p "$scratch/pages"
awk -v dir="$scratch/pages" -v pages=300 -f bench/gen-html.awk
dropdb --if-exists "$db" 2>/dev/null
createdb "$db" && psql -qX -d "$db" -c "CREATE EXTENSION skanecoop"

check "extracting 300 pages and the bundled documents on three threads" \
	race_free 0 --extract-only -- data/documents/manifest.xml test/loader/html/*.html "$scratch"/pages/*.html
# Real pages, with every stage on: the readers extract facts too, and
# the extractor's rules (one once used strtok) must keep no state of
# their own between documents.
check "extracting the real dev pages, every stage on, on two reader threads" \
	race_free 0 -q --extract-only --pattern-stage --learned-stage -- test/extract/real/dev/*.txt
# The same pages from a web archive, between files: the reader that needs
# the next of its documents reads the archive on to it.
bench/make-warc.py "$scratch/pages.warc.gz" "$scratch"/pages/*.html
check "extracting the pages from a web archive, between files" \
	race_free 0 --extract-only -- test/loader/html/*.html "$scratch/pages.warc.gz" data/documents/manifest.xml
check "a run that a URI repeated in an archive stops while the readers are ahead" \
	race_free 1 -q -d "$db" -- "$scratch/pages.warc.gz" "$scratch/pages.warc.gz"
check "a load of several batches" race_free 0 -q -d "$db" -- "$scratch"/pages/*.html
check "an unchanged re-run, the readers only hashing" race_free 0 -q -d "$db" -- "$scratch"/pages/*.html

# A trigger refuses every changed document, each on its own while the
# readers read on; then an error that is the run's (a server gone
# read-only), not a document's, stops the run with the readers ahead.
psql -qX -d "$db" -c "CREATE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS \$\$
	BEGIN
		RAISE EXCEPTION 'refused by a test trigger';
	END \$\$;
	CREATE TRIGGER refuse_document BEFORE INSERT ON skanecoop.document
		FOR EACH ROW EXECUTE FUNCTION refuse_document()"
sed -i 's/<h1>/<h1>Ny /' "$scratch"/pages/page001*.html
check "a run whose documents the server refuses one by one" \
	race_free 1 -q -d "$db" -- "$scratch"/pages/*.html
psql -qX -d "$db" -c "CREATE OR REPLACE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS \$\$
	BEGIN
		RAISE EXCEPTION 'the server is read-only for a test' USING ERRCODE = 'read_only_sql_transaction';
	END \$\$"
check "a run a database error stops while the readers are ahead" \
	race_free 3 -q -d "$db" -- "$scratch"/pages/*.html
dropdb "$db"
done_testing
