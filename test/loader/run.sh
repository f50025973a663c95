#!/bin/bash
# run.sh -- tests of skanecoop-load against the cluster in PGHOST/PGPORT.
#
#   test/loader/run.sh SCRATCH_DIR
#
# Prints one TAP line per check.  Each test works in a database of its own,
# created here, so the checks do not depend on each other's data.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1
load=loader/skanecoop-load
docs=data/documents
expected=test/loader/expected

. test/tap.sh
. test/loader/helpers.sh

# Everything loaded, in a form that changes if any row changes.
snapshot() {
	q "$1" "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (
			SELECT d::text AS t FROM skanecoop.document d
			UNION ALL SELECT s::text FROM skanecoop.section s) x"
}

same_as_expected() {
	diff -u "$expected/$1" "$scratch/$1" | sed 's/^/# /'
	[ "${PIPESTATUS[0]}" -eq 0 ]
}

# --- command line --------------------------------------------------------
check "--help prints usage and exits 0" exits_with 0 $load --help
check "--help documents the exit codes" stdout_has "Exit status:"
check "--version names the program" exits_with 0 $load --version
check "an unknown option exits 2 with a hint" exits_with 2 $load --frobnicate x
check "the hint names --help" stderr_has 'Try "skanecoop-load --help" for more information.'
check "no files exits 2" exits_with 2 $load
check "an unreachable server exits 3" exits_with 3 $load -d "host=$scratch/nowhere port=1" $docs/manifest.xml
check "the connection error is reported" stderr_has "connection to database failed"

# --- the bundled documents -----------------------------------------------
# From here on the loader runs as a login role of skanecoop_loader, which
# the extension creates.
fresh_db loader_seed
psql -qX -d loader_seed -c "DO \$\$ BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'loader_tester') THEN
		CREATE ROLE loader_tester LOGIN IN ROLE skanecoop_loader;
	END IF; END \$\$"
load="$load -U loader_tester"
check "the five documents load" exits_with 0 $load -d loader_seed $docs/manifest.xml
rows=$(q loader_seed "SELECT (SELECT count(*) FROM skanecoop.document) + (SELECT count(*) FROM skanecoop.section)
	+ (SELECT count(*) FROM skanecoop.fact)")
check "the run reports five new documents and every row it wrote" stdout_has "5 new, 0 changed, 0 unchanged, 0 failed; $rows rows written"
q loader_seed "SELECT publisher || ' | ' || title || ' | ' || coalesce(published_on::text, '-')
	|| ' | ' || coalesce(updated_on::text, '-') FROM skanecoop.document ORDER BY uri" \
	>"$scratch/documents.txt"
check "titles, publishers and dates are as expected" same_as_expected documents.txt
q loader_seed "SELECT d.title || ' | ' || s.ordinal || ' | ' || coalesce(s.heading, '(intro)')
	FROM skanecoop.document d JOIN skanecoop.section s USING (document_id)
	ORDER BY d.uri, s.ordinal" >"$scratch/headings.txt"
check "section headings are as expected" same_as_expected headings.txt
check "each section's byte range starts with its heading and ends with its body" test "$(q loader_seed "
	SELECT count(*) FROM (
		SELECT s.heading, s.body, convert_from(substring(convert_to(d.content, 'UTF8')
			FROM s.byte_start + 1 FOR s.byte_end - s.byte_start), 'UTF8') AS span
		FROM skanecoop.section s JOIN skanecoop.document d USING (document_id)) x
	WHERE NOT starts_with(span, coalesce(heading, body)) OR right(span, length(body)) <> body")" = 0
# "Samarbetet har pågått sedan 1990-talet" dates Familjen Helsingborg's
# members, whose list is another sentence: both are their evidence.
check "the other sentences memberships were read from are quoted at their byte ranges" \
	grep -q '^0/[1-9]' <<<"$(q loader_seed "
	SELECT count(*) FILTER (WHERE e.quote <> convert_from(substring(convert_to(d.content, 'UTF8')
			FROM lower(e.r) + 1 FOR upper(e.r) - lower(e.r)), 'UTF8'))
		|| '/' || count(*) FILTER (WHERE f.kind = 'membership')
	FROM skanecoop.fact f JOIN skanecoop.document d USING (document_id),
		unnest(f.more_evidence, f.more_quotes) AS e (r, quote)")"
check "stored hashes are the SHA-256 of the files" test "$(q loader_seed "
	SELECT encode(sha256, 'hex') FROM skanecoop.document
	WHERE uri LIKE '%003_854d279079f49aa8'")" = "$(sha256sum $docs/003_854d279079f49aa8.txt | cut -d' ' -f1)"

before=$(snapshot loader_seed)
check "the snapshot of the loaded rows is taken" test -n "$before"
check "re-loading unchanged documents exits 0" exits_with 0 $load -d loader_seed $docs/manifest.xml
check "the re-load reports five unchanged" stdout_has "0 new, 0 changed, 5 unchanged, 0 failed; 0 rows written"
check "the re-load adds no rows" test "$(snapshot loader_seed)" = "$before"

# --- bad input leaves the database as it was -----------------------------
printf 'Titel\n\nRubrik\n\nM\xf6te i Malm\xf6.\n' >"$scratch/latin1.txt"
check "invalid UTF-8 exits 1" exits_with 1 $load -d loader_seed $docs/000_f7df068ed01b0cde.txt "$scratch/latin1.txt"
check "the error names the file and the byte offset" stderr_has "$scratch/latin1.txt: byte 16: invalid UTF-8"
check "nothing of the run is written" test "$(snapshot loader_seed)" = "$before"
check "--keep-going loads the good documents" exits_with 1 $load -k -d loader_seed $docs/000_f7df068ed01b0cde.txt "$scratch/latin1.txt"
check "--keep-going stored the good file" test "$(q loader_seed "SELECT count(*) FROM skanecoop.document WHERE uri LIKE 'file://%'")" = 1
q loader_seed "DELETE FROM skanecoop.document WHERE uri LIKE 'file://%'"

: >"$scratch/empty.txt"
check "an empty file is rejected" exits_with 1 $load -d loader_seed "$scratch/empty.txt"
check "the error says it is empty" stderr_has "the file is empty"
printf 'PK\003\004\000\000binary' >"$scratch/binary.txt"
check "a binary file is rejected" exits_with 1 $load -d loader_seed "$scratch/binary.txt"
check "the error names the NUL byte" stderr_has "byte 4: NUL byte"
printf '\n \n\t\n' >"$scratch/untitled.txt"
check "a document of blank lines is rejected" exits_with 1 $load -d loader_seed "$scratch/untitled.txt"
check "the error says it has no title" stderr_has "the text has no title: every line is blank"
check "a missing file is rejected" exits_with 1 $load -d loader_seed "$scratch/absent.txt"
check "a missing manifest is rejected" exits_with 1 $load -d loader_seed "$scratch/absent.xml"
check "the error names the manifest in the loader's words" stderr_has "could not open manifest \"$scratch/absent.xml\": No such file or directory"
mkdir -p "$scratch/folder.xml"
check "a folder given as a manifest is rejected" exits_with 1 $load -d loader_seed "$scratch/folder.xml"
check "the error says it is a folder" stderr_has "could not open manifest \"$scratch/folder.xml\": Is a directory"
check "nothing was written by the bad runs" test "$(snapshot loader_seed)" = "$before"

# --- manifests -------------------------------------------------------------
cat >"$scratch/laughs.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE manifest [
  <!ENTITY a "aaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<manifest xmlns="urn:skanecoop:manifest:1"><document file="x.txt" uri="&c;"/></manifest>
XML
check "a manifest with a DTD is rejected" exits_with 1 $load -d loader_seed "$scratch/laughs.xml"
check "the error says why" stderr_has "a document type declaration is not allowed"
cat >"$scratch/bad-date.xml" <<'XML'
<manifest xmlns="urn:skanecoop:manifest:1">
  <document file="x.txt" uri="urn:x" published="2023-02-30"/>
</manifest>
XML
check "a manifest with an impossible date is rejected" exits_with 1 $load -d loader_seed "$scratch/bad-date.xml"
check "the error names file, line and attribute" stderr_has "bad-date.xml:2: invalid manifest: Element '{urn:skanecoop:manifest:1}document', attribute 'published': '2023-02-30' is not a valid value"
printf '<manifest xmlns="urn:skanecoop:manifest:1"><document' >"$scratch/broken.xml"
check "a manifest that is not well-formed is rejected" exits_with 1 $load -d loader_seed "$scratch/broken.xml"
check "nothing was written by the bad manifests" test "$(snapshot loader_seed)" = "$before"

# --- revisions, dry runs, locking ------------------------------------------
mkdir -p "$scratch/rev"
sed 's/elva kommunerna/tolv kommunerna/' $docs/000_f7df068ed01b0cde.txt >"$scratch/rev/000.txt"
cat >"$scratch/rev/manifest.xml" <<'XML'
<manifest xmlns="urn:skanecoop:manifest:1">
  <document file="000.txt" uri="urn:skanecoop:seed:000_f7df068ed01b0cde" publisher="Landskrona stad"/>
</manifest>
XML
check "--dry-run exits 0" exits_with 0 $load -n -d loader_seed "$scratch/rev/manifest.xml"
check "--dry-run says nothing was written" stdout_has "dry run: nothing written"
check "--dry-run wrote nothing" test "$(snapshot loader_seed)" = "$before"
check "a changed document loads as a revision" exits_with 0 $load -d loader_seed "$scratch/rev/manifest.xml"
check "the run reports the revision" stdout_has "revised"
check "the old revision is kept, superseded at the new one's load time" test "$(q loader_seed "
	SELECT count(*) FILTER (WHERE superseded_at IS NOT NULL) || '/' || count(*) || '/' ||
	       bool_and(superseded_at IS NULL OR superseded_at = (SELECT max(loaded_at) FROM skanecoop.document))
	FROM skanecoop.document WHERE uri LIKE '%000_f7df068ed01b0cde'")" = "1/2/true"

# Holds the load lock (as the owner, or as a role that may not take it) in
# a session of its own until hold_end; the session's pid is in $holder.
hold_lock() {
	local role=$1 sql=$2
	psql -qX -U "$role" -d loader_seed -c "BEGIN; $sql; SELECT pg_sleep(20)" >"$scratch/holder.out" 2>&1 &
	holder=$!
	for _ in $(seq 1 50); do
		[ "$(q loader_seed "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(20)%' AND state = 'active' AND pid <> pg_backend_pid()")" = 1 ] && break
		sleep 0.2
	done
}
hold_end() {
	q loader_seed "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(20)%' AND pid <> pg_backend_pid()" >/dev/null
	wait $holder 2>/dev/null
}
hold_lock "$PGUSER" "LOCK TABLE skanecoop.load_lock IN EXCLUSIVE MODE"
check "--no-wait exits 4 while another run holds the lock" exits_with 4 $load --no-wait -d loader_seed $docs/manifest.xml
check "the message says another run is loading" stderr_has "another skanecoop-load run is loading"
hold_end

# A role that can only read cannot stand in the way of loads: the advisory
# lock earlier loaders took is no longer theirs, and the lock table is not
# a reader's to lock.
q loader_seed "DO \$\$ BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader_tester') THEN
		CREATE ROLE reader_tester LOGIN IN ROLE skanecoop_reader;
	END IF; END \$\$"
hold_lock reader_tester "SELECT pg_advisory_lock(1936417134)"
check "a reader holding the old advisory lock does not block a --no-wait run" exits_with 0 $load --no-wait -d loader_seed $docs/manifest.xml
hold_end
check "a reader cannot take the load lock" test "$(psql -qXAt -U reader_tester -d loader_seed \
	-c "BEGIN; LOCK TABLE skanecoop.load_lock IN EXCLUSIVE MODE" 2>&1)" = "ERROR:  permission denied for table load_lock"

# The loader's statements mean what they say whatever the database's
# search_path finds first: here a planted operator -> in public, searched
# before pg_catalog, that would lose every fact's evidence.
fresh_db loader_path
psql -qX -d loader_path -c "CREATE FUNCTION public.planted(jsonb, text) RETURNS jsonb
		LANGUAGE sql AS 'SELECT ''\"planted\"''::jsonb';
	CREATE OPERATOR public.-> (LEFTARG = jsonb, RIGHTARG = text, FUNCTION = public.planted);
	ALTER DATABASE loader_path SET search_path = public, pg_catalog"
check "a planted operator on the search_path does not break a load" exits_with 0 $load -d loader_path $docs/manifest.xml
check "every row of the documents is written" stdout_has "5 new, 0 changed, 0 unchanged, 0 failed; $rows rows written"
dropdb loader_path

# --- HTML ------------------------------------------------------------------
fresh_db loader_html
check "the HTML versions of the five documents load" exits_with 0 $load -d loader_html test/loader/html/*.html $docs/0*.txt
check "HTML pages get the same titles and sections as their text versions" test "$(q loader_html "
	WITH s AS (
		SELECT d.format, d.title, s.ordinal, s.heading,
			   regexp_replace(s.body, '[[:space:] ]+', ' ', 'g') AS body
		FROM skanecoop.document d JOIN skanecoop.section s USING (document_id))
	SELECT count(*) FILTER (WHERE t.heading IS NOT DISTINCT FROM h.heading AND t.body = h.body)
		   || '/' || count(*)
	FROM (SELECT * FROM s WHERE format = 'text') t
	FULL JOIN (SELECT * FROM s WHERE format = 'html') h USING (title, ordinal)")" = "24/24"
check "page furniture is dropped" test "$(q loader_html "
	SELECT count(*) FROM skanecoop.document
	WHERE content ~ '(kakor|Hoppa till|Huvudmeny|Dela på|Relaterade|Kontakta oss|dataLayer|font-family)'")" = 0
check "the HTML pages' own dates are read" test "$(q loader_html "
	SELECT string_agg(DISTINCT published_on || '/' || updated_on, ',') FROM skanecoop.document
	WHERE title = 'Regional samverkan'")" = "2021-11-11/2023-12-06"

printf '<html><head><meta charset="iso-8859-1"><title>Sida</title></head><body><main><h1>V\xe4nort i Malm\xf6</h1><p>Malm\xf6 och K\xf8ge samarbetar.</p></main></body></html>' >"$scratch/latin1.html"
check "a Latin-1 page with meta charset loads" exits_with 0 $load -d loader_html "$scratch/latin1.html"
check "its text arrives in UTF-8" test "$(q loader_html "SELECT title || ' | ' || (SELECT body FROM skanecoop.section s WHERE s.document_id = d.document_id) FROM skanecoop.document d WHERE uri LIKE '%latin1.html'")" = "Vänort i Malmö | Malmö och Køge samarbetar."
# The server cuts a section's body from the text at its offsets, which
# count UTF-8 bytes, also in a database whose own encoding is another.
dropdb --if-exists loader_latin1 2>/dev/null
createdb -E LATIN1 -T template0 --locale=C loader_latin1 &&
	psql -qX -d loader_latin1 -c "CREATE EXTENSION skanecoop"
printf '<html><head><meta charset="iso-8859-1"><title>Sida</title></head><body><main><h1>V\xe4nort i Malm\xf6</h1><p>Malm\xf6 och K\xf8ge samarbetar.</p><h2>\xc5rsavgift</h2><p>Avgiften \xe4r 21 kr per inv\xe5nare i H\xf6\xf6r.</p></main></body></html>' >"$scratch/sections.html"
check "a database in LATIN1 takes a page's sections" exits_with 0 $load -d loader_latin1 "$scratch/sections.html"
check "their bodies are the text at their offsets" test "$(PGCLIENTENCODING=UTF8 q loader_latin1 "
	SELECT string_agg(coalesce(heading, '-') || ': ' || body, ' | ' ORDER BY ordinal) FROM skanecoop.section")" = \
	"-: Malmö och Køge samarbetar. | Årsavgift: Avgiften är 21 kr per invånare i Höör."
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Avgift \x96 \xe5r 2024</title></head><body><p>Avgiften \xe4r 21 kr per inv\xe5nare.</p></body></html>' >"$scratch/cp1252.html"
check "a windows-1252 page with http-equiv loads" exits_with 0 $load -d loader_html "$scratch/cp1252.html"
check "its title is converted" test "$(q loader_html "SELECT title FROM skanecoop.document WHERE uri LIKE '%cp1252.html'")" = "Avgift – år 2024"
# Eleven pages in different encodings and declarations, each found as a
# browser finds it (test/loader/charsets/make-pages.py says which is which).
test/loader/charsets/make-pages.py "$scratch/charsets"
check "eleven pages in eleven encodings and declarations load" exits_with 0 $load -d loader_html "$scratch/charsets/manifest.xml"
check "each is stored in UTF-8 as it reads" test "$(q loader_html "
	SELECT count(*) FILTER (WHERE d.title = 'Malmö, Køge, € och Œ' AND s.body = 'Avgiften är 21 € per år.')
		   || '/' || count(*)
	FROM skanecoop.document d JOIN skanecoop.section s USING (document_id)
	WHERE d.uri LIKE 'urn:test:charset:%'")" = "11/11"
check "without its HTTP charset a page with a wrong <meta> reads as the <meta> says" test "$(
	$load -x "$scratch/charsets/utf8-http.html" | grep -o '"title":"[^"]*"')" = '"title":"MalmÃ¶, KÃ¸ge, â‚¬ och Å’"'

# The page fuzzing found: a UTF-8 page whose &nbsp; has one flipped bit.
sed 's|<p>|<p>Region\&\xeebsp;Halland \xe2\x80\xa6</p><p>|' test/loader/html/002_68f8af423eecd173.html >"$scratch/flipped.html"
check "a page with a byte that is not UTF-8 loads" exits_with 0 $load -d loader_html "$scratch/flipped.html"
check "the byte is stored as U+FFFD" test "$(q loader_html "SELECT count(*) FROM skanecoop.document
	WHERE uri LIKE '%flipped.html' AND content LIKE E'%Region&\\uFFFDbsp;Halland%'")" = 1
head -c 2300 test/loader/html/002_68f8af423eecd173.html >"$scratch/truncated.html"
check "a truncated page loads the text it has" exits_with 0 $load -d loader_html "$scratch/truncated.html"
check "the truncated page keeps its sections up to the cut" test "$(q loader_html "
	SELECT count(*) FROM skanecoop.section s JOIN skanecoop.document d USING (document_id)
	WHERE d.uri LIKE '%truncated.html'")" = 2
printf '<html><body><div>no title here</div></body></html>' >"$scratch/untitled.html"
check "a page without <title> or <h1> is rejected" exits_with 1 $load -d loader_html "$scratch/untitled.html"
check "the error says the page has no title" stderr_has "the page has no title"
head -c 4096 /dev/urandom | tr -d '\000' | head -c 2000 >"$scratch/garbage.html"
printf '\000' >>"$scratch/garbage.html"
check "binary garbage named .html is rejected" exits_with 1 $load -d loader_html "$scratch/garbage.html"
head -c 4194304 /dev/zero | tr '\000' 'a' >"$scratch/one-line.txt"
check "a 4 MB single line is loaded" exits_with 0 $load -d loader_html "$scratch/one-line.txt"
check "its title is its first 1000 bytes" test "$(q loader_html "SELECT octet_length(title) FROM skanecoop.document WHERE uri LIKE '%one-line.txt'")" = 1000
check "and the rest of the line its first section" test "$(q loader_html "SELECT octet_length(body) FROM skanecoop.document d JOIN skanecoop.section s ON s.document_id = d.document_id WHERE d.uri LIKE '%one-line.txt'")" = 4193304
rm -f "$scratch/one-line.txt"
dropdb loader_html

# --- manifests: schema, inline content, hostile XML -------------------------
fresh_db loader_manifest
cat >"$scratch/inline.xml" <<'XML'
<manifest xmlns="urn:skanecoop:manifest:1">
  <document uri="https://www.example.se/sosk" publisher="Ystads kommun" format="text"
            fetched-at="2024-01-10T06:00:00Z" published="2021-11-11">
    <content>SÖSK

Sydöstra Skånes samarbetskommitté

Kommunerna Ystad, Simrishamn, Sjöbo och Tomelilla samverkar.</content>
  </document>
</manifest>
XML
check "a manifest with inline content loads" exits_with 0 $load -d loader_manifest "$scratch/inline.xml"
check "the manifest's metadata is stored" test "$(q loader_manifest "
	SELECT publisher || '|' || fetched_at AT TIME ZONE 'UTC' || '|' || published_on || '|' || title
	FROM skanecoop.document")" = "Ystads kommun|2024-01-10 06:00:00|2021-11-11|SÖSK"
before=$(snapshot loader_manifest)
cat >"$scratch/no-uri.xml" <<'XML'
<manifest xmlns="urn:skanecoop:manifest:1">
  <document file="x.txt" publisher="Ystads kommun"/>
</manifest>
XML
check "a manifest that breaks the schema is rejected" exits_with 1 $load -d loader_manifest "$scratch/no-uri.xml"
check "the error names the line and the missing attribute" stderr_has "no-uri.xml:2: invalid manifest: Element '{urn:skanecoop:manifest:1}document': The attribute 'uri' is required"
cat >"$scratch/both.xml" <<'XML'
<manifest xmlns="urn:skanecoop:manifest:1">
  <document file="x.txt" uri="urn:x"><content>x</content></document>
</manifest>
XML
check "a document with both a file and a content is rejected" exits_with 1 $load -d loader_manifest "$scratch/both.xml"
cat >"$scratch/xxe.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE manifest [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<manifest xmlns="urn:skanecoop:manifest:1">
  <document uri="urn:x"><content>&secret;</content></document>
</manifest>
XML
check "a manifest with an external entity is rejected" exits_with 1 $load -d loader_manifest "$scratch/xxe.xml"
check "the error explains the refusal" stderr_has "a document type declaration is not allowed"
check "nothing was written by the rejected manifests" test "$(snapshot loader_manifest)" = "$before"

# A manifest's files lie in its folder: nothing it names outside is read,
# and nothing that is not a regular file.
mkdir -p "$scratch/reach/docs" "$scratch/reach/outside"
printf 'Inne\n\nRubrik\n\nText.\n' >"$scratch/reach/docs/inside.txt"
printf 'Ute\n\nRubrik\n\nHemligt.\n' >"$scratch/reach/outside/secret.txt"
ln -sf ../outside/secret.txt "$scratch/reach/docs/link.txt"
rm -f "$scratch/reach/docs/fifo.txt"
mkfifo "$scratch/reach/docs/fifo.txt"
for named in ../outside/secret.txt "$scratch/reach/outside/secret.txt" link.txt fifo.txt; do
	cat >"$scratch/reach/docs/manifest.xml" <<XML
<manifest xmlns="urn:skanecoop:manifest:1">
  <document file="inside.txt" uri="urn:test:reach:inside"/>
  <document file="$named" uri="urn:test:reach:named"/>
</manifest>
XML
	check "file=\"$named\" is refused, at once" exits_with 1 timeout 20 $load -d loader_manifest "$scratch/reach/docs/manifest.xml"
	check "the error names the manifest's line and the file" stderr_has "manifest.xml:3: file \"$named\""
	check "nothing of that run is written ($named)" test "$(snapshot loader_manifest)" = "$before"
done
check "--keep-going loads the document inside" exits_with 1 timeout 20 $load -k -d loader_manifest "$scratch/reach/docs/manifest.xml"
check "and only that one" test "$(q loader_manifest "SELECT string_agg(uri, ',') FROM skanecoop.document WHERE uri LIKE 'urn:test:reach:%'")" = "urn:test:reach:inside"
cat >"$scratch/reach/docs/manifest.xml" <<XML
<manifest xmlns="urn:skanecoop:manifest:1">
  <document file="../outside/secret.txt" uri="urn:test:reach:root"/>
</manifest>
XML
check "--root allows a wider folder" exits_with 0 $load --root "$scratch/reach" -d loader_manifest "$scratch/reach/docs/manifest.xml"
cat >"$scratch/reach/docs/manifest.xml" <<XML
<manifest xmlns="urn:skanecoop:manifest:1">
  <document file="/dev/zero" uri="urn:test:reach:zero"/>
</manifest>
XML
check "a device is refused even inside --root" exits_with 1 timeout 20 $load --root / -d loader_manifest "$scratch/reach/docs/manifest.xml"
check "the error says it is not a regular file" stderr_has 'file "/dev/zero" is not a regular file'
check "a FIFO named on the command line is refused at once" exits_with 1 timeout 20 $load -d loader_manifest "$scratch/reach/docs/fifo.txt"
check "the error says so" stderr_has "fifo.txt\": not a regular file"
q loader_manifest "DELETE FROM skanecoop.document WHERE uri LIKE 'urn:test:reach:%'"
dropdb loader_manifest

# --- values the database could not hold ---------------------------------------
# Refused before anything is staged, with file and line; under --keep-going
# the other documents and rows of the run are loaded.
fresh_db loader_values
for fetched in 12000-01-01T00:00:00Z -0044-03-15T00:00:00Z; do
	cat >"$scratch/fetched.xml" <<XML
<manifest xmlns="urn:skanecoop:manifest:1">
  <document uri="urn:test:values:good" fetched-at="2024-01-10T06:00:00Z"><content>Bra

Rubrik

Text.</content></document>
  <document uri="urn:test:values:bad" fetched-at="$fetched"><content>Dålig

Rubrik

Text.</content></document>
</manifest>
XML
	check "fetched-at=\"$fetched\" is refused" exits_with 1 $load -d loader_values "$scratch/fetched.xml"
	check "the error names the manifest's line and the value" stderr_has "fetched.xml:7: fetched-at \"$fetched\" is outside the years 0001 to 9999"
	check "without --keep-going nothing is written" test "$(q loader_values "SELECT count(*) FROM skanecoop.document")" = 0
	check "with --keep-going the good document is loaded ($fetched)" exits_with 1 $load -k -d loader_values "$scratch/fetched.xml"
	check "the run counts the refused one as failed" stdout_has "1 new, 0 changed, 0 unchanged, 1 failed"
	q loader_values "DELETE FROM skanecoop.document"
done
printf 'Titel\n\nRubrik\n\nPublicerad 0000-01-01. Text.\n' >"$scratch/year-zero.txt"
check "a page that states a date of year 0000 loads" exits_with 0 $load -d loader_values "$scratch/year-zero.txt"
check "that date is not taken as its publication date" test "$(q loader_values "SELECT coalesce(published_on::text, 'none') FROM skanecoop.document")" = none
printf 'code,reference_date,population\n1280,2022-12-31,362133\n1214,0000-12-31,5\n1260,2022-12-31,9223372036854775807\n1283,2022-12-31,15\000000\n' >"$scratch/values.csv"
check "population rows the database could not use fail the run" exits_with 1 $load -d loader_values "$scratch/values.csv"
check "year 0000 is named with file and line" stderr_has "values.csv:3: the reference date 0000-12-31 is outside the years 0001 to 9999"
check "a population beyond the world's is named" stderr_has "values.csv:4: the population 9223372036854775807 is more than the 10000000000 people on Earth"
check "a NUL byte in a field is named" stderr_has "values.csv:5: byte 18 of the line is a NUL byte"
check "without --keep-going no figure is written" test "$(q loader_values "SELECT count(*) FROM skanecoop.population")" = 0
check "with --keep-going the good row is written" exits_with 1 $load -k -d loader_values "$scratch/values.csv"
check "only the good row" test "$(q loader_values "SELECT string_agg(place || '=' || inhabitants, ',') FROM skanecoop.population")" = "1280=362133"
printf 'Titel \033]0;pwned\007 \033[2J slut\n\nRubrik\n\nText.\n' >"$scratch/escapes.txt"
check "a title with terminal escape sequences loads" exits_with 0 $load -d loader_values "$scratch/escapes.txt"
check "its title is printed with the control characters escaped" stdout_has 'escapes.txt: "Titel \x1b]0;pwned\x07 \x1b[2J slut", 1 sections'
dropdb loader_values

# --- the JSON interfaces ----------------------------------------------------
check "--extract-only needs no database" exits_with 0 env PGHOST="$scratch/nowhere" $load --extract-only $docs/manifest.xml
check "--extract-only prints a document object per document" test "$(grep -c '"kind":"document"' "$scratch/out")" = 5
check "--extract-only prints a section object per section" test "$(grep -c '"kind":"section"' "$scratch/out")" = 24
check "--extract-only's section offsets match the database's" test "$(grep -o '"ordinal":2,"heading":"Familjen Helsingborg","start":[0-9]*,"end":[0-9]*' "$scratch/out")" = '"ordinal":2,"heading":"Familjen Helsingborg","start":410,"end":1366'
printf 'Titel\n\nSamverkan\n\nFamiljen Helsingborg \xc3\xa4r ett samarbete mellan de tolv kommunerna Bjuv, B\xc3\xa5stad, Helsingborg och H\xc3\xb6gan\xc3\xa4s.\n' >"$scratch/twelve.txt"
check "a stated count that does not match the names still loads" exits_with 0 $load --extract-only "$scratch/twelve.txt"
check "the warning names the document, the byte and the sentence" stderr_has "twelve.txt: byte 18: warning: the text states 12 members but names 4: \"Familjen Helsingborg"
check "the warning is also in the facts' JSON" grep -q '"warning":"the text states 12 members but names 4"' "$scratch/out"
check "--quiet keeps warnings off stderr" exits_with 0 $load -q --extract-only "$scratch/twelve.txt"
check "nothing is printed with --quiet" test ! -s "$scratch/err"
check "--extract-only reports a bad file and exits 1" exits_with 1 $load --extract-only "$scratch/latin1.txt"
fresh_db loader_json
check "--json prints the summary as JSON" exits_with 0 $load --json -d loader_json $docs/manifest.xml
check "the JSON summary counts documents and rows" grep -qE '^\{"new":5,"changed":0,"unchanged":0,"failed":0,"rows_written":'"$rows"',"population_rows_written":0,"written":true,"seconds":[0-9.]+,"skipped":0,"withdrawn":0\}$' "$scratch/out"

# --- population figures ----------------------------------------------------
fresh_db loader_population
check "the reference population figures load" exits_with 0 $load -d loader_population data/reference/populations.csv
check "the run counts 86 figures" stdout_has "86 population figures"
check "the Skåne figures sum to the published total" test "$(q loader_population "
	SELECT sum(p.inhabitants) FROM skanecoop.population p JOIN skanecoop.place pl ON pl.code = p.place
	WHERE pl.region = '12' AND p.reference_date = '2022-12-31'")" = 1414324
check "re-importing the same figures writes nothing" exits_with 0 $load -d loader_population data/reference/populations.csv
check "the re-import counts 0 figures" stdout_has "0 population figures"
printf 'region;\xc3\xa5r;folkm\xc3\xa4ngd\n"1280 Malm\xc3\xb6";2023;362133\n1214 Sval\xc3\xb6v;2022;14467\n' >"$scratch/scb.csv"
check "an SCB-style file (region, year, population; semicolons) loads" exits_with 0 $load -d loader_population "$scratch/scb.csv"
check "a year means its 31 December, and a changed figure is corrected" test "$(q loader_population "
	SELECT string_agg(place || '@' || reference_date || '=' || inhabitants, ' ' ORDER BY place)
	FROM skanecoop.population WHERE (place, reference_date) IN (('1280', '2023-12-31'), ('1214', '2022-12-31'))")" = "1214@2022-12-31=14467 1280@2023-12-31=362133"
population_before=$(q loader_population "SELECT md5(string_agg(p::text, ',' ORDER BY p::text)) FROM skanecoop.population p")
printf 'code,reference_date,population\n1280,2022-12-31,5\n9999,2022-12-31,5\n' >"$scratch/unknown.csv"
check "a code outside the gazetteer rejects the file" exits_with 1 $load -d loader_population "$scratch/unknown.csv"
check "the error names the file and line" stderr_has "unknown.csv:3: code \"9999\" is not in the gazetteer"
printf 'code,reference_date,population\n1280,2022-12-31,many\n' >"$scratch/words.csv"
check "a population that is not a number rejects the file" exits_with 1 $load -d loader_population "$scratch/words.csv"
printf 'kommun,antal\n1280,5\n' >"$scratch/header.csv"
check "a file without the needed columns is rejected" exits_with 1 $load -d loader_population "$scratch/header.csv"
check "the error says which columns are needed" stderr_has "header.csv:1: the header names no code, population and date or year columns"
check "rejected population files change nothing" test "$(q loader_population "SELECT md5(string_agg(p::text, ',' ORDER BY p::text)) FROM skanecoop.population p")" = "$population_before"
dropdb loader_population

# --- killed and concurrent runs ---------------------------------------------
mkdir -p "$scratch/many"
{
	echo '<manifest xmlns="urn:skanecoop:manifest:1">'
	for i in $(seq 1 3000); do
		echo "<document file=\"$PWD/$docs/002_68f8af423eecd173.txt\" uri=\"urn:test:many:$i\"/>"
	done
	echo '</manifest>'
} >"$scratch/many/manifest.xml"
before=$(snapshot loader_json)
$load -q -d loader_json --root "$PWD" "$scratch/many/manifest.xml" >/dev/null 2>&1 &
victim=$!
# mid-run: staging a batch (COPY) or merging one (in its savepoint)
for _ in $(seq 1 100); do
	[ "$(q loader_json "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'skanecoop-load'
		AND (query LIKE 'COPY%' OR query LIKE 'SAVEPOINT load_batch%')")" = 1 ] && break
	sleep 0.05
done
kill -KILL $victim
wait $victim 2>/dev/null
check "the loader was killed in mid-run" test $? = 137
for _ in $(seq 1 100); do
	[ "$(q loader_json "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'skanecoop-load'")" = 0 ] && break
	sleep 0.1
done
check "a loader killed by SIGKILL in mid-run leaves the database as it was" test "$(snapshot loader_json)" = "$before"
$load --json -d loader_json --root "$PWD" "$scratch/many/manifest.xml" >"$scratch/first.out" 2>&1 &
first=$!
$load --json -d loader_json --root "$PWD" "$scratch/many/manifest.xml" >"$scratch/second.out" 2>&1
second_status=$?
wait $first
first_status=$?
check "two concurrent runs both succeed" test "$first_status/$second_status" = "0/0"
check "one run loads everything, the other waits and finds it unchanged" test "$(
	cat "$scratch/first.out" "$scratch/second.out" | grep -o '"new":[0-9]*,"changed":0,"unchanged":[0-9]*' | sort | tr '\n' ' ')" = '"new":0,"changed":0,"unchanged":3000 "new":3000,"changed":0,"unchanged":0 '
check "each document is stored once" test "$(q loader_json "SELECT count(*) || '/' || count(DISTINCT uri) FROM skanecoop.document WHERE uri LIKE 'urn:test:many:%'")" = "3000/3000"
# The 3000 documents and their facts are staged in several batches (about
# 110 MB of rows against batches of 8 MB): each document keeps all its facts,
# and the organisations they name are found, not created again, by later batches.
facts_each=$($load --extract-only $docs/002_68f8af423eecd173.txt | grep -vc '^{"kind":"\(document\|section\)"')
check "a run of many batches stores every fact of every document" test "$(q loader_json "
	SELECT count(DISTINCT n) || '/' || min(n) FROM (
		SELECT count(*) AS n FROM skanecoop.fact JOIN skanecoop.document USING (document_id)
		WHERE uri LIKE 'urn:test:many:%' GROUP BY uri) AS per_document")" = "1/$facts_each"
check "facts of later batches name the organisations of the first" test "$(q loader_json "
	SELECT count(DISTINCT organisation_id) FROM skanecoop.fact JOIN skanecoop.document USING (document_id)
	WHERE uri LIKE 'urn:test:many:%'")" = "$(q loader_json "
	SELECT count(DISTINCT organisation_id) FROM skanecoop.fact JOIN skanecoop.document USING (document_id)
	WHERE uri = 'urn:test:many:1'")"

# A batch is merged while the loader reads on, in a savepoint: a document
# the server refuses in a batch's merge (1500 is in a middle batch) fails
# the run as a bad document does, and with --keep-going only it is left out.
fresh_db loader_batch
q loader_batch "CREATE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS \$\$
	BEGIN
		IF NEW.uri = 'urn:test:many:1500' THEN
			RAISE EXCEPTION 'document % refused by a test trigger', NEW.uri;
		END IF;
		RETURN NEW;
	END \$\$;
	CREATE TRIGGER refuse_document BEFORE INSERT ON skanecoop.document
		FOR EACH ROW EXECUTE FUNCTION refuse_document()"
check "a document refused in a batch merged while the loader reads on exits 1" exits_with 1 $load -q -d loader_batch --root "$PWD" "$scratch/many/manifest.xml"
check "the refused document is named with the server's reason" stderr_has 'urn:test:many:1500: the server refused the document: document urn:test:many:1500 refused by a test trigger; it is not stored'
check "without --keep-going nothing of the run is written" test "$(q loader_batch "SELECT count(*) FROM skanecoop.document")" = 0
check "with --keep-going the run ends with exit 1" exits_with 1 $load -k --json -d loader_batch --root "$PWD" "$scratch/many/manifest.xml"
check "the refused document counts as failed, not new" grep -qE '^\{"new":2999,"changed":0,"unchanged":0,"failed":1,' "$scratch/out"
check "every other document of the refused one's batch is stored, with its facts" test "$(q loader_batch "
	SELECT count(DISTINCT d.uri) || '/' || bool_or(d.uri = 'urn:test:many:1500') || '/' ||
		   count(DISTINCT d.uri) FILTER (WHERE f.fact_id IS NOT NULL)
	FROM skanecoop.document d LEFT JOIN skanecoop.fact f USING (document_id)
	WHERE d.uri LIKE 'urn:test:many:%'")" = "2999/false/2999"
rows_before=$(q loader_batch "SELECT count(*) FROM skanecoop.document")
q loader_batch "CREATE OR REPLACE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS \$\$
	BEGIN
		IF NEW.uri LIKE '%003_854d279079f49aa8' THEN
			RAISE EXCEPTION 'no pages from this site';
		END IF;
		RETURN NEW;
	END \$\$"
check "a document refused in the last batch fails a --keep-going run" exits_with 1 $load -k -d loader_batch $docs/manifest.xml
check "it is named" stderr_has 'urn:skanecoop:seed:003_854d279079f49aa8: the server refused the document: no pages from this site; it is not stored'
check "the summary counts it as failed" stdout_has "4 new, 0 changed, 0 unchanged, 1 failed"
check "the other four are stored" test "$(q loader_batch "SELECT count(*) - $rows_before FROM skanecoop.document")" = 4
q loader_batch "CREATE OR REPLACE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS \$\$
	BEGIN
		RAISE EXCEPTION 'the server is read-only for a test' USING ERRCODE = 'read_only_sql_transaction';
	END \$\$"
check "an error that is the run's, not a document's, stops the run (exit 3)" exits_with 3 $load -k -q -d loader_batch "$scratch/rev/manifest.xml"
check "it is reported as a database error" stderr_has "database error: ERROR:  the server is read-only for a test"
dropdb loader_batch

# A page of nothing but membership sentences: memory is bounded by the
# document, not by its facts (a 4 MB page once took about 150 MB), and when
# the server refuses the run (an error that is the run's, not the
# document's: those leave only the document out) the loader stops
# extracting instead of reading the page to its end, where a sentence
# would print a warning.
fresh_db loader_dense
LC_ALL=C.UTF-8 awk -v mb=4 -f bench/gen-dense.awk >"$scratch/dense.txt"
printf 'Familjen Helsingborg \303\244r ett samarbete mellan de tolv kommunerna Bjuv, B\303\245stad, Helsingborg och H\303\266gan\303\244s.\n' >>"$scratch/dense.txt"
check "a page of dense membership sentences loads" exits_with 0 /usr/bin/time -f "%M" -o "$scratch/dense.kb" $load -q -d loader_dense "$scratch/dense.txt"
check "within 64 MB of memory ($(cat "$scratch/dense.kb" 2>/dev/null) kB)" test "$(cat "$scratch/dense.kb")" -lt 65536
check "every fact of it is stored" test "$(q loader_dense "SELECT count(*) FROM skanecoop.fact")" -gt 150000
# A changed revision the server refuses for what it holds: its facts, staged
# in batches after its document row, must not reach the revision before it.
facts_before=$(q loader_dense "SELECT count(*) FROM skanecoop.fact")
cp "$scratch/dense.txt" "$scratch/dense-first.txt"
printf '%s\n' 'Ystad är medlem.' >>"$scratch/dense.txt"
q loader_dense "CREATE FUNCTION refuse_revision() RETURNS trigger LANGUAGE plpgsql AS \$\$
	BEGIN
		RAISE EXCEPTION 'revision of % refused by a test trigger', NEW.uri;
	END \$\$;
	CREATE TRIGGER refuse_revision BEFORE INSERT ON skanecoop.document
		FOR EACH ROW EXECUTE FUNCTION refuse_revision()"
check "a changed dense page the server refuses is left out (exit 1)" \
	exits_with 1 $load -k -q -d loader_dense "$scratch/dense.txt"
check "its facts stay off the revision before it" \
	test "$(q loader_dense "SELECT count(*) FROM skanecoop.fact")" = "$facts_before"
q loader_dense "DROP TRIGGER refuse_revision ON skanecoop.document; DROP FUNCTION refuse_revision()"
mv "$scratch/dense-first.txt" "$scratch/dense.txt"
q loader_dense "DELETE FROM skanecoop.document;
	CREATE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS \$\$
	BEGIN
		RAISE EXCEPTION 'document % refused: the server is read-only for a test', NEW.uri
			USING ERRCODE = 'read_only_sql_transaction';
	END \$\$;
	CREATE TRIGGER refuse_document BEFORE INSERT ON skanecoop.document
		FOR EACH ROW EXECUTE FUNCTION refuse_document()"
check "a run the server refuses in mid-page exits 3" exits_with 3 $load -d loader_dense "$scratch/dense.txt"
check "the server's refusal is reported" stderr_has "the server is read-only for a test"
check "the loader stopped extracting before the page's end" test "$(grep -c 'warning: the text states 12 members' "$scratch/err")" = 0
dropdb loader_dense

# --- fee rules ---------------------------------------------------------------
# A fee no fee_rate holds (a base plus an amount per inhabitant; Danish
# kroner, which "kr" is on a Danish page) is written into fact.fee_rule,
# where fee_schedule computes it from the members' populations.
fresh_db loader_fee_rule
printf 'R\xc3\xa4ddningsf\xc3\xb6rbundet Mellersta Sk\xc3\xa5ne\n\nPublicerad 2022-11-15\n\nR\xc3\xa4ddningsf\xc3\xb6rbundet Mellersta Sk\xc3\xa5ne \xc3\xa4r ett samarbete mellan Lund och Lomma.\n\nMedlemskommunerna betalar en grundavgift p\xc3\xa5 50 000 kr och 3,50 kr per inv\xc3\xa5nare och \xc3\xa5r.\n' >"$scratch/fee_base.txt"
printf 'Beredskab Nord-\xc3\x98st\n\nBeredskab Nord-\xc3\x98st er et f\xc3\xa6lleskommunalt beredskab, og det ejes af kommunerne.\n\nDet \xc3\xa5rlige kontingent er 25000 kr/\xc3\xa5r, og det betales af hver kommune.\n\nKommunerne betaler desuden 2,88 kr. pr. indbygger.\n' >"$scratch/fee_danish.txt"
check "the population figures for the fee rules load" exits_with 0 $load -d loader_fee_rule data/reference/populations.csv
check "pages stating fee rules load" exits_with 0 $load -d loader_fee_rule "$scratch/fee_base.txt" "$scratch/fee_danish.txt"
check "fees no fee_rate holds are fee rules, not rates" test "$(q loader_fee_rule "
	SELECT string_agg(coalesce(rate::text, '-') || ' ' || fee_rule::text, ', ' ORDER BY fee_rule::text)
	FROM skanecoop.fact WHERE kind = 'fee'")" = "- 2.88 DKK/invånare/år, - 25000.00 DKK/år, - 50000.00 kr + 3.50 kr/invånare/år"
check "fee_schedule computes a base plus an amount per inhabitant read from a page" test "$(q loader_fee_rule "
	SELECT string_agg(member || '=' || charge::text, ' ' ORDER BY member)
	FROM skanecoop.fee_schedule(2023) WHERE organisation = 'Räddningsförbundet Mellersta Skåne'")" = "1262=136523.50 SEK 1281=499344.00 SEK"
dropdb loader_fee_rule

# Two documents of a run at one URI: which should be current is not for the
# loader to guess.
{
	echo '<manifest xmlns="urn:skanecoop:manifest:1">'
	echo "<document file=\"$PWD/$docs/000_f7df068ed01b0cde.txt\" uri=\"urn:test:twice\"/>"
	echo "<document file=\"$PWD/$docs/001_d5acda14b373cfde.txt\" uri=\"urn:test:twice\"/>"
	echo '</manifest>'
} >"$scratch/twice.xml"
before=$(snapshot loader_seed)
check "a URI given to two documents of a run exits 1" exits_with 1 $load -d loader_seed --root "$PWD" "$scratch/twice.xml"
check "the error names the URI and both files" stderr_has "URI \"urn:test:twice\" is given to more than one document ($PWD/$docs/000_f7df068ed01b0cde.txt and $PWD/$docs/001_d5acda14b373cfde.txt)"
check "a run with a URI given twice writes nothing" test "$(snapshot loader_seed)" = "$before"
dropdb loader_json

# --- sightings ------------------------------------------------------------
# A run that finds documents unchanged moves their last sighting on to when
# it fetched them (the manifest's fetched-at, else the run's start) and logs
# it, one row a run and day; a run that saw them no later writes nothing.
fresh_db loader_sight
check "the five documents load for the sightings" exits_with 0 $load -d loader_sight $docs/manifest.xml
check "a new revision is first and last seen when fetched" test "$(q loader_sight "SELECT count(*) FROM skanecoop.document
	WHERE first_seen_at = fetched_at AND last_seen_at = fetched_at")" = 5
mkdir -p "$scratch/sight"
cp $docs/*.txt "$scratch/sight/"
sed 's/fetched-at="2026-11-28T00:00:00Z"/fetched-at="2026-11-30T02:00:00Z"/' $docs/manifest.xml >"$scratch/sight/later.xml"
sed 's/fetched-at="2026-11-28T00:00:00Z"/fetched-at="2999-01-01T00:00:00Z"/' $docs/manifest.xml >"$scratch/sight/future.xml"
check "a later fetch of the same documents loads" exits_with 0 $load -d loader_sight "$scratch/sight/later.xml"
check "it finds them unchanged and writes no rows" stdout_has "0 new, 0 changed, 5 unchanged, 0 failed; 0 rows written"
check "their last sighting moves on to the fetch time" test "$(q loader_sight "SELECT count(*) FROM skanecoop.document
	WHERE last_seen_at = '2026-11-30T02:00:00Z' AND first_seen_at = fetched_at")" = 5
check "the run logs one sighting of the five" test "$(q loader_sight "SELECT seen_on || ' ' || cardinality(document_ids)
	FROM skanecoop.sighting")" = "2026-11-30 5"
before=$(snapshot loader_sight)
check "the same fetch again loads" exits_with 0 $load -d loader_sight "$scratch/sight/later.xml"
check "the same fetch again moves nothing" test "$(snapshot loader_sight)" = "$before"
check "the same fetch again logs no sighting" test "$(q loader_sight "SELECT count(*) FROM skanecoop.sighting")" = 1
check "an earlier fetch moves nothing back" exits_with 0 $load -d loader_sight $docs/manifest.xml
check "the last sightings stay" test "$(snapshot loader_sight)" = "$before"
check "a dry run logs no sighting" exits_with 0 $load -n -d loader_sight $docs/000_f7df068ed01b0cde.txt
check "the dry run leaves the sightings" test "$(q loader_sight "SELECT count(*) FROM skanecoop.sighting")" = 1
# A document without a fetch time is seen when its run starts.
cp $docs/000_f7df068ed01b0cde.txt "$scratch/sight.txt"
check "a document without a fetch time loads" exits_with 0 $load -d loader_sight "$scratch/sight.txt"
check "found unchanged by a later run" exits_with 0 $load -d loader_sight "$scratch/sight.txt"
check "it is last seen at that run's start, which logged it" test "$(q loader_sight "SELECT count(*)
	FROM skanecoop.document AS d JOIN skanecoop.sighting AS s ON d.document_id = ANY (s.document_ids)
	WHERE d.uri LIKE 'file://%' AND d.first_seen_at = d.loaded_at AND d.last_seen_at = s.recorded_at
	  AND d.last_seen_at > d.first_seen_at")" = 1
# A fetch time after the run's start is not believed.
check "a fetch time in the future loads" exits_with 0 $load -d loader_sight "$scratch/sight/future.xml"
check "the documents are last seen no later than the run" test "$(q loader_sight "SELECT count(*) FROM skanecoop.document
	WHERE uri LIKE 'urn:%' AND last_seen_at <= now() AND last_seen_at > '2026-11-30T02:00:00Z'")" = 5
dropdb loader_sight

# --- a first load into a database vacuumed while empty ---------------------
# After a VACUUM of the empty tables the planner trusts that they hold no
# rows.  A plan of the sections' foreign-key check kept from the first
# batch reads the documents whole for every section, ever more of them as
# the run goes on: about 2.2 million rows read for these 400 pages (three
# batches), against some 440,000 when each check is planned for the size
# of the moment (a sequential scan only while the table is a few pages).
mkdir -p "$scratch/vacuumed"
awk -v dir="$scratch/vacuumed" -v pages=400 -f bench/gen-html.awk
fresh_db loader_vacuumed
psql -qX -d loader_vacuumed -c "VACUUM"
check "400 pages load into a database vacuumed while empty" \
	exits_with 0 $load -d loader_vacuumed -- "$scratch"/vacuumed/*.html
# the loader's backend reports its counts as it exits
for _ in $(seq 100); do
	[ "$(q loader_vacuumed "SELECT n_tup_ins FROM pg_stat_user_tables
		WHERE relid = 'skanecoop.document'::regclass")" = 400 ] && break
	sleep 0.1
done
rows_read=$(q loader_vacuumed "SELECT seq_tup_read FROM pg_stat_user_tables
	WHERE relid = 'skanecoop.document'::regclass")
echo "# $rows_read rows of skanecoop.document read by sequential scans"
check "the documents are not read whole for each section merged" test "$rows_read" -lt 1000000
dropdb loader_vacuumed
rm -rf "$scratch/vacuumed"

dropdb loader_seed

done_testing
