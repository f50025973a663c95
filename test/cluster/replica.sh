#!/bin/bash
# replica.sh -- read scale: a physical streaming replica (hot standby) of a
# loaded database answers the queries of test/cluster/replica-queries.sql
# exactly as the primary does.  Prints TAP lines.
#
#   test/cluster/replica.sh SCRATCH_DIR
#
# Starts a throwaway primary in SCRATCH_DIR/primary and a standby made from
# it with pg_basebackup in SCRATCH_DIR/standby, both on loopback (stopped
# afterwards); loads the bundled documents and population figures into the
# primary, waits until the standby has replayed the primary's WAL, and
# compares the two outputs.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1
primary="$scratch/primary"
standby="$scratch/standby"
queries=test/cluster/replica-queries.sql

TAP_PREFIX="replica: "
. test/tap.sh

trap 'scripts/cluster.sh stop "$standby"; scripts/cluster.sh stop "$primary"' EXIT
rm -rf "$primary" "$standby"
user=$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)
primary_port=$(scripts/cluster.sh start "$primary") ||
	{ echo "not ok 1 - replica: the primary starts"; exit 1; }
on_primary() { PGHOST="$primary" PGPORT="$primary_port" PGUSER="$user" "$@"; }

on_primary createdb coop && on_primary psql -qX -d coop -c "CREATE EXTENSION skanecoop"
check "the standby is created from the primary and starts" \
	eval 'standby_port=$(scripts/cluster.sh replica "$standby" "$primary")'
on_standby() { PGHOST="$standby" PGPORT="$standby_port" PGUSER="$user" "$@"; }
check "it is in recovery (a standby)" \
	test "$(on_standby psql -qXAt -d coop -c "SELECT pg_is_in_recovery()")" = t
check "it refuses writes" \
	eval '! on_standby psql -qX -d coop -c "CREATE TABLE x ()" 2>/dev/null'

on_primary loader/skanecoop-load -q -d coop data/documents/manifest.xml \
	data/reference/populations.csv >"$scratch/replica-load.out" 2>&1
check "the bundled documents load into the primary" test $? = 0

# Replayed once the standby's replay position reaches the primary's WAL
# position taken after the load.
lsn=$(on_primary psql -qXAt -d coop -c "SELECT pg_current_wal_lsn()")
caught_up=1
for _ in $(seq 1 300); do
	[ "$(on_standby psql -qXAt -d coop -c "SELECT pg_last_wal_replay_lsn() >= '$lsn'::pg_lsn")" = t ] &&
		{ caught_up=0; break; }
	sleep 0.1
done
check "the standby replays the load" test $caught_up = 0

# the README cookbook's questions too, all but the one that loads
{ cat "$queries"; scripts/cookbook.sh queries; } >"$scratch/replica-queries.sql"
on_primary psql -X -v ON_ERROR_STOP=1 -d coop -f "$scratch/replica-queries.sql" >"$scratch/replica-primary.out" 2>&1
check "the queries run on the primary" test $? = 0
on_standby psql -X -v ON_ERROR_STOP=1 -d coop -f "$scratch/replica-queries.sql" >"$scratch/replica-standby.out" 2>&1
check "the queries run on the standby" test $? = 0
check "the queries return rows" \
	test "$(grep -c '^([1-9][0-9]* rows\?)$' "$scratch/replica-primary.out")" -ge 20
check "the standby answers every query exactly as the primary" \
	diff -u "$scratch/replica-primary.out" "$scratch/replica-standby.out"

done_testing
