#!/bin/bash
# linearity.sh -- whether the loader's extraction stays linear on
# pathological pages.
#
# For each shape of bench/gen-pathological.awk (a sentence of thousands of
# counts, capitalised words or twin towns, a page of one line, thousands
# of list items or headings, deeply nested HTML lists, ...), writes the
# page at n and at 2n units and runs `skanecoop-load --extract-only` on
# each, by default, with --pattern-stage and with --learned-stage, in
# interleaved rounds.  It
# prints the median CPU time at n and at 2n (less that of the same shape at
# one unit, the loader's start), their ratio, and the ratio of the
# output's bytes at 2n and at n.  Linear work doubles: a ratio near 2.
# Work with the square of the page's size gives 4; the run fails if a time
# ratio exceeds LINEAR_MAX_RATIO (3 by default: a loose bound, for a shared
# machine's noise; not judged where the page at 2n takes under a tenth of
# a second, where work with the square of the size would take seconds) or
# an output ratio exceeds 2.2 (output is counted, not timed, so its bound
# is tight).
#
#   bench/linearity.sh   (LINEAR_RUNS=5 LINEAR_SCALE=1 LINEAR_MAX_RATIO=3
#                         LINEAR_KINDS="counts words ...")
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${LINEAR_RUNS:-5}
scale=${LINEAR_SCALE:-1}
max_ratio=${LINEAR_MAX_RATIO:-3}
load=$PWD/loader/skanecoop-load
work=$(mktemp -d "${TMPDIR:-/tmp}/skanecoop-linearity.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Each shape with its n: enough units for a run of a few tenths of a
# second, so that the time of the loader's start does not hide the rest.
shapes="counts:16000 orgcounts:8000 members:64000 oneline:8000 lines:8000 sentence:16000
bullets:256000 triggers:16000 headings:8000 fees:32000 twins:8000 twinlines:16000
dates:16000 orgs:8000 areas:256000 words:4000 longword:4096000 digits:4096000
colons:16000 brackets:16000 slashes:32000 elisions:16000 table:8000 html_list:256000
html_nest:64000 coordinated:16000 glued:16000"
if [ -n "${LINEAR_KINDS:-}" ]; then
	shapes=$(for s in $shapes; do
		for k in $LINEAR_KINDS; do
			if [ "${s%%:*}" = "$k" ]; then echo "$s"; fi
		done
	done)
fi

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Runs the loader on a page; prints its CPU seconds, and leaves its output's
# bytes in $work/bytes.
cpu_of() {
	/usr/bin/time -f "%U %S" -o "$work/time" "$load" -q -x "$@" >"$work/out" 2>/dev/null ||
		{ echo "linearity.sh: skanecoop-load -x $* failed" >&2; return 1; }
	stat -c %s "$work/out" >"$work/bytes"
	awk '{ print $1 + $2 }' "$work/time"
}

failed=0
printf "Medians of %d rounds; CPU seconds less the loader's start (one unit of the shape)\n" "$runs"
printf "%-10s %-8s %8s %9s %8s %8s %7s %12s %12s %7s\n" \
	shape stage n bytes "s at n" "s at 2n" ratio "out at n" "out at 2n" ratio
for s in $shapes; do
	kind=${s%%:*}
	n=$(awk -v n="${s#*:}" -v f="$scale" 'BEGIN { printf "%d", n * f }')
	ext=txt
	case $kind in html_* | table) ext=html ;; esac
	for m in 1 "$n" $((2 * n)); do
		LC_ALL=C.UTF-8 awk -v kind="$kind" -v n="$m" -f bench/gen-pathological.awk >"$work/$m.$ext"
	done
	for stage in default pattern learned; do
		opts=()
		[ $stage = pattern ] && opts=(--pattern-stage)
		[ $stage = learned ] && opts=(--learned-stage)
		: >"$work/t0" >"$work/t1" >"$work/t2"
		for r in $(seq 1 "$runs"); do
			cpu_of "${opts[@]}" "$work/1.$ext" >>"$work/t0"
			cpu_of "${opts[@]}" "$work/$n.$ext" >>"$work/t1"
			b1=$(cat "$work/bytes")
			cpu_of "${opts[@]}" "$work/$((2 * n)).$ext" >>"$work/t2"
			b2=$(cat "$work/bytes")
		done
		t0=$(median <"$work/t0")
		t1=$(median <"$work/t1")
		t2=$(median <"$work/t2")
		if ! awk -v kind="$kind" -v stage="$stage" -v n="$n" -v size="$(stat -c %s "$work/$n.$ext")" \
			-v t0="$t0" -v t1="$t1" -v t2="$t2" -v b1="$b1" -v b2="$b2" -v max="$max_ratio" 'BEGIN {
			a = t1 - t0; b = t2 - t0
			if (a < 0.01) a = 0.01	# below the clock'"'"'s resolution
			if (b < 0.01) b = 0.01
			r = b / a; o = b2 / b1
			# under a tenth of a second at 2n, the clock judges nothing
			short = b < 0.1
			bad = ((!short && r > max) || o > 2.2)
			printf "%-10s %-8s %8d %9d %8.2f %8.2f %7.2f %12d %12d %7.2f%s\n",
				kind, stage, n, size, a, b, r, b1, b2, o,
				bad ? "  <- super-linear" : short ? "  (too short to judge the time)" : ""
			exit bad
		}'; then
			failed=1
		fi
	done
done
if [ $failed -ne 0 ]; then
	echo "linearity.sh: a shape's work grew faster than its page (ratio above $max_ratio, or output above 2.2)" >&2
	exit 1
fi
