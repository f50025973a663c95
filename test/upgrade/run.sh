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

	# A database loaded under the old version keeps its data through the
	# update.  This loader writes Danish regions as DK-1084 and DK-1085,
	# which the old versions do not know: under them it loads the documents
	# that name no Danish region, and a fact and a population figure of
	# Region Hovedstaden are stored under the old code 1084, as the old
	# loaders stored them.
	dropdb upgrade_updated
	createdb upgrade_updated
	psql -qX -d upgrade_updated -c "CREATE EXTENSION skanecoop VERSION '$old'"
	loader/skanecoop-load -q -d upgrade_updated --publisher=test \
		$(grep -L 'Hovedstaden\|Sjælland\|Själland\|själländska' data/documents/*.txt)
	psql -qX -v ON_ERROR_STOP=1 -d upgrade_updated \
		-c "INSERT INTO skanecoop.fact (document_id, kind, member, member_name, byte_start, byte_end, quote, rule)
			SELECT min(document_id), 'membership', '1084', 'Region Hovedstaden', 0, 0, '', 'upgrade.old_code'
			FROM skanecoop.document" \
		-c "INSERT INTO skanecoop.population VALUES ('1084', '2023-01-01', 1891871, 'upgrade test')"
	# a page's life under the old version: first seen, then changed (the fee raised)
	loader/skanecoop-load -q -d upgrade_updated test/regress/life/1-first.xml
	loader/skanecoop-load -q -d upgrade_updated test/regress/life/5-changed.xml
	before=$(psql -XAt -d upgrade_updated -c "SELECT count(*) FROM skanecoop.fact")
	psql -qX -d upgrade_updated -c "ALTER EXTENSION skanecoop UPDATE"
	check "facts loaded under $old survive the update" test "$(psql -XAt -d upgrade_updated -c "SELECT count(*) FROM skanecoop.fact")" = "$before"
	check "facts loaded under $old say how sure they are: unknown, never stated" test "$(psql -XAt -d upgrade_updated \
		-c "SELECT count(*) FILTER (WHERE basis = 'unknown') FROM skanecoop.fact")" = "$before"
	check "Region Hovedstaden stored under $old as 1084 is DK-1084 after the update, in facts and populations" \
		test "$(psql -XAt -d upgrade_updated -c "SELECT string_agg(code, ',' ORDER BY code) FROM (
			SELECT member AS code FROM skanecoop.fact WHERE rule = 'upgrade.old_code'
			UNION ALL SELECT place FROM skanecoop.population WHERE source = 'upgrade test'
			UNION ALL SELECT code FROM skanecoop.place WHERE code IN ('1084', '1085')) c")" = "DK-1084,DK-1084"
	check "the new version's functions work on data loaded under $old" test "$(psql -XAt -d upgrade_updated \
		-c "SELECT xml_is_well_formed_document(skanecoop.membership_timeline_svg('SÖSK'))")" = t
	check "revisions loaded under $old are first and last seen when they were fetched, else loaded" test "$(psql -XAt -d upgrade_updated \
		-c "SELECT count(*) FILTER (WHERE first_seen_at = LEAST(fetched_at, loaded_at) AND last_seen_at = first_seen_at)
			= count(*) FROM skanecoop.document") $(psql -XAt -d upgrade_updated \
		-c "SELECT string_agg(first_seen_at::date::text, ',' ORDER BY loaded_at) FROM skanecoop.document
			WHERE uri = 'urn:skanecoop:test:life/om-forbundet'")" = "t 2023-01-01,2024-01-01"
	check "the history loaded under $old answers: the fee changed, and both rules kept with their periods" test "$(psql -XAt -d upgrade_updated \
		-c "SELECT string_agg(change || ' ' || kind, ',') FROM skanecoop.changes('-infinity')
			WHERE change <> 'begun' AND kind = 'fee'") $(psql -XAt -d upgrade_updated \
		-c "SELECT string_agg(rate || ' ' || valid, ',' ORDER BY fee_id) FROM skanecoop.fee
			WHERE organisation = 'Livsförbundet Nordväst'")" = "changed fee 21.00 kr/invånare/år [..2023-01-01]/[2023-01-01..2023-12-31],23.00 kr/invånare/år 2025-01-01/[2024-01-01..]"
done

# Validities stored by 0.2 keep their text, readings, order, hashes and
# binary form through the update.  validity-0.2.tsv holds 752 values as
# 0.2's own code parsed them (lower and upper bound bits, then 0.2's text),
# in 0.2's btree order.  They are stored through binary COPY, bit for bit,
# so that they are 0.2's values whatever today's parser would make of the
# text; the indexes built on them under 0.2 must stay valid once 0.3 adds
# values of the new forms.
stored_counts="SELECT string_agg(n::text, ',') FROM (
	SELECT count(*) AS n FROM skanecoop_test.stored_validity WHERE v OPERATOR(skanecoop.&&~) '1995/2000'
	UNION ALL SELECT count(*) FROM skanecoop_test.stored_validity WHERE v OPERATOR(skanecoop.@>) date '2019-06-01'
	UNION ALL SELECT count(*) FROM skanecoop_test.stored_validity WHERE v OPERATOR(skanecoop.=) '2019-21/'
	UNION ALL SELECT count(*) FROM skanecoop_test.stored_validity WHERE v OPERATOR(skanecoop.<) '1990/..') q"

# The counts of $stored_counts through the indexes equal those of a scan.
indexes_agree_with_scan() {
	local through_index scanned
	through_index=$(psql -qXAt -d "$1" -c "SET enable_seqscan = off; $stored_counts")
	scanned=$(psql -qXAt -d "$1" -c "SET enable_indexscan = off; SET enable_bitmapscan = off; $stored_counts")
	[ -n "$scanned" ] && [ "$through_index" = "$scanned" ] && return 0
	echo "# through the indexes: $through_index; scanned: $scanned"
	return 1
}

check_stored_validities() {
	local db=upgrade_values bits="$scratch/validity-0.2.bin"
	dropdb --if-exists $db 2>/dev/null
	createdb $db
	psql -qX -v ON_ERROR_STOP=1 -d $db <<-EOF
		CREATE EXTENSION skanecoop VERSION '0.2';
		CREATE SCHEMA skanecoop_test;
		CREATE TABLE skanecoop_test.bits (i serial, lower integer, upper integer, text_0_2 text);
		\copy skanecoop_test.bits (lower, upper, text_0_2) FROM 'test/upgrade/validity-0.2.tsv'
		\copy (SELECT lower::bigint * 4294967296 + (upper::bigint & 4294967295) FROM skanecoop_test.bits ORDER BY i) TO '$bits' WITH (FORMAT binary)
		CREATE TABLE skanecoop_test.stored_validity (i serial, v skanecoop.validity);
		\copy skanecoop_test.stored_validity (v) FROM '$bits' WITH (FORMAT binary)
		CREATE INDEX stored_btree ON skanecoop_test.stored_validity USING btree (v);
		CREATE INDEX stored_hash ON skanecoop_test.stored_validity USING hash (v);
		CREATE INDEX stored_gist ON skanecoop_test.stored_validity USING gist (v);
	EOF
	check "752 validities stored bit for bit under 0.2 read as 0.2 wrote them" test "$(psql -XAt -d $db -c \
		"SELECT count(*) FROM skanecoop_test.bits b JOIN skanecoop_test.stored_validity s USING (i)
		 WHERE s.v::text = b.text_0_2")" = 752
	check "under 0.2 they sort in 0.2's order" test "$(psql -XAt -d $db -c \
		"SELECT bool_and(i = rank) FROM (SELECT i, row_number() OVER (ORDER BY v) AS rank
		 FROM skanecoop_test.stored_validity) r")" = t
	psql -XAt -v ON_ERROR_STOP=1 -d $db -f test/upgrade/validity_values.sql >"$scratch/values-0.2.txt"
	check "ALTER EXTENSION UPDATE takes a table of validities from 0.2 to $current" \
		psql -qX -v ON_ERROR_STOP=1 -d $db -c "ALTER EXTENSION skanecoop UPDATE"
	psql -XAt -v ON_ERROR_STOP=1 -d $db -f test/upgrade/validity_values.sql >"$scratch/values-$current.txt"
	check "their text, readings, parts, order, hashes, binary form and relations are unchanged" \
		diff -u "$scratch/values-0.2.txt" "$scratch/values-$current.txt"
	check "the comparison covers all 752 values" test "$(wc -l <"$scratch/values-$current.txt")" = 752
	check "values of the new forms (between two days too) go into the tables and indexes built under 0.2" \
		psql -qX -v ON_ERROR_STOP=1 -d $db -c "INSERT INTO skanecoop_test.stored_validity (v)
			SELECT unnest(ARRAY['1995~/..', '2019-21/', '/20XX', '1985-04-XX/2004-XX?',
				'[..2019-24%]/[20XX..]', '0000~/9999%', '1989-12-31/1990~',
				'[..2019-06-30]/[2019-12-31..2020-01-14]', '[1995-06-01..1995-06-30]/..',
				'../[1994-12-31..1995-01-01]', '../[1994-12-31..1996-03-01]']::skanecoop.validity[])"
	check "the btree index built under 0.2 is in order with them (amcheck)" quietly \
		psql -qX -v ON_ERROR_STOP=1 -d $db -c "CREATE EXTENSION amcheck" \
		-c "SELECT bt_index_parent_check('skanecoop_test.stored_btree', true, true)"
	check "the indexes built under 0.2 find what a sequential scan finds" indexes_agree_with_scan $db
	dropdb $db
}
check_stored_validities

dropdb upgrade_updated
dropdb upgrade_fresh

done_testing
