#!/bin/bash
# restart.sh -- a server restart in the middle of a load, while it copies and
# while it merges a batch: the loader must report it clearly and exit 3,
# the database must be as it was before the run, and the next run must do
# all the work.  Prints TAP lines.
#
#   test/cluster/restart.sh SCRATCH_DIR
#
# Uses a throwaway cluster of its own in SCRATCH_DIR/restart (stopped
# afterwards), so that restarting it disturbs no other test.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1
dir="$scratch/restart"
load=loader/skanecoop-load
docs=data/documents

TAP_PREFIX="restart: "
. test/tap.sh

trap 'scripts/cluster.sh stop "$dir"' EXIT
rm -rf "$dir"
port=$(scripts/cluster.sh start "$dir") || { echo "not ok 1 - restart: the cluster starts"; exit 1; }
export PGHOST="$dir" PGPORT="$port"
export PGUSER=$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)
createdb restart && psql -qX -d restart -c "CREATE EXTENSION skanecoop" ||
	{ echo "not ok 1 - restart: the database is created"; exit 1; }

q() { psql -qXAt -d restart -c "$1"; }

# Enough documents that the run is still going when the server goes down.
{
	echo '<manifest xmlns="urn:skanecoop:manifest:1">'
	for i in $(seq 1 3000); do
		echo "<document file=\"$PWD/$docs/002_68f8af423eecd173.txt\" uri=\"urn:test:restart:$i\"/>"
	done
	echo '</manifest>'
} >"$scratch/restart-manifest.xml"

# Ten times as many for the restart while copying: a batch's COPY lasts
# only while its documents are read, which the loader does fast, so the
# run must copy many batches for the restart to come during one.
{
	echo '<manifest xmlns="urn:skanecoop:manifest:1">'
	for i in $(seq 1 30000); do
		echo "<document file=\"$PWD/$docs/002_68f8af423eecd173.txt\" uri=\"urn:test:restart:$i\"/>"
	done
	echo '</manifest>'
} >"$scratch/restart-long-manifest.xml"

# Waits, for at most a minute, until the loader's statement matches the
# pattern. The server polls its own activity every millisecond: a shell
# loop starting psql each time is too slow on a busy machine to see a
# batch's COPY, which lasts only while the batch's documents are read.
wait_for_statement() {
	psql -qXAt -d restart -c "DO \$\$
		BEGIN
			FOR i IN 1..60000 LOOP
				PERFORM pg_catalog.pg_stat_clear_snapshot();
				IF EXISTS (SELECT FROM pg_catalog.pg_stat_activity
						   WHERE application_name = 'skanecoop-load' AND query LIKE '$1') THEN
					RETURN;
				END IF;
				PERFORM pg_catalog.pg_sleep(0.001);
			END LOOP;
			RAISE EXCEPTION 'no statement like % came', '$1';
		END \$\$" >/dev/null 2>&1
}

# Starts a load of the manifest, restarts the server once the loader's
# statement matches the pattern, and checks that the run says so and
# wrote nothing.
restart_during() {
	local what=$1 pattern=$2 manifest=$3 loader loading=1 status

	$load -d restart --root "$PWD" "$manifest" data/reference/populations.csv \
		>"$scratch/restart.out" 2>"$scratch/restart.err" &
	loader=$!
	wait_for_statement "$pattern" && loading=0
	check "the load is $what when the server restarts" test $loading = 0
	scripts/cluster.sh restart "$dir"
	check "the server restarts" test $? = 0
	wait $loader
	status=$?
	check "the loader exits 3" test $status = 3
	check "it says the connection to the server was lost" \
		grep -q "the connection to the server was lost" "$scratch/restart.err"
	check "it says nothing was written" grep -q "nothing was written" "$scratch/restart.err"
	[ $status = 3 ] && grep -q "nothing was written" "$scratch/restart.err" || sed 's/^/# /' "$scratch/restart.err"
	check "no document or population row of the run is in the database" \
		test "$(q "SELECT (SELECT count(*) FROM skanecoop.document) + (SELECT count(*) FROM skanecoop.population)")" = 0
}

restart_during "copying a batch" 'COPY%' "$scratch/restart-long-manifest.xml"

# A batch is merged by a query the loader sends without waiting for it; a
# trigger slows the merge down so that the restart comes in the middle.
q "CREATE FUNCTION slow_merge() RETURNS trigger LANGUAGE plpgsql AS \$\$
	BEGIN
		PERFORM pg_catalog.pg_sleep(1);
		RETURN NULL;
	END \$\$;
	CREATE TRIGGER slow_merge AFTER INSERT ON skanecoop.document
		FOR EACH STATEMENT EXECUTE FUNCTION slow_merge()"
restart_during "merging a batch" 'SAVEPOINT load_batch;UPDATE skanecoop.document%' \
	"$scratch/restart-manifest.xml"
q "DROP TRIGGER slow_merge ON skanecoop.document; DROP FUNCTION slow_merge()"

$load -q --json -d restart --root "$PWD" "$scratch/restart-manifest.xml" data/reference/populations.csv \
	>"$scratch/restart.out" 2>"$scratch/restart.err"
check "the next run succeeds" test $? = 0
check "it loads all 3000 documents" grep -q '"new":3000,"changed":0,"unchanged":0,"failed":0' "$scratch/restart.out"
check "each is stored once, with its sections" test "$(q "
	SELECT count(*) || '/' || count(DISTINCT uri) || '/' || sum((SELECT count(*) FROM skanecoop.section s WHERE s.document_id = d.document_id))
	FROM skanecoop.document d")" = "3000/3000/21000"
check "and the population figures" test "$(q "SELECT count(*) > 0 FROM skanecoop.population")" = t

done_testing
