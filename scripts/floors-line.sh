#!/bin/sh
# floors-line.sh
#	Prints the line of test/extract/real/floors.tsv that holds a batch of
#	real pages at what the scorer measures on it now: each kind's precision
#	and recall, the share of validities right, and the absent lines broken,
#	each floor just below its figure (cut to two decimals; a figure of 1,
#	which a kind with nothing found or expected has, held at 0.99).
#
#	scripts/floors-line.sh 'PAGES' OPTIONS LABEL
#		PAGES    the pages, a shell pattern, quoted ('test/extract/real/test/t53_*.txt')
#		OPTIONS  score's options as floors.tsv writes them ("-q -g
#		         test/extract/real/INDEX.tsv", "-p -q", or "-")
#		LABEL    what the run measures
#
#	A new batch gets its lines from this once it has been scored with the
#	stop's last rule; a floor is never raised or lowered by hand to let a
#	change through (test/extract/real/README.md, "Scoring").
#
#	Run from the top of the project, after make test/extract/score.
set -eu

score=test/extract/score
# the day the Makefile's runs of floors.tsv read undated pages as of
read_on=$(sed -n 's/^REAL_PAGES_READ_ON[[:space:]]*=[[:space:]]*//p' Makefile)

[ $# -eq 3 ] || { echo "usage: scripts/floors-line.sh 'PAGES' OPTIONS LABEL" >&2; exit 2; }
pages=$1 options=$2 label=$3
[ -x "$score" ] || { echo "floors-line.sh: build $score first" >&2; exit 1; }
[ -n "$read_on" ] || { echo "floors-line.sh: no REAL_PAGES_READ_ON in Makefile" >&2; exit 1; }
opts=$options
[ "$opts" = - ] && opts=

# Word splitting of $opts and globbing of $pages are what is wanted here:
# floors.tsv's runs are read the same way by the Makefile.
# shellcheck disable=SC2086
set -- $pages
[ -e "${1-}" ] || { echo "floors-line.sh: no page matches $pages" >&2; exit 1; }

# -a with the most the scorer allows, so that the run reports how many
# absent lines it broke rather than failing on them; the figures are read
# off the TAP lines whether each passed or not, each precision and recall
# from its counts (the printed figure is rounded to three decimals, and a
# floor cut from 0.810 for 17 right of 21 would sit above 0.8095).  The
# scorer's own errors go to stderr; a page without its expected facts
# gets no line.  The values reach awk through its environment, where no
# backslash in a label is read as an escape.
# shellcheck disable=SC2086
"$score" $opts -r "$read_on" -a 4096 "$@" </dev/null |
	PAGES=$pages OPTIONS=$options LABEL=$label awk '
		function cut2(x) {
			if (x >= 1) return "0.99"
			x = int(x * 100 + 1e-9) / 100
			return (x == 0) ? "0" : sprintf("%.2f", x) + 0
		}
		function ratio(part, whole) {
			return (whole == 0) ? 1 : part / whole
		}
		# "ok 3 - membership: precision 1.000 >= 0.95, recall 0.059 >= 0.90
		# (7 found, 118 expected, 7 right)", read alike when it begins "not ok"
		{ sub(/^not ok /, "ok ") }
		$1 == "ok" && $3 == "-" && $4 ~ /^[a-z_]+:$/ && $5 == "precision" && $18 == "right)" {
			kind = $4; sub(/:$/, "", kind)
			found = substr($13, 2) + 0; expected = $15 + 0; right = $17 + 0
			floor[kind] = cut2(ratio(right, found)) "," cut2(ratio(right, expected))
			order[++kinds] = kind
		}
		$1 == "ok" && / - every document has its expected facts/ { incomplete = 1 }
		/ - membership validities: / {
			for (i = 1; i <= NF; i++)
				if ($i == "of") { right = $(i - 1); all = $(i + 1) }
			validity = cut2(ratio(right, all))
		}
		/ - no ruled-out fact found / { broken = 0 }
		/ ruled-out facts found \(/ {
			for (i = 1; i <= NF; i++)
				if ($i == "of") { broken = $(i - 1); break }
		}
		END {
			if (incomplete) {
				print "floors-line.sh: a page lacks its expected facts" > "/dev/stderr"
				exit 1
			}
			if (kinds == 0 || validity == "" || broken == "") {
				print "floors-line.sh: the scorer printed no figures" > "/dev/stderr"
				exit 1
			}
			floors = ""
			for (i = 1; i <= kinds; i++)
				floors = floors (i > 1 ? " " : "") order[i] "=" floor[order[i]]
			printf "%s\t%s\t%s\t%s\t%s\t%s\n", ENVIRON["PAGES"], ENVIRON["OPTIONS"],
				validity, broken, floors, ENVIRON["LABEL"]
		}'
