#!/bin/bash
# run.sh -- the BI views as an ODBC client sees them: unixODBC's isql
# through the PostgreSQL ODBC driver, connected over TCP as a role of
# skanecoop_reader, against the cluster in PGHOST/PGPORT.
#
#   test/odbc/run.sh SCRATCH_DIR
#
# Prints one TAP line per check.  SQLColumns, which BI tools call to learn
# the columns' types, is isql's "help TABLE"; psqlODBC looks the table up in
# the current schema, so DSN skanecoop_bi sets the search path to it.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1
db=odbc_test

. test/tap.sh

driver=$(dpkg -L odbc-postgresql 2>/dev/null | grep '/psqlodbcw\.so$' | head -1)
export ODBCSYSINI="$scratch/odbc" ODBCINI="$scratch/odbc/odbc.ini"
mkdir -p "$ODBCSYSINI"
cat >"$ODBCSYSINI/odbcinst.ini" <<INI
[PostgreSQL Unicode]
Driver = $driver
INI
cat >"$ODBCINI" <<INI
[skanecoop]
Driver = PostgreSQL Unicode
Servername = 127.0.0.1
Port = $PGPORT
Database = $db
Username = odbc_reader

[skanecoop_bi]
Driver = PostgreSQL Unicode
Servername = 127.0.0.1
Port = $PGPORT
Database = $db
Username = odbc_reader
ConnSettings = SET search_path = skanecoop_bi
INI

dropdb --if-exists "$db" 2>/dev/null
createdb "$db"
psql -qX -d "$db" -c "CREATE EXTENSION skanecoop" \
	-c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'odbc_reader') THEN
		CREATE ROLE odbc_reader LOGIN IN ROLE skanecoop_reader; END IF; END \$\$"
loader/skanecoop-load -q -d "$db" data/documents/manifest.xml data/reference/populations.csv

# Runs SQL through isql; prints the rows, fields separated by "|".
odbc() {
	echo "$1" | isql "${2:-skanecoop}" odbc_reader -b -v -d'|' 2>&1
}

# SQLColumns of a view of skanecoop_bi, one line a column: its name, then
# DATA_TYPE, TYPE_NAME, COLUMN_SIZE, DECIMAL_DIGITS and REMARKS.
odbc_columns() {
	odbc "help $1" skanecoop_bi | awk -F'|' '{ print $4 "|" $5 "|" $6 "|" $7 "|" $9 "|" $12 }'
}

check "the ODBC driver is installed" test -n "$driver"
out=$(odbc "SELECT member_name FROM skanecoop_bi.memberships WHERE organisation = 'Familjen Helsingborg' ORDER BY member_code")
check "Familjen Helsingborg's eleven members come through ODBC" test "$(echo "$out" | tr '\n' ',')" = \
	"Svalöv,Örkelljunga,Bjuv,Perstorp,Klippan,Åstorp,Båstad,Landskrona,Helsingborg,Höganäs,Ängelholm,"
out=$(odbc "SELECT validity, earliest_start, latest_start, certain_period, possible_period FROM skanecoop_bi.memberships WHERE organisation = 'Familjen Helsingborg' AND member_name = 'Bjuv'")
check "a validity arrives as text, dates and dateranges" test "$out" = "199X/[2026-11-28..]|1990-01-01|1999-12-31|[1999-12-31,2026-11-29)|[1990-01-01,)"
out=$(odbc "SELECT member_name, inhabitants, fee_sek, fee_at_most_sek FROM skanecoop_bi.fee_schedule WHERE year = 2023 AND member_name = 'Bjuv'")
check "what Bjuv owes for 2023 arrives as numeric kronor" test "$out" = "Bjuv|16062|0.00|337302.00"
out=$(odbc "SELECT partner, partner_country, relation FROM skanecoop_bi.twin_towns ORDER BY partner")
check "Kristianstad's twin town and agreement" test "$(echo "$out" | tr '\n' ';')" = "Køge|DK|cooperation_agreement;Rendsburg|DE|twin_town;"
out=$(odbc "SELECT count(*) FROM skanecoop_bi.facts WHERE quote IS NOT NULL")
check "every fact comes with its quote" test "$out" = "$(psql -XAtq -d "$db" -c "SELECT count(*) FROM skanecoop.fact")"

# What a BI tool learns of the columns: amounts are exact numerics of
# scale 2 (SQL_NUMERIC, 2), names and codes bounded varchar (SQL_VARCHAR,
# 12) rather than long text (SQL_LONGVARCHAR, -1), dates dates (SQL_DATE, 9).
odbc_columns fees >"$scratch/odbc-fees"
odbc_columns memberships >"$scratch/odbc-memberships"
check "SQLColumns: an amount is SQL_NUMERIC(19,2)" \
	grep -qx 'amount_sek|2|numeric|19|2|' "$scratch/odbc-fees"
check "SQLColumns: a member's name is SQL_VARCHAR(128), a code SQL_VARCHAR(16)" \
	test "$(grep -E '^member_(name|code)\|' "$scratch/odbc-memberships" | sort | tr '\n' ';')" = \
	"member_code|12|varchar|16||;member_name|12|varchar|128||;"
check "SQLColumns: a fee rule's start and end dates are SQL dates" \
	test "$(grep -cE '^(earliest|latest)_(start|end)\|9\|date\|' "$scratch/odbc-fees")" = 4
check "SQLColumns lists every column of the view" \
	test "$(wc -l <"$scratch/odbc-fees")" = "$(psql -XAtq -d "$db" -c "SELECT count(*) FROM pg_attribute
		WHERE attrelid = 'skanecoop_bi.fees'::regclass AND attnum > 0")"
# psqlODBC (13, and its sources to this day) sets REMARKS to an empty
# string for every column: it never reads pg_description, and no
# connection option changes that.  The descriptions come through a view.
check "psqlODBC leaves REMARKS empty: no line of SQLColumns has one" \
	test "$(cut -d'|' -f6 "$scratch/odbc-fees" "$scratch/odbc-memberships" | sort -u | tr -d '\n')" = ""
out=$(odbc "SELECT description FROM skanecoop_bi.column_descriptions WHERE view_name = 'fees' AND column_name = 'amount_sek'")
check "the descriptions come through skanecoop_bi.column_descriptions" \
	test "$out" = "The rate's amount in kronor; NULL where unknown"
out=$(odbc "SELECT e.publisher, e.revision, e.rule FROM skanecoop_bi.memberships m JOIN skanecoop_bi.evidence e ON e.membership_id = m.membership_id WHERE m.organisation = 'Familjen Helsingborg' AND m.member_name = 'Bjuv' ORDER BY e.fact_id")
check "the bridge gives the statements behind Bjuv's membership" test "$(echo "$out" | tr '\n' ';')" = \
	"Landskrona stad|1|member_list.mellan;Familjen Helsingborg|1|member_list.mellan;"
out=$(odbc "SELECT member, member_name FROM skanecoop.fee_schedule(2023) WHERE member = '1260'")
check "fee_schedule gives the member's name" test "$out" = "1260|Bjuv"
out=$(odbc "INSERT INTO skanecoop.organisation (name) VALUES ('ODBC Club')")
check "the reader cannot write through ODBC" grep -q "permission denied for table organisation" <<<"$out"

dropdb "$db"

done_testing
