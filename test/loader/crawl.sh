#!/bin/bash
# crawl.sh -- skanecoop-load on web archives, as a nightly job runs it:
# wget crawls a site served on 127.0.0.1 (python3 -m http.server, started
# and stopped here) into a WARC, the loader loads it, the site changes (a
# page changed, one removed, one added, one answering 404), wget crawls
# again (pages unchanged since the first crawl become revisit records) and
# the loader loads that with --complete-for; then the same through
# manifests naming the archives, and the archive formats and damage the
# reader must cope with.  Against the cluster in PGHOST/PGPORT.
#
#   test/loader/crawl.sh SCRATCH_DIR
#
# Prints one TAP line per check.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1/crawl
load=$PWD/loader/skanecoop-load
pages=$PWD/test/loader/html
mkdir -p "$scratch"

. test/tap.sh
. test/loader/helpers.sh

# Whether the --json summary in $scratch/out holds the jq condition $1
# (jq's own output kept out of the TAP lines).
summary_holds() {
	jq -e "$1" "$scratch/out" >/dev/null || { sed 's/^/# /' "$scratch/out"; return 1; }
}

# --- the site and its server ----------------------------------------------
site=$scratch/site
server=""
port=""
fixed_port=""

stop_server() {
	[ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
	server=""
}
trap stop_server EXIT

# Serves the site on 127.0.0.1 at port, a free one chosen at the first
# start and kept (the pages' URIs must stay the same); sets server.
start_server() {
	local try
	for try in 1 2 3 4 5 6 7 8 9 10; do
		[ -n "$fixed_port" ] || port=$((20000 + RANDOM % 20000))
		(cd "$site" && exec python3 -m http.server "$port" --bind 127.0.0.1) >/dev/null 2>&1 &
		server=$!
		for _ in $(seq 1 50); do
			wget -q -O /dev/null "http://127.0.0.1:$port/" 2>/dev/null && { fixed_port=$port; return 0; }
			kill -0 "$server" 2>/dev/null || break
			sleep 0.1
		done
		stop_server
		sleep 0.2
	done
	return 1
}

# Crawls the whole site into the archive $1 (.warc.gz); a CDX index beside
# it, and with a second argument, records unchanged since that archive's
# CDX become revisit records.
crawl() {
	local dedup=()
	[ $# -gt 1 ] && dedup=(--warc-dedup="$2.cdx")
	rm -rf "$scratch/mirror"
	wget -q -r -l 3 --no-parent -e robots=off -P "$scratch/mirror" \
		--warc-file="$1" --warc-cdx "${dedup[@]}" "http://127.0.0.1:$port/"
	# wget exits 8 when a page answered with an error, as one does here
	[ -s "$1.warc.gz" ]
}

# index.html links to every page, and to sub/, which the server redirects
# to sub/ and serves as sub/index.html; a picture is not a document.
index_page() {
	{
		echo "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Samverkan i Skåne</title></head><body><main><h1>Samverkan i Skåne</h1><ul>"
		for link in "$@"; do echo "<li><a href=\"$link\">$link</a></li>"; done
		echo '</ul><img src="karta.png" alt="karta"></main></body></html>'
	} >"$site/index.html"
}

mkdir -p "$site/sub"
cp "$pages/000_f7df068ed01b0cde.html" "$site/a.html"
cp "$pages/001_d5acda14b373cfde.html" "$site/b.html"
cp "$pages/002_68f8af423eecd173.html" "$site/c.html"
cp "$pages/003_854d279079f49aa8.html" "$site/sub/index.html"
printf '\211PNG\r\n\032\n' >"$site/karta.png"
index_page a.html b.html c.html sub
check "the test site is served on 127.0.0.1" start_server
check "wget crawls the site into a WARC" crawl "$scratch/crawl1"
stop_server

fresh_db crawl_db
prefix="http://127.0.0.1:$port/"
check "the first crawl loads" exits_with 0 $load --json -d crawl_db --publisher=Testkommun \
	--complete-for="$prefix" "$scratch/crawl1.warc.gz"
# The test pages link pictures and scripts the site does not have: their
# 404 responses are skipped too.
check "its five pages are new; the picture, the redirect and the 404s are skipped" \
	summary_holds '.new == 5 and .changed == 0 and .unchanged == 0 and .failed == 0 and
		.skipped == 2 + '"$(zcat "$scratch/crawl1.warc.gz" | grep -ac '^HTTP/1.0 404')"' and .withdrawn == 0'
check "each page has its URI, publisher and fetch time from the archive" test "$(q crawl_db "
	SELECT count(*) FROM skanecoop.document WHERE uri LIKE '$prefix%' AND publisher = 'Testkommun'
	AND fetched_at BETWEEN now() - interval '1 hour' AND now()")" = 5
check "the page behind the redirect is stored at its own URI" test "$(q crawl_db "
	SELECT title FROM skanecoop.document WHERE uri = '${prefix}sub/'")" = "Regional samverkan"
facts_b=$(q crawl_db "SELECT count(*) FROM skanecoop.fact JOIN skanecoop.document USING (document_id)
	WHERE uri = '${prefix}b.html'")
check "the pages' facts are stored" test "$facts_b" -gt 0

# The site changes: a.html changed, b.html removed, d.html added, c.html
# answering 404 (still linked), sub/ unchanged.
sed -i 's/elva kommunerna/tolv kommunerna/' "$site/a.html"
rm "$site/b.html" "$site/c.html"
cp "$pages/004_e30a3d2c7b6eb49e.html" "$site/d.html"
index_page a.html c.html d.html sub
check "the changed site is served again" start_server
# A WARC-Date has whole seconds: the second crawl's is later than the first's.
sleep 1
check "wget crawls it again, unchanged pages as revisits" crawl "$scratch/crawl2" "$scratch/crawl1"
stop_server
check "the second crawl has revisit records" test "$(zcat "$scratch/crawl2.warc.gz" | grep -ac '^WARC-Type: revisit')" -ge 1
check "the second crawl has a 404 response" test "$(zcat "$scratch/crawl2.warc.gz" | grep -ac '^HTTP/1.0 404')" -ge 1

before=$(q crawl_db "SELECT count(*) FROM skanecoop.document")
# A crawl that broke off after one page of another site.
bench/make-warc.py "$scratch/broken.warc.gz" "$pages/004_e30a3d2c7b6eb49e.html"
check "a run that would withdraw more than half of a prefix refuses (exit 1)" \
	exits_with 1 $load -d crawl_db --complete-for="$prefix" "$scratch/broken.warc.gz"
check "it names the prefix and the counts" stderr_has "the run would withdraw 5 of the 5 current documents under \"$prefix\", more than half; nothing was written"
check "and writes nothing" test "$(q crawl_db "SELECT count(*) FROM skanecoop.document WHERE superseded_at IS NOT NULL")/$(q crawl_db "SELECT count(*) FROM skanecoop.document")" = "0/$before"

check "the second crawl loads with --complete-for" exits_with 0 $load --json -d crawl_db \
	--publisher=Testkommun --complete-for="$prefix" "$scratch/crawl2.warc.gz"
check "one new, two changed, one unchanged (a revisit), two withdrawn" \
	grep -qE '^\{"new":1,"changed":2,"unchanged":1,"failed":0,.*"withdrawn":2\}$' "$scratch/out"
check "the removed page and the page answering 404 are no longer current" test "$(q crawl_db "
	SELECT string_agg(substr(uri, length('$prefix') + 1), ' ' ORDER BY uri) FROM skanecoop.document d
	WHERE superseded_at IS NOT NULL AND NOT EXISTS (SELECT FROM skanecoop.document n
		WHERE n.uri = d.uri AND n.superseded_at IS NULL)")" = "b.html c.html"
check "a withdrawn revision is kept, superseded at the run's start with no successor" test "$(q crawl_db "
	SELECT count(*) FROM skanecoop.document WHERE uri = '${prefix}b.html'
	AND superseded_at = (SELECT max(loaded_at) FROM skanecoop.document)")" = 1
check "the withdrawn pages' facts are not current" test "$(q crawl_db "
	SELECT count(*) FROM skanecoop.current_fact WHERE quote IS NOT NULL AND document_id IN
		(SELECT document_id FROM skanecoop.document WHERE uri IN ('${prefix}b.html', '${prefix}c.html'))")" = 0
check "but facts_as_of still finds them for the time they were current" test "$(q crawl_db "
	SELECT count(*) FROM skanecoop.facts_as_of((SELECT min(loaded_at) FROM skanecoop.document)) AS f
	JOIN skanecoop.document USING (document_id) WHERE uri = '${prefix}b.html'")" = "$facts_b"
check "the current pages are the index, a, d and sub/" test "$(q crawl_db "
	SELECT string_agg(substr(uri, length('$prefix') + 1), ' ' ORDER BY uri) FROM skanecoop.document
	WHERE superseded_at IS NULL")" = " a.html d.html sub/"
# The same single pass over the archive confirms the page it revisited.
check "the page the second crawl revisited is last seen when that record was fetched" test "$(q crawl_db "
	SELECT count(*) FROM skanecoop.document WHERE uri = '${prefix}sub/' AND superseded_at IS NULL
	AND last_seen_at > first_seen_at AND last_seen_at < (SELECT max(loaded_at) FROM skanecoop.document)")" = 1
check "the run that withdrew two pages logged that sighting" test "$(q crawl_db "
	SELECT count(*) FROM skanecoop.sighting AS s
	JOIN skanecoop.document AS d ON d.document_id = ANY (s.document_ids)
	WHERE d.uri = '${prefix}sub/' AND s.recorded_at = (SELECT max(loaded_at) FROM skanecoop.document)")" = 1
check "the withdrawn page's memberships stay, ended on the day it was last seen" test "$(q crawl_db "
	SELECT count(*) > 0 AND bool_and(c.ended_on IS NOT NULL
		AND skanecoop.latest_end(c.valid_as_read) = (d.last_seen_at AT TIME ZONE 'UTC')::date)
	FROM skanecoop.claim_as_of(now()) AS c JOIN skanecoop.document AS d USING (document_id)
	WHERE c.uri = '${prefix}b.html' AND c.kind = 'membership'")" = t
check "the run without --complete-for withdraws nothing" exits_with 0 $load --json -d crawl_db \
	"$scratch/crawl2.warc.gz"
check "its summary counts no withdrawal" grep -qE '"withdrawn":0\}$' "$scratch/out"

# --- the same through manifests naming the archives -------------------------
fresh_db crawl_manifest
for crawl_number in 1 2; do
	cat >"$scratch/manifest$crawl_number.xml" <<XML
<manifest xmlns="urn:skanecoop:manifest:1">
  <archive file="crawl$crawl_number.warc.gz" publisher="Testkommun"/>
</manifest>
XML
done
check "a manifest naming the first archive loads" exits_with 0 $load --json -d crawl_manifest \
	--complete-for="$prefix" "$scratch/manifest1.xml"
check "five new" grep -qE '^\{"new":5,"changed":0,"unchanged":0,"failed":0,' "$scratch/out"
check "a manifest naming the second archive loads" exits_with 0 $load --json -d crawl_manifest \
	--complete-for="$prefix" "$scratch/manifest2.xml"
check "one new, two changed, one unchanged, two withdrawn" \
	grep -qE '^\{"new":1,"changed":2,"unchanged":1,"failed":0,.*"withdrawn":2\}$' "$scratch/out"
check "the archive's publisher is the manifest's" test "$(q crawl_manifest "
	SELECT string_agg(DISTINCT publisher, ',') FROM skanecoop.document")" = Testkommun
dropdb crawl_manifest

# --- archive formats ------------------------------------------------------
zcat "$scratch/crawl1.warc.gz" >"$scratch/plain.warc"
gzip -c "$scratch/plain.warc" >"$scratch/whole.warc.gz"
hashes() { $load -x "$1" 2>/dev/null | grep -o '"sha256":"[^"]*"' | sort; }
hashes "$scratch/crawl1.warc.gz" >"$scratch/members.hashes"
check "the first archive gives five documents" test "$(wc -l <"$scratch/members.hashes")" = 5
check "a plain WARC gives the same documents" cmp -s "$scratch/members.hashes" <(hashes "$scratch/plain.warc")
check "a WARC gzipped as a whole gives the same documents" cmp -s "$scratch/members.hashes" <(hashes "$scratch/whole.warc.gz")
bench/make-warc.py "$scratch/v11.warc.gz" "$pages"/00*.html
check "WARC/1.1 records load" test "$($load -x "$scratch/v11.warc.gz" | grep -c '"kind":"document"')" = 5

# One record of each kind (test/loader/kinds-warc.py says which is which).
test/loader/kinds-warc.py "$scratch/kinds"
check "an archive of every kind of record reads, the page in br failing" exits_with 1 $load -x "$scratch/kinds.warc"
check "its documents: Latin-1 by the HTTP charset, plain text, gzip in chunks, raw deflate" test "$(
	grep -o '"title":"[^"]*"' "$scratch/out" | tr '\n' ' ')" = '"title":"Malmö och Lund" "title":"Titel" "title":"Gzip i bitar" "title":"Deflate utan omslag" '
check "the page in br is named" stderr_has "its HTTP Content-Encoding or Transfer-Encoding cannot be read"
check "gzipped as a whole, the same documents" test "$($load -x "$scratch/kinds-whole.warc.gz" 2>/dev/null |
	grep -o '"title":"[^"]*"' | tr '\n' ' ')" = '"title":"Malmö och Lund" "title":"Titel" "title":"Gzip i bitar" "title":"Deflate utan omslag" '
fresh_db crawl_kinds
check "with --keep-going its documents load" exits_with 1 $load --json -k -d crawl_kinds "$scratch/kinds.warc"
check "four new, one failed; a revisit of an unknown page, a redirect, a 404 and a picture skipped" \
	summary_holds '.new == 4 and .failed == 1 and .skipped == 4 and .written'
check "the fetch time is the record's WARC-Date" test "$(q crawl_kinds "
	SELECT DISTINCT fetched_at AT TIME ZONE 'UTC' FROM skanecoop.document")" = "2026-01-02 03:04:05"
dropdb crawl_kinds

# --- damage ----------------------------------------------------------------
# Flips two bytes of file $1 at byte $3 into file $2.
corrupt() {
	python3 -c 'import sys
data = bytearray(open(sys.argv[1], "rb").read())
at = int(sys.argv[3])
data[at] ^= 0xFF
data[at + 1] ^= 0x55
open(sys.argv[2], "wb").write(data)' "$@"
}

# Two bytes of c.html's response broken: 200 bytes after where the CDX
# index puts its record (fields: URL, date, URL, type, status, digest,
# redirect, meta, offset, ...), in the gzip member that starts before them
# (wget's offsets can be a few bytes out).
cdx_offset=$(awk '$1 ~ /\/c\.html$/ && $5 == 200 { print $9 }' "$scratch/crawl1.cdx" | head -1)
offset=$(test/loader/gzip-members.py "$scratch/crawl1.warc.gz" |
	awk -v at="$((cdx_offset + 200))" '$1 <= at { member = $1 } END { print member }')
corrupt "$scratch/crawl1.warc.gz" "$scratch/corrupt.warc.gz" $((cdx_offset + 200))
check "an archive with a corrupt gzip member is still read" exits_with 1 $load -x "$scratch/corrupt.warc.gz"
check "the error names the archive and the member's offset" stderr_has "$scratch/corrupt.warc.gz: gzip member at byte $offset:"
check "the other pages are read" test "$(grep -c '"kind":"document"' "$scratch/out")" = 4
size=$(stat -c %s "$scratch/plain.warc")
cut_at=$(grep -abo 'WARC-Target-URI: <http://127.0.0.1:[0-9]*/c.html>' "$scratch/plain.warc" | tail -1 | cut -d: -f1)
head -c $((cut_at + 2000)) "$scratch/plain.warc" >"$scratch/cut.warc"
check "a truncated archive is read up to the cut, the cut record failing" exits_with 1 $load -x "$scratch/cut.warc"
check "the truncated record is reported with its offset" stderr_has "$scratch/cut.warc: record at byte"
check "and the records before it are read" test "$(grep -c '"kind":"document"' "$scratch/out")" -ge 2
check "the plain archive was longer than the cut" test "$size" -gt $((cut_at + 2000))

# The archive is read once, its documents loaded as its records are read:
# five pages in members of their own, the second page's member corrupt.
bench/make-warc.py "$scratch/five.warc.gz" "$pages"/00*.html
members=($(test/loader/gzip-members.py "$scratch/five.warc.gz"))
# the members: warcinfo, then the pages; the second page's broken in its middle
corrupt "$scratch/five.warc.gz" "$scratch/five-corrupt.warc.gz" \
	$(((members[2] + members[3]) / 2))
nmembers=${#members[@]} broken_member=${members[2]} first_member=${members[1]}
check "the archive of five pages has six gzip members" test "$nmembers" = 6
check "with the second page's member corrupt, the loader goes on (exit 1)" \
	exits_with 1 $load -x "$scratch/five-corrupt.warc.gz"
check "the corrupt member is named with the archive and its offset" \
	stderr_has "$scratch/five-corrupt.warc.gz: gzip member at byte $broken_member:"
check "the pages before and after it are read, in the archive's order" test "$(
	grep -o '"uri":"[^"]*"' "$scratch/out" | sed 's/.*\///; s/_.*//' | tr '\n' ' ')" = '000 002 003 004 '
check "the damaged record fails the run; with --keep-going the other pages load" \
	exits_with 1 $load --json -k -d crawl_db "$scratch/five-corrupt.warc.gz"
check "four new, one failed" summary_holds '.new == 4 and .failed == 1 and .written'

# Files and archives load in the order the command line names them.
check "files and archives on one command line" exits_with 0 $load -x \
	"$pages/004_e30a3d2c7b6eb49e.html" "$scratch/five.warc.gz" "$pages/000_f7df068ed01b0cde.html"
check "are read in the order named, each archive's records in its order" test "$(
	grep -o '"uri":"[^"]*"' "$scratch/out" | sed 's/.*\///; s/_.*//' | tr '\n' ' ')" = '004 000 001 002 003 004 000 '

# A URI that an archive's record repeats is found when the record is read:
# the run fails there and writes nothing.
fresh_db crawl_twice
check "an archive named twice fails the run" exits_with 1 $load -d crawl_twice -k \
	"$scratch/five.warc.gz" "$scratch/five.warc.gz"
check "the error names the URI and both records" stderr_has "URI \"https://bench.example.se/000_f7df068ed01b0cde.html\" is given to more than one document ($scratch/five.warc.gz:$first_member and $scratch/five.warc.gz:$first_member)"
check "and nothing is written" test "$(q crawl_twice "SELECT count(*) FROM skanecoop.document")" = 0
dropdb crawl_twice
check "a missing archive is reported" exits_with 1 $load -x "$scratch/absent.warc.gz"
check "by name" stderr_has "could not open archive \"$scratch/absent.warc.gz\""

dropdb crawl_db
done_testing
