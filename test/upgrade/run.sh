#!/bin/bash
# run.sh -- the upgrade paths: install each released version, update it
# with ALTER EXTENSION skanecoop UPDATE, and compare every object of the
# extension with a fresh install of the current version.
#
#   test/upgrade/run.sh SCRATCH_DIR
#
# Runs against the cluster in PGHOST/PGPORT; prints TAP lines.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1

. test/tap.sh

# The released versions, each with its install script frozen in extension/.
released="0.1 0.2"

current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" skanecoop.control)
dropdb --if-exists upgrade_fresh 2>/dev/null
createdb upgrade_fresh
check "version $current installs fresh" psql -qX -v ON_ERROR_STOP=1 -d upgrade_fresh \
	-c "CREATE EXTENSION skanecoop"
psql -XAt -v ON_ERROR_STOP=1 -d upgrade_fresh -f test/upgrade/objects.sql >"$scratch/fresh.txt"
objects=$(wc -l <"$scratch/fresh.txt")
check "the comparison covers the whole extension" test "$objects" -gt 200

# Every released version updates to the current one, object for object.
for old in $released; do
	dropdb --if-exists upgrade_updated 2>/dev/null
	createdb upgrade_updated
	check "version $old installs" psql -qX -v ON_ERROR_STOP=1 -d upgrade_updated \
		-c "CREATE EXTENSION skanecoop VERSION '$old'"
	check "ALTER EXTENSION UPDATE takes $old to $current" psql -qX -v ON_ERROR_STOP=1 -d upgrade_updated \
		-c "ALTER EXTENSION skanecoop UPDATE"
	check "the extension updated from $old says $current" test "$(psql -XAt -d upgrade_updated \
		-c "SELECT extversion FROM pg_extension WHERE extname = 'skanecoop'")" = "$current"
	psql -XAt -v ON_ERROR_STOP=1 -d upgrade_updated -f test/upgrade/objects.sql >"$scratch/updated.txt"
	check "an update from $old and a fresh install have the same $objects objects, definitions and comments" \
		diff -u "$scratch/fresh.txt" "$scratch/updated.txt"

	# A database loaded under the old version keeps its data through the update.
	dropdb upgrade_updated
	createdb upgrade_updated
	psql -qX -d upgrade_updated -c "CREATE EXTENSION skanecoop VERSION '$old'"
	loader/skanecoop-load -q -d upgrade_updated data/documents/manifest.xml
	before=$(psql -XAt -d upgrade_updated -c "SELECT count(*) FROM skanecoop.fact")
	psql -qX -d upgrade_updated -c "ALTER EXTENSION skanecoop UPDATE"
	check "facts loaded under $old survive the update" test "$(psql -XAt -d upgrade_updated -c "SELECT count(*) FROM skanecoop.fact")" = "$before"
	check "the new version's functions work on data loaded under $old" test "$(psql -XAt -d upgrade_updated \
		-c "SELECT xml_is_well_formed_document(skanecoop.membership_timeline_svg('SÖSK'))")" = t
done

dropdb upgrade_updated
dropdb upgrade_fresh

done_testing
