#!/bin/bash
# run.sh -- logical replication of skanecoop's data tables: a publisher
# cluster (wal_level=logical) with the bundled documents loaded, and a
# subscriber cluster with the extension installed, both throwaway, on
# loopback.  The subscription is binary; fact, whose valid and rate columns
# are of skanecoop's own types, is replicated with REPLICA IDENTITY FULL
# through INSERT, UPDATE and DELETE, and the subscriber must answer
# test/dump/queries.sql as the publisher does.  Then a publisher database
# still on version 0.2 replicates validities stored under 0.2 to two
# subscriber databases on the current version, in binary and in text.
#
#   test/replication/run.sh            (make test-replication)
#
# Needs the extension installed (make install).  Prints TAP lines and its
# plan; exits non-zero if anything failed.
#
# The extension's registry rows (organisation.registered,
# organisation_name.variant = 'registry') are made on each side by CREATE
# EXTENSION, so the publication leaves them out with row filters; without
# them the initial copy fails on the subscriber's unique keys.
set -uo pipefail

cd "$(dirname "$0")/../.."
load=${SKANECOOP_LOAD:-loader/skanecoop-load}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/skanecoop-replication.XXXXXX")
chmod 755 "$scratch"
# test/dump/queries.sql, and the README cookbook's questions
queries=$scratch/queries.sql
{ cat test/dump/queries.sql; scripts/cookbook.sh queries; } >"$queries"
db=skanecoop

cleanup() {
	scripts/cluster.sh stop "$scratch/subscriber"
	scripts/cluster.sh stop "$scratch/publisher"
	rm -rf "$scratch"
}
trap cleanup EXIT

. test/tap.sh

PGUSER=$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)
export PGUSER PGDATABASE=$db
pub() { psql -qXAt -v ON_ERROR_STOP=1 -h "$scratch/publisher" -p "$pub_port" "$@"; }
sub() { psql -qXAt -v ON_ERROR_STOP=1 -h "$scratch/subscriber" -p "$sub_port" "$@"; }
sub_quiet() { PGOPTIONS="-c client_min_messages=warning" sub "$@"; }


# Waits until subscription $1 (skanecoop if not given) has applied
# everything the publisher has written so far (as PostgreSQL's own tests
# wait_for_catchup), at most 60 s.
caught_up() {
	local lsn name=${1:-skanecoop}
	lsn=$(pub -c "SELECT pg_current_wal_lsn()")
	for _ in $(seq 1 600); do
		[ "$(pub -c "SELECT coalesce(bool_and(replay_lsn >= '$lsn'), false) FROM pg_stat_replication
				WHERE application_name = '$name'")" = t ] && return 0
		sleep 0.1
	done
	echo "# the subscriber did not reach $lsn in 60 s"
	tail -5 "$scratch/subscriber/server.log" | sed 's/^/# /'
	return 1
}

# Waits until every table of the subscription in subscriber database $1
# (skanecoop), $2 tables (6), has finished its initial copy and is
# replicating (state r), at most 60 s.
synchronized() {
	for _ in $(seq 1 600); do
		[ "$(sub -d "${1:-$PGDATABASE}" -c "SELECT count(*) FILTER (WHERE srsubstate = 'r') || '/' || count(*)
				FROM pg_subscription_rel")" = "${2:-6}/${2:-6}" ] && return 0
		sleep 0.1
	done
	echo "# initial copy not finished in 60 s:"
	sub -c "SELECT srrelid::regclass, srsubstate FROM pg_subscription_rel" | sed 's/^/# /'
	tail -5 "$scratch/subscriber/server.log" | sed 's/^/# /'
	return 1
}

same_answers() {
	pub -f "$queries" >"$scratch/publisher.answers" 2>&1 &&
		sub -f "$queries" >"$scratch/subscriber.answers" 2>&1 &&
		diff -u "$scratch/publisher.answers" "$scratch/subscriber.answers" >"$scratch/answers.diff" &&
		grep -q '^count fact|[1-9]' "$scratch/subscriber.answers" && return 0
	head -30 "$scratch/answers.diff" | cut -c1-200 | sed 's/^/# /'
	return 1
}

# The subscriber's rows that came from the publisher, by table.
replicated_rows() {
	sub -c "SELECT string_agg(n, ', ') FROM (
		SELECT 'document ' || count(*) FROM skanecoop.document
		UNION ALL SELECT 'section ' || count(*) FROM skanecoop.section
		UNION ALL SELECT 'fact ' || count(*) FROM skanecoop.fact
		UNION ALL SELECT 'organisation ' || count(*) FROM skanecoop.organisation WHERE NOT registered
		UNION ALL SELECT 'organisation_name ' || count(*) FROM skanecoop.organisation_name
			WHERE variant <> 'registry'
		UNION ALL SELECT 'population ' || count(*) FROM skanecoop.population) AS c (n)"
}

no_errors_logged() {
	! grep -E 'ERROR|FATAL|PANIC' "$scratch/subscriber/server.log" | sed 's/^/# /' | grep -q .
}

pub_port=$(scripts/cluster.sh start "$scratch/publisher" wal_level=logical)
check "publisher cluster started with wal_level=logical" \
	test "$(pub -d postgres -c "SHOW wal_level")" = logical
sub_port=$(scripts/cluster.sh start "$scratch/subscriber")
check "subscriber cluster started" test -n "$sub_port"

pub -d postgres -c "CREATE DATABASE $db" -c "\\c $db" -c "CREATE EXTENSION skanecoop"
sub -d postgres -c "CREATE DATABASE $db" -c "\\c $db" -c "CREATE EXTENSION skanecoop"
check "the bundled documents load on the publisher" quietly \
	$load -q -h "$scratch/publisher" -p "$pub_port" -d "$db" \
	data/documents/manifest.xml data/reference/populations.csv

# fact: its valid and rate columns must be matched on the subscriber by
# skanecoop's equality operators.  organisation: its row filter column is
# not in the primary key.  organisation_name has no key that can serve.
check "the publication is created" quietly pub -c "
	ALTER TABLE skanecoop.fact REPLICA IDENTITY FULL;
	ALTER TABLE skanecoop.organisation REPLICA IDENTITY FULL;
	ALTER TABLE skanecoop.organisation_name REPLICA IDENTITY FULL;
	CREATE PUBLICATION skanecoop FOR TABLE
		skanecoop.document, skanecoop.section, skanecoop.fact,
		skanecoop.organisation WHERE (NOT registered),
		skanecoop.organisation_name WHERE (variant <> 'registry'),
		skanecoop.population"
check "the binary subscription is created" quietly sub_quiet -c "
	CREATE SUBSCRIPTION skanecoop
		CONNECTION 'host=$scratch/publisher port=$pub_port user=$PGUSER dbname=$db'
		PUBLICATION skanecoop WITH (binary = true)"
check "the subscription is binary" test "$(sub -c "SELECT subbinary FROM pg_subscription")" = t
check "the initial copy of all six tables finishes" synchronized
check "the subscriber catches up" caught_up
check "the subscriber gives the publisher's answers" same_answers
echo "# rows replicated by the initial copy: $(replicated_rows)"

# Changes of rows with custom-typed columns, applied by the subscriber
# finding each old row by all its columns.
# Old rows are found by all their columns, NULLs included.
check "UPDATE of fact.valid and fact.rate, DELETE of facts on the publisher" quietly pub -c "
	UPDATE skanecoop.fact SET rate = '25 kr/invånare/år', valid = '2019/2023-06' WHERE kind = 'fee';
	UPDATE skanecoop.fact SET valid = '199X/..' WHERE kind = 'twin_town' AND valid IS NULL;
	UPDATE skanecoop.fact SET valid = NULL WHERE kind = 'member_count';
	DELETE FROM skanecoop.fact WHERE fact_id IN
		(SELECT fact_id FROM skanecoop.fact WHERE kind = 'membership' AND valid IS NOT NULL ORDER BY fact_id LIMIT 3)"
check "the subscriber catches up" caught_up
changed="SELECT count(*) FILTER (WHERE kind = 'fee' AND rate = '25 kr/invånare/år' AND valid = '2019/2023-06')
		|| '/' || count(*) FILTER (WHERE kind = 'twin_town' AND valid = '199X/..')
		|| '/' || count(*) FILTER (WHERE kind = 'member_count' AND valid IS NULL)
		|| '/' || count(*) FILTER (WHERE kind = 'membership')
	FROM fact"
check "the publisher has changed rates and periods" \
	test "$(pub -c "SET search_path = skanecoop" -c "$changed" | grep -vc '^[1-9][0-9]*/[1-9][0-9]*/[1-9][0-9]*/[1-9][0-9]*$')" = 0
check "the subscriber has the same changed rates and periods" \
	test "$(sub -c "SET search_path = skanecoop" -c "$changed")" = "$(pub -c "SET search_path = skanecoop" -c "$changed")"
check "the subscriber gives the publisher's answers" same_answers

# A changed page: the loader supersedes a revision (an UPDATE of document)
# and adds its new facts.
cp -r data/documents "$scratch/documents"
printf '\n\nSidan granskades på nytt inför nästa år.\n' >>"$scratch/documents/001_d5acda14b373cfde.txt"
check "a changed document loads on the publisher" quietly \
	$load -q -h "$scratch/publisher" -p "$pub_port" -d "$db" "$scratch/documents/manifest.xml"
check "the subscriber catches up" caught_up
check "the subscriber has both revisions" \
	test "$(sub -c "SELECT count(*) FROM skanecoop.document WHERE superseded_at IS NOT NULL")" = 1
check "the subscriber gives the publisher's answers" same_answers
check "the subscriber logged no errors" no_errors_logged
check "the subscriber's registry rows are its own, once" \
	test "$(sub -c "SELECT count(*) FROM skanecoop.organisation WHERE registered")" = \
	"$(pub -c "SELECT count(*) FROM skanecoop.organisation WHERE registered")"

echo "# rows on the subscriber at the end: $(replicated_rows)"

# --- validities stored under 0.2, replicated to the current version --------
# A publisher database still on 0.2 and two subscriber databases on the
# current version, one subscribing in binary and one in text.  The 752
# values of test/upgrade/validity-0.2.tsv are stored bit for bit under 0.2
# (as test/upgrade/run.sh stores them), reach the subscribers through the
# initial copy and through INSERT, UPDATE and DELETE, and must read there
# as on the publisher: text, readings, parts, hashes, binary form, btree
# order and relations (test/upgrade/validity_values.sql).
old_db=validity_0_2
bits="$scratch/validity-0.2.bin"
pub_old() { pub -d $old_db "$@"; }

# Waits until subscription $1, in the subscriber database of that name,
# has copied its one table and applied all the publisher has written.
validity_caught_up() {
	synchronized "$1" 1 && caught_up "$1"
}

# Whether subscriber database $1 reads the values as the 0.2 publisher does.
reads_as_published() {
	pub_old -f test/upgrade/validity_values.sql >"$scratch/published.txt" &&
		sub -d "$1" -f test/upgrade/validity_values.sql >"$scratch/$1.txt" &&
		test "$(wc -l <"$scratch/published.txt")" -ge 600 &&
		diff -u "$scratch/published.txt" "$scratch/$1.txt" >"$scratch/$1.diff" && return 0
	head -20 "$scratch/$1.diff" | cut -c1-200 | sed 's/^/# /'
	return 1
}

# The subscriber's btree indexes on the values are in order.
btree_in_order() {
	sub -d "$1" -c "CREATE EXTENSION IF NOT EXISTS amcheck" \
		-c "SELECT bt_index_parent_check(c.oid, true, true)
			FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid
			JOIN pg_am AS a ON a.oid = c.relam
			WHERE a.amname = 'btree' AND i.indrelid = 'skanecoop_test.stored_validity'::regclass" >/dev/null
}

pub -d postgres -c "CREATE DATABASE $old_db"
check "a publisher database installs version 0.2 and stores 752 values bit for bit" quietly pub_old \
	-c "CREATE EXTENSION skanecoop VERSION '0.2'" \
	-c "CREATE SCHEMA skanecoop_test" \
	-c "CREATE TABLE skanecoop_test.bits (i serial, lower integer, upper integer, text_0_2 text)" \
	-c "\\copy skanecoop_test.bits (lower, upper, text_0_2) FROM 'test/upgrade/validity-0.2.tsv'" \
	-c "\\copy (SELECT lower::bigint * 4294967296 + (upper::bigint & 4294967295) FROM skanecoop_test.bits ORDER BY i) TO '$bits' WITH (FORMAT binary)" \
	-c "CREATE TABLE skanecoop_test.stored_validity (i serial PRIMARY KEY, v skanecoop.validity)" \
	-c "\\copy skanecoop_test.stored_validity (v) FROM '$bits' WITH (FORMAT binary)" \
	-c "CREATE PUBLICATION validity_0_2 FOR TABLE skanecoop_test.stored_validity"
check "the publisher's extension is 0.2" test "$(pub_old -c "SELECT extversion FROM pg_extension
	WHERE extname = 'skanecoop'")" = 0.2
check "its 752 validities read as 0.2 wrote them" test "$(pub_old -c "SELECT count(*)
	FROM skanecoop_test.bits b JOIN skanecoop_test.stored_validity s USING (i)
	WHERE s.v::text = b.text_0_2")" = 752

for mode in binary text; do
	sub_db=validity_$mode
	sub -d postgres -c "CREATE DATABASE $sub_db"
	check "a $mode subscription from 0.2 to the current version is created" quietly sub_quiet -d $sub_db \
		-c "CREATE EXTENSION skanecoop" \
		-c "CREATE SCHEMA skanecoop_test" \
		-c "CREATE TABLE skanecoop_test.stored_validity (i integer PRIMARY KEY, v skanecoop.validity)" \
		-c "CREATE INDEX ON skanecoop_test.stored_validity USING btree (v)" \
		-c "CREATE INDEX ON skanecoop_test.stored_validity USING hash (v)" \
		-c "CREATE INDEX ON skanecoop_test.stored_validity USING gist (v)" \
		-c "CREATE SUBSCRIPTION $sub_db
			CONNECTION 'host=$scratch/publisher port=$pub_port user=$PGUSER dbname=$old_db'
			PUBLICATION validity_0_2 WITH (binary = $([ $mode = binary ] && echo true || echo false))"
	check "the $mode subscription is $mode" test "$(sub -d $sub_db -c "SELECT subbinary FROM pg_subscription
		WHERE subname = '$sub_db'")" = "$([ $mode = binary ] && echo t || echo f)"
	check "the $mode subscription copies the 0.2 values" validity_caught_up $sub_db
	check "the $mode subscriber reads the 752 values of 0.2 as the 0.2 publisher does" reads_as_published $sub_db
done

# Changes under 0.2: values moved between rows, new ones in forms 0.2
# knows, rows deleted.
check "UPDATE, INSERT and DELETE of validities on the 0.2 publisher" quietly pub_old -c "
	UPDATE skanecoop_test.stored_validity AS s SET v = n.v
		FROM skanecoop_test.stored_validity AS n WHERE n.i = s.i + 376 AND s.i % 7 = 0;
	INSERT INTO skanecoop_test.stored_validity (v)
		SELECT unnest(ARRAY['199X/..', '2016-01-01/2018-12-31', '../[..2023-12-06]',
			'[2019..]/..', '2004-XX/2019-21', '0000/9999']::skanecoop.validity[]);
	DELETE FROM skanecoop_test.stored_validity WHERE i % 11 = 0"
for mode in binary text; do
	sub_db=validity_$mode
	check "the $mode subscriber applies them" validity_caught_up $sub_db
	check "the $mode subscriber reads every value as the 0.2 publisher does" reads_as_published $sub_db
	check "the $mode subscriber's btree index is in order (amcheck)" btree_in_order $sub_db
done
check "the subscriber logged no errors" no_errors_logged

done_testing
