#!/bin/bash
# run.sh -- the upgrade path: install the released 0.1, update it with
# ALTER EXTENSION skanecoop UPDATE, and compare every object of the
# extension with a fresh install of the current version.
#
#   test/upgrade/run.sh SCRATCH_DIR
#
# Runs against the cluster in PGHOST/PGPORT; prints TAP lines.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1

. test/tap.sh

current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" skanecoop.control)
for db in upgrade_updated upgrade_fresh; do
	dropdb --if-exists "$db" 2>/dev/null
	createdb "$db"
done
check "version 0.1 installs" psql -qX -v ON_ERROR_STOP=1 -d upgrade_updated \
	-c "CREATE EXTENSION skanecoop VERSION '0.1'"
check "ALTER EXTENSION UPDATE takes it to $current" psql -qX -v ON_ERROR_STOP=1 -d upgrade_updated \
	-c "ALTER EXTENSION skanecoop UPDATE"
check "the updated extension says $current" test "$(psql -XAt -d upgrade_updated \
	-c "SELECT extversion FROM pg_extension WHERE extname = 'skanecoop'")" = "$current"
check "version $current installs fresh" psql -qX -v ON_ERROR_STOP=1 -d upgrade_fresh \
	-c "CREATE EXTENSION skanecoop"

psql -XAt -v ON_ERROR_STOP=1 -d upgrade_updated -f test/upgrade/objects.sql >"$scratch/updated.txt"
psql -XAt -v ON_ERROR_STOP=1 -d upgrade_fresh -f test/upgrade/objects.sql >"$scratch/fresh.txt"
objects=$(wc -l <"$scratch/fresh.txt")
check "an update and a fresh install have the same $objects objects, definitions and comments" \
	diff -u "$scratch/fresh.txt" "$scratch/updated.txt"
check "the comparison covers the whole extension" test "$objects" -gt 200

# A database loaded under 0.1 keeps its data through the update.
dropdb upgrade_updated
createdb upgrade_updated
psql -qX -d upgrade_updated -c "CREATE EXTENSION skanecoop VERSION '0.1'"
loader/skanecoop-load -q -d upgrade_updated data/documents/manifest.xml
before=$(psql -XAt -d upgrade_updated -c "SELECT count(*) FROM skanecoop.fact")
psql -qX -d upgrade_updated -c "ALTER EXTENSION skanecoop UPDATE"
check "loaded facts survive the update" test "$(psql -XAt -d upgrade_updated -c "SELECT count(*) FROM skanecoop.fact")" = "$before"
check "the new version's functions work on the old data" test "$(psql -XAt -d upgrade_updated \
	-c "SELECT xml_is_well_formed_document(skanecoop.membership_timeline_svg('SÖSK'))")" = t

dropdb upgrade_updated
dropdb upgrade_fresh
