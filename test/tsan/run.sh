#!/bin/bash
# run.sh -- runs a skanecoop-load built with ThreadSanitizer over runs that
# exercise its reader threads: extraction of many pages, a load of several
# batches, an unchanged re-run (the readers only hash), and a run that a
# database error stops while the readers are ahead.  Fails on any report of
# a data race or a lock misused, and on an unexpected exit status.  Prints
# TAP lines; the database is reached through the PG* variables.
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
check "a load of several batches" race_free 0 -q -d "$db" -- "$scratch"/pages/*.html
check "an unchanged re-run, the readers only hashing" race_free 0 -q -d "$db" -- "$scratch"/pages/*.html

# A trigger refuses a document of the first batch, so the run stops with
# the readers ahead of it.
psql -qX -d "$db" -c "CREATE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS \$\$
	BEGIN
		RAISE EXCEPTION 'refused by a test trigger';
	END \$\$;
	CREATE TRIGGER refuse_document BEFORE INSERT ON skanecoop.document
		FOR EACH ROW EXECUTE FUNCTION refuse_document()"
sed -i 's/<h1>/<h1>Ny /' "$scratch"/pages/page001*.html
check "a run a database error stops while the readers are ahead" \
	race_free 3 -q -d "$db" -- "$scratch"/pages/*.html
dropdb "$db"
done_testing
