#!/bin/bash
# run.sh -- a database with the bundled documents loaded survives pg_dump
# and pg_restore: the copy answers test/dump/queries.sql as the original
# does, its identity sequences are past their tables' ids, and the loader
# finds nothing to write there, then loads a changed document into it.
#
#   test/dump/run.sh SCRATCH_DIR
#
# Runs against the cluster in PGHOST/PGPORT/PGUSER; prints TAP lines.
# KEEP=1 leaves the two databases (dump_source, dump_restored) behind.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1/dump
load=${SKANECOOP_LOAD:-loader/skanecoop-load}
src=dump_source
dst=dump_restored
mkdir -p "$scratch"
# test/dump/queries.sql, and the README cookbook's questions
queries=$scratch/queries.sql
{ cat test/dump/queries.sql; scripts/cookbook.sh queries; } >"$queries"

. test/tap.sh

q() { psql -qXAt -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }


answers() {
	psql -qXAt -v ON_ERROR_STOP=1 -d "$1" -f "$queries" >"$scratch/$1.answers" 2>&1
}

same_answers() {
	diff -u "$scratch/$1.answers" "$scratch/$2.answers" >"$scratch/answers.diff" && return 0
	head -40 "$scratch/answers.diff" | sed 's/^/# /'
	return 1
}

# Every "count NAME|N" line of the original's answers has N > 0: the
# comparison is not between two empty databases.
nothing_empty() {
	local empty
	empty=$(grep -E '^count [a-z_]+\|0$' "$scratch/$src.answers")
	[ -z "$empty" ] && grep -q '^count fact|[1-9]' "$scratch/$src.answers" && return 0
	echo "# empty in the original: $empty"
	return 1
}

# Each identity column's sequence would next give a value above its
# table's largest id, so new rows do not collide with restored ones.
sequences_past_ids() {
	local table column ok=0 behind
	while IFS='|' read -r table column; do
		behind=$(q "$dst" "SELECT (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END
				FROM $(q "$dst" "SELECT pg_get_serial_sequence('skanecoop.$table', '$column')"))
				< coalesce((SELECT max($column) FROM skanecoop.$table), 0)")
		if [ "$behind" != f ]; then
			echo "# skanecoop.$table.$column: the sequence is behind the table's ids"
			ok=1
		fi
	done < <(q "$dst" "SELECT c.relname, a.attname FROM pg_attribute a
			JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = 'skanecoop' AND a.attidentity <> '' ORDER BY 1")
	return $ok
}

json_has() { grep -qF -- "$1" "$scratch/out" || { sed 's/^/# /' "$scratch/out"; return 1; }; }

dropdb --if-exists "$src" 2>/dev/null
dropdb --if-exists "$dst" 2>/dev/null
createdb "$src" && q "$src" "CREATE EXTENSION skanecoop"
check "the bundled documents load" quietly \
	$load -q -d "$src" data/documents/manifest.xml data/reference/populations.csv
# Validities of every form, 0.2's and the EDTF forms of 0.3, in a table of
# the user's with indexes: pg_dump writes them as text, pg_restore reads
# them back and rebuilds the indexes.
validity_forms="SELECT string_agg(v::text || ' ' || skanecoop_internal.validity_send(v)::text, ', ' ORDER BY v)
	FROM dump_check.validity_forms"
same_validity_forms() {
	local original restored
	original=$(q "$src" "$validity_forms")
	restored=$(q "$dst" "$validity_forms")
	[ -n "$original" ] && [ "$original" = "$restored" ] && return 0
	echo "# original: $original"
	echo "# restored: $restored"
	return 1
}
check "a table of validities of every form is created" quietly q "$src" "CREATE SCHEMA dump_check;
	CREATE TABLE dump_check.validity_forms (v skanecoop.validity);
	INSERT INTO dump_check.validity_forms SELECT unnest(ARRAY['2016-01-01/..', '199X/..',
		'2019/2023-06', '../2015-12-31', '[..2023-12-06]/..', '2019-01-01/[2020..]', '../..',
		'1995~/..', '1968?/2019', '2004-06-11%/', '/2019-21', '19XX/20XX', '1985-04-XX/2004-XX',
		'1985-XX-XX/', '[..2019-24~]/[20XX..]', '../', '/..', '0000~/9999%']::skanecoop.validity[]);
	CREATE INDEX ON dump_check.validity_forms USING gist (v);
	CREATE INDEX ON dump_check.validity_forms USING btree (v)"
check "the original answers the queries" answers "$src"
check "no table or view of the queries is empty in the original" nothing_empty
check "pg_dump -Fc" quietly pg_dump -Fc -d "$src" -f "$scratch/skanecoop.dump"
createdb "$dst"
check "pg_restore into a new database, without errors" quietly \
	pg_restore --exit-on-error -d "$dst" "$scratch/skanecoop.dump"
check "the restored database answers the queries" answers "$dst"
check "the restored database gives the same answers" same_answers "$src" "$dst"
check "the validities of every form come back with the same text, bits and order" \
	same_validity_forms
check "the extension's registry rows are there once" \
	test "$(q "$dst" "SELECT count(*) FILTER (WHERE registered) || '/' || count(*) FILTER (WHERE variant = 'registry')
		FROM skanecoop.organisation o JOIN skanecoop.organisation_name USING (organisation_id)")" = \
	"$(q "$src" "SELECT count(*) FILTER (WHERE registered) || '/' || count(*) FILTER (WHERE variant = 'registry')
		FROM skanecoop.organisation o JOIN skanecoop.organisation_name USING (organisation_id)")"
check "the identity sequences are past the restored ids" sequences_past_ids
check "the loader runs on the restored database" quietly \
	$load --json -d "$dst" data/documents/manifest.xml data/reference/populations.csv
check "and writes nothing: every document and figure is unchanged" \
	json_has '"new":0,"changed":0,"unchanged":5,"failed":0,"rows_written":0,"population_rows_written":0,'

# A changed page: a new revision with new document and fact ids.
rm -rf "$scratch/documents"
cp -r data/documents "$scratch/documents"
printf '\n\nSidan granskades på nytt inför nästa år.\n' >>"$scratch/documents/001_d5acda14b373cfde.txt"
check "a changed document loads into the restored database" quietly \
	$load --json -d "$dst" "$scratch/documents/manifest.xml"
check "as a new revision" json_has '"new":0,"changed":1,"unchanged":4,"failed":0,'
check "whose facts are stored again" \
	test "$(q "$dst" "SELECT count(*) FROM skanecoop.fact f JOIN skanecoop.document d USING (document_id)
		WHERE d.superseded_at IS NULL AND d.document_id > (SELECT max(document_id) FROM skanecoop.document WHERE superseded_at IS NOT NULL)")" -gt 0

[ -n "${KEEP:-}" ] || dropdb "$src"
[ -n "${KEEP:-}" ] || dropdb "$dst"

done_testing
