#!/bin/bash
# demo.sh -- what "make demo" runs: builds and installs skanecoop, starts
# the private cluster in .demo/ (created on the first run, reused after),
# loads the bundled documents into database "skanecoop", and shows what is
# there.
set -euo pipefail

cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
cluster="$PWD/.demo"

echo "Building and installing skanecoop ..."
make -s >/dev/null
$sudo make -s install >/dev/null

echo "Starting the private PostgreSQL cluster in $cluster ..."
port=$(scripts/cluster.sh start "$cluster")
export $(scripts/cluster.sh env "$cluster")

# Names sort as in Swedish (Å, Ä, Ö after Z) where the server has ICU; the
# analyst's search_path finds the extension's operators and aggregates.
if [ "$(psql -XAtq -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = 'skanecoop'")" = 0 ]; then
	createdb --locale-provider=icu --icu-locale=sv-SE --template=template0 skanecoop 2>/dev/null ||
		{ echo "(no ICU: names sort in the cluster's C order)"; createdb skanecoop; }
fi
psql -Xq -d skanecoop -c "SET client_min_messages = warning" \
	-c "CREATE EXTENSION IF NOT EXISTS skanecoop" -c "ALTER EXTENSION skanecoop UPDATE" \
	-c "ALTER DATABASE skanecoop SET search_path = skanecoop, public"

echo "Loading the bundled documents and population figures ..."
loader/skanecoop-load -d skanecoop data/documents/manifest.xml data/reference/populations.csv

echo
psql -X -d skanecoop -c "
	SELECT d.document_id AS id, d.publisher, d.title,
		   (SELECT count(*) FROM skanecoop.section s WHERE s.document_id = d.document_id) AS sections,
		   (SELECT count(*) FROM skanecoop.fact f WHERE f.document_id = d.document_id) AS facts,
		   coalesce(d.updated_on, d.published_on) AS dated
	FROM skanecoop.document d
	WHERE d.superseded_at IS NULL
	ORDER BY d.document_id"
psql -X -d skanecoop -c "
	SELECT organisation, count(*) AS members, string_agg(DISTINCT valid::text, ' ') AS valid
	FROM skanecoop.membership GROUP BY organisation ORDER BY organisation"

timelines="$PWD/.demo/timelines"
mkdir -p "$timelines"
echo "Membership timelines:"
psql -XAt -d skanecoop -c "SELECT name FROM skanecoop.organisation
	WHERE organisation_id IN (SELECT organisation_id FROM skanecoop.membership) ORDER BY name" |
while IFS= read -r organisation; do
	file="$timelines/$(echo "$organisation" | LC_ALL=C.UTF-8 iconv -f UTF-8 -t ASCII//TRANSLIT |
		tr 'A-Z ' 'a-z-' | tr -cd 'a-z0-9-').svg"
	echo "SELECT skanecoop.membership_timeline_svg(:'org')" |
		psql -XAtq -d skanecoop -v org="$organisation" >"$file"
	echo "    $file"
done
echo

loader=$(command -v skanecoop-load || echo "$(pg_config --bindir)/skanecoop-load")
cat <<TXT
Connect with psql:

    psql "host=$cluster port=$port user=$PGUSER dbname=skanecoop"

or over TCP (BI tools, ODBC): host=127.0.0.1 port=$port user=$PGUSER dbname=skanecoop.
The database's search_path is skanecoop, public: the README's cookbook,
its operators and aggregates work as they are written there.

Load your own documents with $loader:

    skanecoop-load -d "host=$cluster port=$port user=$PGUSER dbname=skanecoop" page.html manifest.xml

The cluster keeps running; stop it with: scripts/cluster.sh stop .demo
TXT
