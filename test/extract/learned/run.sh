#!/bin/bash
# run.sh -- checks the learned stage's model and its tools: "run.sh SCORE"
#   - the model (loader/extract/learned.tsv) was trained on the candidates
#     SCORE -c gives today on the dev pages: the digest it records is theirs,
#     less their weights, so that a change to the features or to the dev
#     set cannot leave a model weighing what it was not trained on
#     (`make learned-model` trains it again);
#   - SCORE -c prints candidate lines of six fields, labels 0 or 1, and
#     refuses -q, with which frozen test pages are scored;
#   - scripts/learned-c.awk writes the features in strcmp order and refuses
#     a model with no threshold, features repeated, a weight that is no
#     number, a line of one field.
# Prints TAP.
set -uo pipefail

score=$(realpath "$1")
cd "$(dirname "$0")/../../.."
. test/tap.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/learned-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$score" -c -r 2026-12-04 test/extract/real/dev/*.txt >"$work/candidates"
status=$?
recorded=$(sed -n 's/^# candidates sha256 \([0-9a-f]*\)$/\1/p' loader/extract/learned.tsv)
today=$(cut -f1-4,6 "$work/candidates" | sha256sum | cut -d' ' -f1)

same_digest() {
	[ -n "$recorded" ] && [ "$recorded" = "$today" ]
}

well_formed_candidates() {
	awk -F'\t' 'NF != 6 || ($2 != 0 && $2 != 1) { bad = 1 } END { exit bad || NR == 0 }' \
		"$work/candidates"
}

# refuses ARG...: score exits 2 with its message on stderr.
refuses() {
	local status
	"$score" "$@" >"$work/out" 2>"$work/err"
	status=$?
	[ "$status" -eq 2 ] && grep -q '^score: -c prints the' "$work/err" && [ ! -s "$work/out" ]
}

# generate MODEL_TEXT: runs the generator on the model, as the Makefile does.
generate() {
	printf '%b' "$1" >"$work/model.tsv"
	scripts/learned-c.sh "$work/model.tsv" >"$work/model.c" 2>"$work/model.err"
}

refused() {
	! generate "$1" && [ -s "$work/model.err" ]
}

# The generator alone, on features the Makefile would have sorted.
unsorted_refused() {
	printf 'threshold\t0.9\nb=1\t1\na=1\t1\n' |
		LC_ALL=C awk -f scripts/c-table.awk -f scripts/learned-c.awk >/dev/null 2>"$work/model.err"
	[ $? -ne 0 ] && grep -q 'out of order' "$work/model.err"
}

in_order() {
	local a b
	a=$(grep -n '"Z=1"' "$work/model.c" | cut -d: -f1)
	b=$(grep -n '"a=1"' "$work/model.c" | cut -d: -f1)
	[ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] &&
		grep -q '^const size_t ex_learned_nweights = 2;$' "$work/model.c" &&
		grep -q '^const double ex_learned_threshold = 0.9;$' "$work/model.c"
}

check "score -c reads every dev page" [ "$status" -eq 0 ]
check "the model was trained on today's candidates (else: make learned-model)" same_digest
check "candidate lines have six fields and a label of 0 or 1" well_formed_candidates
check "score -c refuses -q, with which frozen pages are scored" \
	refuses -c test/extract/real/dev/d23_001_*.txt -q
check "score -c refuses a frozen test page" refuses -c test/extract/real/test/t9_001_*.txt
check "a well-formed model is generated" generate '# a comment\nthreshold\t0.9\na=1\t-0.5\nZ=1\t1.25e-3\n'
check "its features in strcmp order, with their count and threshold" in_order
check "a model with no threshold is refused" refused 'a=1\t1\n'
check "features out of order are refused" unsorted_refused
check "a feature given twice is refused" refused 'threshold\t0.9\na=1\t1\na=1\t2\n'
check "a weight that is no number is refused" refused 'threshold\t0.9\na=1\tlots\n'
check "a line of one field is refused" refused 'threshold\t0.9\na=1\n'
done_testing
