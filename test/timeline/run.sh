#!/bin/bash
# run.sh -- the membership timelines as a browser shows them: every
# organisation's SVG from the bundled documents, and one of a test body
# with every kind of bound, parsed and drawn by headless Chromium (Debian's
# chromium, which scripts/deps.sh installs).
#
#   test/timeline/run.sh SCRATCH_DIR
#
# Runs against the cluster in PGHOST/PGPORT/PGUSER; prints TAP lines.
# page.html parses each SVG with the browser's XML parser (DOMParser), puts
# it in the page and counts what it draws; --dump-dom prints the page after
# its script ran.  A screenshot of Greater Copenhagen's 89 rows is checked
# for its size.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1/timeline
db=timeline_render
today=2026-11-01
mkdir -p "$scratch"

. test/tap.sh

q() { psql -qXAt -v ON_ERROR_STOP=1 -d "$db" "$@"; }

browser=$(command -v chromium || true)
check "chromium is installed (scripts/deps.sh installs it)" test -n "$browser"
if [ -z "$browser" ]; then
	done_testing
	exit
fi

# Headless, as root too (no sandbox then), with a profile of its own.
chromium_run() {
	"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--user-data-dir="$scratch/profile" --enable-logging=stderr --v=0 "$@"
}

dropdb --if-exists "$db" 2>/dev/null
createdb "$db"
q -c "CREATE EXTENSION skanecoop"
loader/skanecoop-load -q -d "$db" data/documents/manifest.xml data/reference/populations.csv

# A body with one member for each kind of bound, unknown ones included.
q <<'EOF'
INSERT INTO skanecoop.organisation (name) VALUES ('Ritförbundet');
INSERT INTO skanecoop.organisation_name (name, organisation_id, variant)
SELECT name, organisation_id, 'name' FROM skanecoop.organisation WHERE name = 'Ritförbundet';
-- read in 2020 and not since: what it states is known to hold until then
INSERT INTO skanecoop.document (uri, title, format, sha256, fetched_at, loaded_at, updated_on, content)
VALUES ('urn:test:render', 'Rit', 'text', sha256('render'), '2020-06-30T00:00:00Z', now(), '2020-06-30', 'Rit');
INSERT INTO skanecoop.fact (document_id, kind, organisation_id, organisation_name, member, valid,
							byte_start, byte_end, quote, rule)
SELECT d.document_id, 'membership', o.organisation_id, o.name, m.member,
	   m.valid::skanecoop.validity, 0, 3, m.quote, 'test'
FROM skanecoop.document AS d, skanecoop.organisation AS o,
	 (VALUES ('1260', '2002-03-01/2006-09-30', 'Bjuv & "citat" <exakt>'),
			 ('1276', '2003/..', 'Klippan sedan 2003'),
			 ('1275', '1985/', 'Perstorp från 1985, slut okänt'),
			 ('1214', '/2009', 'Svalöv till 2009, början okänd'),
			 ('1277', '../2004-12-31', 'Åstorp till 2004')) AS m(member, valid, quote)
WHERE d.uri = 'urn:test:render' AND o.name = 'Ritförbundet';
EOF

# page.html: the SVG of every organisation as text, and a script that
# parses, places and counts each.
{
	cat <<'EOF'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>timelines</title></head><body>
<pre id="result">not run</pre>
EOF
	while IFS= read -r organisation; do
		printf '<script type="text/plain" class="svg" data-name="%s">' "$organisation"
		echo "SELECT skanecoop.membership_timeline_svg(:'org', today => :'today')" |
			q -v org="$organisation" -v today="$today" |
			tee "$scratch/$(echo "$organisation" | tr -c 'A-Za-z0-9\n' '_').svg"
		printf '</script>\n'
	done < <(q -c "SELECT name FROM skanecoop.organisation AS o
		WHERE EXISTS (SELECT FROM skanecoop.membership AS m WHERE m.organisation_id = o.organisation_id)
		ORDER BY name COLLATE \"C\"")
	cat <<'EOF'
<script>
var errors = [];
window.onerror = function (message) { errors.push(message); };
var lines = [];
document.querySelectorAll('script.svg').forEach(function (source) {
	var doc = new DOMParser().parseFromString(source.textContent, 'image/svg+xml');
	var parsed = doc.getElementsByTagName('parsererror').length === 0 &&
		doc.documentElement.localName === 'svg';
	var svg = document.importNode(doc.documentElement, true);
	document.body.appendChild(svg);
	var count = function (selector) { return svg.querySelectorAll(selector).length; };
	var box = parsed ? svg.getBBox() : { width: 0, height: 0 };
	lines.push(source.dataset.name + ': parsed=' + parsed +
		' drawn=' + (box.width > 0 && box.height > 0) +
		' members=' + count('g.member') + ' groups=' + count('g.group') +
		' legend=' + count('g.legend') + ' today=' + count('g.today') +
		' open_ends=' + count('polygon.open-end') + ' unknown=' + count('rect.unknown'));
});
document.getElementById('result').textContent = lines.join('\n') + '\nerrors=' + errors.length;
</script>
</body></html>
EOF
} >"$scratch/page.html"

chromium_run --virtual-time-budget=10000 --dump-dom "file://$scratch/page.html" \
	>"$scratch/dom.html" 2>"$scratch/chromium.log"
sed -n '/<pre id="result">/,/<\/pre>/p' "$scratch/dom.html" | sed 's/<[^>]*>//g' >"$scratch/result"
sed 's/^/# /' "$scratch/result"

# A result line's value of KEY for ORGANISATION.
value() { sed -n "s/^$1: .*\\b$2=\\([^ ]*\\).*/\\1/p" "$scratch/result"; }

no_script_errors() {
	grep -qx 'errors=0' "$scratch/result" && ! grep -q 'Uncaught' "$scratch/chromium.log" && return 0
	grep 'Uncaught' "$scratch/chromium.log" | sed 's/^/# /'
	return 1
}

every_one() {
	local key=$1 want=$2 lines
	lines=$(grep -c ': parsed=' "$scratch/result")
	[ "$lines" -ge 7 ] && [ "$(grep -c " $key=$want\\b" "$scratch/result")" -eq "$lines" ]
}

check "the page's script ran without errors" no_script_errors
check "every organisation's SVG parses as XML in the browser" every_one parsed true
check "and draws" every_one drawn true
check "every one has a legend" every_one legend 1
check "each has a row for every member" test "$(q -c "SELECT string_agg(n::text, ',' ORDER BY o.name COLLATE \"C\")
	FROM skanecoop.organisation AS o
	CROSS JOIN LATERAL (SELECT count(*) AS n FROM skanecoop.membership AS m
						WHERE m.organisation_id = o.organisation_id) AS c WHERE n > 0")" = \
	"$(sed -n 's/.* members=\([0-9]*\).*/\1/p' "$scratch/result" | paste -sd,)"
check "Greater Copenhagen's 89 members are grouped by region" \
	test "$(value 'Greater Copenhagen' members)/$(value 'Greater Copenhagen' groups)" = 89/4
check "Familjen Helsingborg's 11 are not grouped" test "$(value 'Familjen Helsingborg' groups)" = 0
check "today's line is drawn where the axis shows today" \
	test "$(value 'Greater Copenhagen' today)/$(value 'Ritförbundet' today)" = 1/0
check "memberships that may still hold end in an arrow: all 89 of Greater Copenhagen's" \
	test "$(value 'Greater Copenhagen' open_ends)" = 89
check "the test body's unknown start and end are drawn as unknown, its open end and its since-always start as arrows" \
	test "$(value 'Ritförbundet' unknown)/$(value 'Ritförbundet' open_ends)" = 2/2
check "Greater Copenhagen's year labels are repeated above the rows" \
	test "$(grep -o '>2020</text>' "$scratch/Greater_Copenhagen.svg" | wc -l)" = 2

# A screenshot the size of the picture, with something on it.
size=$(sed -n 's/^<svg [^>]* width="\([0-9]*\)" height="\([0-9]*\)".*/\1,\2/p' "$scratch/Greater_Copenhagen.svg")
chromium_run --window-size="$size" --screenshot="$scratch/greater-copenhagen.png" \
	"file://$scratch/Greater_Copenhagen.svg" >/dev/null 2>>"$scratch/chromium.log"
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "," $5*16777216+$6*65536+$7*256+$8 }'; }
check "a screenshot of Greater Copenhagen's timeline is the picture's size ($size)" \
	test -s "$scratch/greater-copenhagen.png" -a "$(png_size "$scratch/greater-copenhagen.png")" = "$size"
check "and is not blank (over 40 kB of PNG)" test "$(stat -c %s "$scratch/greater-copenhagen.png")" -gt 40000

dropdb "$db"

done_testing
