#!/bin/sh
# first-read.sh
#	Records how the member rules did on a batch of real dev pages the first
#	time they read it, before any rule was changed for it, and pools those
#	records: a rule may be read by default only where its memberships were
#	right on pages no one had tuned it on (loader/extract/patterns.tsv,
#	"default" lines).
#
#	scripts/first-read.sh record PREFIX
#		scores every page test/extract/real/dev/PREFIX*.txt by default and
#		with the pattern stage, and writes
#		test/extract/real/first-read/PREFIX.tsv: a line for each page and
#		membership rule that found anything there (stage, rule, page,
#		found, right), after a header naming the commit the rules were at.
#		It refuses to overwrite a record: a batch is read first once.
#
#	scripts/first-read.sh pool
#		prints each stage's and rule's memberships pooled over every
#		record: pages, found, right and precision.
#
#	Run from the top of the project, after make test/extract/score.
set -eu

real=test/extract/real
records=$real/first-read
score=test/extract/score

usage() {
	echo "usage: scripts/first-read.sh record PREFIX | pool" >&2
	exit 2
}

# The memberships each rule found on one page and how many were right, as
# "STAGE<TAB>rule<TAB>PAGE<TAB>found<TAB>right" lines, from the scorer's
# rule lines.
rules_of_page() {
	row_stage=$1 row_page=$2
	shift 2
	"$score" -r 2026-12-04 -g "$real/INDEX.tsv" "$@" 2>&1 |
		awk -v stage="$row_stage" -v page="$row_page" '
			/^# membership rule / && / found, / {
				rule = $4; sub(/:$/, "", rule)
				found = $7; sub(/^\(/, "", found)
				right = $9
				printf "%s\t%s\t%s\t%s\t%s\n", stage, rule, page, found, right
			}'
}

record() {
	prefix=$1
	out=$records/$prefix.tsv
	[ -x "$score" ] || { echo "first-read.sh: build $score first" >&2; exit 1; }
	[ ! -e "$out" ] || { echo "first-read.sh: $out exists: a batch is read first once" >&2; exit 1; }
	set -- "$real"/dev/"$prefix"*.txt
	[ -e "$1" ] || { echo "first-read.sh: no page $real/dev/$prefix*.txt" >&2; exit 1; }
	mkdir -p "$records"
	tmp=$out.tmp
	{
		# what the rules read from: the extractor, the core and its data
		printf '# first read of dev/%s* (%d pages) at %s\n' "$prefix" $# \
			"$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- loader core data/reference ||
				echo ' with changes')"
		printf 'stage\trule\tpage\tfound\tright\n'
		for page in "$@"; do
			name=$(basename "$page" .txt)
			rules_of_page default "$name" "$page"
			rules_of_page pattern "$name" -p "$page"
		done
	} > "$tmp"
	mv "$tmp" "$out"
	echo "first-read.sh: wrote $out"
}

pool() {
	set -- "$records"/*.tsv
	[ -e "$1" ] || { echo "first-read.sh: no record in $records" >&2; exit 1; }
	awk -F'\t' '
		FNR <= 2 { next }
		{
			key = $1 "\t" $2
			if (!((key, $3) in seen)) { seen[key, $3] = 1; pages[key]++ }
			found[key] += $4; right[key] += $5
		}
		END {
			for (key in found)
				printf "%s\t%d\t%d\t%d\t%.3f\n", key, pages[key], found[key], right[key],
					found[key] ? right[key] / found[key] : 1
		}' "$@" | sort -t "$(printf '\t')" -k1,1 -k2,2 | {
		printf 'stage\trule\tpages\tfound\tright\tprecision\n'
		cat
	}
}

[ $# -ge 1 ] || usage
case $1 in
	record) [ $# -eq 2 ] || usage; record "$2" ;;
	pool) [ $# -eq 1 ] || usage; pool ;;
	*) usage ;;
esac
