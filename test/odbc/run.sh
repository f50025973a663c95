#!/bin/bash
# run.sh -- the BI views as an ODBC client sees them: unixODBC's isql
# through the PostgreSQL ODBC driver, connected over TCP as a role of
# skanecoop_reader, against the cluster in PGHOST/PGPORT.
#
#   test/odbc/run.sh SCRATCH_DIR
#
# Prints one TAP line per check.
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
INI

dropdb --if-exists "$db" 2>/dev/null
createdb "$db"
psql -qX -d "$db" -c "CREATE EXTENSION skanecoop" \
	-c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'odbc_reader') THEN
		CREATE ROLE odbc_reader LOGIN IN ROLE skanecoop_reader; END IF; END \$\$"
loader/skanecoop-load -q -d "$db" data/documents/manifest.xml data/reference/populations.csv

# Runs SQL through isql; prints the rows, fields separated by "|".
odbc() {
	echo "$1" | isql skanecoop odbc_reader -b -v -d'|' 2>&1
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
out=$(odbc "INSERT INTO skanecoop.organisation (name) VALUES ('ODBC Club')")
check "the reader cannot write through ODBC" grep -q "permission denied for table organisation" <<<"$out"

dropdb "$db"

done_testing
