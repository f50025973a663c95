#!/bin/bash
# loader.sh -- end-to-end throughput and memory of skanecoop-load.
#
# Generates a corpus of municipal-style HTML pages (30-80 KB each, with page
# furniture) and writes the same pages into a web archive, one gzip member
# a record, as crawlers do (bench/make-warc.py); then, in each round,
# times
#   - xmllint --html --noout over the files: bare parsing, the baseline;
#   - a first load of the files into a fresh database (parse, store);
#   - an unchanged re-run over the loaded files;
#   - the same first load into a database vacuumed while still empty (as
#     a maintenance vacuumdb before the first nightly load leaves it),
#     whose tables the planner then trusts to be empty;
#   - a first load of the archive into a fresh database;
#   - the loader alone (--extract-only, no database) on the files and on
#     the archive, which tells its own cost from the server's;
# and records the loader's peak memory (maximum resident set size) on the
# files and on the archive, also on one very large page and on a page of
# nothing but membership sentences (bench/gen-dense.awk), whose facts, not
# its size, would make memory grow.  The rounds interleave the baseline
# with what is compared with it, and the medians are printed, with the
# ratios the targets are stated in.  A throwaway cluster is used and
# removed.  Before each timing the server is left with nothing to do (a
# vacuum and a checkpoint of what the load before wrote, untimed), so that
# its background work after one load is not charged to the next command,
# least of all to the loader without a database or to bare parsing.
# For the loads into the database, the CPU time of the loader and of the
# server (the session's backend, as the postmaster accounts for its ended
# children) is printed too: with both on the same cores, their sum is
# what bounds the run's time.
#
#   bench/loader.sh                 (LOADER_PAGES=10000 LOADER_RUNS=3 BIG_MB=200 DENSE_MB=16)
set -euo pipefail

cd "$(dirname "$0")/.."
pages=${LOADER_PAGES:-10000}
runs=${LOADER_RUNS:-3}
big_mb=${BIG_MB:-200}
dense_mb=${DENSE_MB:-16}
load=$PWD/loader/skanecoop-load
work=$(mktemp -d "${TMPDIR:-/tmp}/skanecoop-bench.XXXXXX")
chmod 755 "$work"
trap 'scripts/cluster.sh stop "$work/cluster"; rm -rf "$work"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Runs a command; prints "seconds peak_kb cpu_seconds".
measure() {
	/usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" ||
		{ cat "$work/stderr" >&2; return 1; }
	awk '{ print $1, $2, $3 + $4 }' "$work/time"
}
# CPU seconds of the server's ended processes (fields cutime and cstime of
# the postmaster): the backend of a session once it has ended.
clock_ticks=$(getconf CLK_TCK)
server_cpu() {
	awk -v hz="$clock_ticks" '{ printf "%.2f\n", ($16 + $17) / hz }' \
		"/proc/$(head -1 "$work/cluster/data/postmaster.pid")/stat"
}
# Runs a load; prints "seconds peak_kb cpu_seconds server_cpu_seconds".
measure_load() {
	local before after

	before=$(server_cpu)
	measure "$@" >"$work/load_time"
	sleep 1	# for the postmaster to reap the session's backend
	after=$(server_cpu)
	awk -v b="$before" -v a="$after" '{ print $1, $2, $3, a - b }' "$work/load_time"
}

echo "Generating $pages pages ..."
mkdir -p "$work/pages"
awk -v dir="$work/pages" -v pages="$pages" -f bench/gen-html.awk
bytes=$(du -sb "$work/pages" | cut -f1)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "Corpus: $pages pages, $mb MB (every fifth with a section on cooperation)"

port=$(scripts/cluster.sh start "$work/cluster")
export $(scripts/cluster.sh env "$work/cluster") PGDATABASE=postgres

echo "Writing the pages into a web archive (one gzip member a record) ..."
bench/make-warc.py "$work/pages.warc.gz" "$work"/pages/*.html
warc_mb=$(awk -v b="$(stat -c %s "$work/pages.warc.gz")" 'BEGIN { printf "%.1f", b / 1048576 }')

# Leaves the server idle: what autovacuum and the checkpointer would do
# after a load is done now, outside the timings.
settle() {
	psql -qX -d bench -c "VACUUM (ANALYZE)" -c "CHECKPOINT"
}

# A fresh database is left unvacuumed, as a new one is; with the argument
# "vacuumed", it is vacuumed while still empty, after which the planner
# trusts its tables' count of no rows.
fresh_bench_db() {
	dropdb --if-exists bench 2>/dev/null
	createdb bench
	psql -qX -d bench -c "CREATE EXTENSION skanecoop"
	if [ "${1:-}" = vacuumed ]; then
		psql -qX -d bench -c "VACUUM"
	fi
	psql -qX -d bench -c "CHECKPOINT"
}

: >"$work/xmllint" >"$work/first" >"$work/again" >"$work/memory" >"$work/warc" >"$work/warc_memory"
: >"$work/alone" >"$work/warc_alone" >"$work/vacuumed"
: >"$work/cpu" >"$work/server_cpu" >"$work/warc_cpu" >"$work/warc_server_cpu"
for r in $(seq 1 "$runs"); do
	echo "Round $r of $runs ..."
	(cd "$work/pages" && measure xmllint --html --noout --nonet *.html) | cut -d' ' -f1 >>"$work/xmllint"
	fresh_bench_db
	(cd "$work/pages" && measure_load "$load" -q -d bench -- *.html) >"$work/run"
	cut -d' ' -f1 "$work/run" >>"$work/first"
	cut -d' ' -f2 "$work/run" >>"$work/memory"
	cut -d' ' -f3 "$work/run" >>"$work/cpu"
	cut -d' ' -f4 "$work/run" >>"$work/server_cpu"
	facts=$(psql -qXAt -d bench -c "SELECT count(*) FROM skanecoop.fact")
	settle
	(cd "$work/pages" && measure "$load" -q -d bench -- *.html) | cut -d' ' -f1 >>"$work/again"
	fresh_bench_db vacuumed
	(cd "$work/pages" && measure "$load" -q -d bench -- *.html) | cut -d' ' -f1 >>"$work/vacuumed"
	vacuumed_facts=$(psql -qXAt -d bench -c "SELECT count(*) FROM skanecoop.fact")
	fresh_bench_db
	measure_load "$load" -q -d bench "$work/pages.warc.gz" >"$work/run"
	cut -d' ' -f1 "$work/run" >>"$work/warc"
	cut -d' ' -f2 "$work/run" >>"$work/warc_memory"
	cut -d' ' -f3 "$work/run" >>"$work/warc_cpu"
	cut -d' ' -f4 "$work/run" >>"$work/warc_server_cpu"
	warc_facts=$(psql -qXAt -d bench -c "SELECT count(*) FROM skanecoop.fact")
	settle
	(cd "$work/pages" && measure "$load" -q -x -- *.html) | cut -d' ' -f1 >>"$work/alone"
	measure "$load" -q -x "$work/pages.warc.gz" | cut -d' ' -f1 >>"$work/warc_alone"
done
if [ "$vacuumed_facts" != "$facts" ]; then
	echo "loader.sh: the database vacuumed while empty got $vacuumed_facts facts, a new one $facts" >&2
	exit 1
fi
if [ "$warc_facts" != "$facts" ]; then
	echo "loader.sh: the archive gave $warc_facts facts, the files $facts" >&2
	exit 1
fi
warc_s=$(median <"$work/warc")
warc_peak_kb=$(median <"$work/warc_memory")
alone_s=$(median <"$work/alone")
warc_alone_s=$(median <"$work/warc_alone")
cpu_s=$(median <"$work/cpu")
server_cpu_s=$(median <"$work/server_cpu")
warc_cpu_s=$(median <"$work/warc_cpu")
warc_server_cpu_s=$(median <"$work/warc_server_cpu")

echo "Generating one page of about $big_mb MB ..."
awk -v dir="$work" -v pages=0 -v big="$big_mb" -f bench/gen-html.awk
big_bytes=$(stat -c %s "$work/big.html")
big_peak=$(measure "$load" -q -d bench "$work/big.html" | cut -d' ' -f2)

echo "Generating one page of $dense_mb MB of membership sentences ..."
LC_ALL=C.UTF-8 awk -v mb="$dense_mb" -f bench/gen-dense.awk >"$work/dense.txt"
dense_bytes=$(stat -c %s "$work/dense.txt")
read -r dense_s dense_peak _ < <(measure "$load" -q -d bench "$work/dense.txt")
dense_facts=$(psql -qXAt -d bench -c "SELECT count(*) FROM skanecoop.fact f
	JOIN skanecoop.document d USING (document_id) WHERE d.uri LIKE '%/dense.txt'")

xmllint_s=$(median <"$work/xmllint")
first_s=$(median <"$work/first")
again_s=$(median <"$work/again")
vacuumed_s=$(median <"$work/vacuumed")
peak_kb=$(median <"$work/memory")
awk -v n="$pages" -v mb="$mb" -v x="$xmllint_s" -v f="$first_s" -v a="$again_s" -v v="$vacuumed_s" \
	-v peak="$peak_kb" -v bb="$big_bytes" -v bp="$big_peak" -v runs="$runs" -v facts="$facts" \
	-v w="$warc_s" -v wmb="$warc_mb" -v wpeak="$warc_peak_kb" -v fx="$alone_s" -v wx="$warc_alone_s" \
	-v db="$dense_bytes" -v dp="$dense_peak" -v ds="$dense_s" -v df="$dense_facts" \
	-v lc="$cpu_s" -v sc="$server_cpu_s" -v wlc="$warc_cpu_s" -v wsc="$warc_server_cpu_s" \
	-v cores="$(nproc)" 'BEGIN {
	printf "\nMedians of %d rounds (each first run stores %d facts):\n", runs, facts
	printf "  xmllint --html --noout     %7.2f s  %7.1f MB/s  %7.0f documents/s\n", x, mb / x, n / x
	printf "  skanecoop-load, files      %7.2f s  %7.1f MB/s  %7.0f documents/s\n", f, mb / f, n / f
	printf "  skanecoop-load, again      %7.2f s  (unchanged re-run)\n", a
	printf "  skanecoop-load, vacuumed   %7.2f s  (first load, the database vacuumed while empty)\n", v
	printf "  skanecoop-load, WARC       %7.2f s  %7.1f MB/s  %7.0f documents/s  (the pages as one %.1f MB .warc.gz)\n", w, mb / w, n / w, wmb
	printf "  loader alone, files        %7.2f s  (--extract-only: no database)\n", fx
	printf "  loader alone, WARC         %7.2f s  (--extract-only: no database)\n", wx
	printf "  files, loader alone / bare parsing:    %.2f (target >= 1)\n", x / fx
	printf "  WARC, loader alone / bare parsing:     %.2f (target >= 1)\n", x / wx
	printf "  files end to end / bare parsing speed: %.2f (the server storing on the same cores)\n", x / f
	printf "  WARC end to end / bare parsing speed:  %.2f (the server storing on the same cores)\n", x / w
	printf "  WARC / files, end to end:              %.2f (the cost of reading the archive)\n", w / f
	printf "  CPU of a first load, files:            loader %.2f s + server %.2f s (%d cores)\n", lc, sc, cores
	printf "  CPU of a first load, WARC:             loader %.2f s + server %.2f s\n", wlc, wsc
	printf "  unchanged re-run / first run:          %.3f (target < 0.1)\n", a / f
	printf "  first load, vacuumed while empty / new: %.2f (target <= 1.5)\n", v / f
	printf "  peak memory, files:                    %.1f MB (target < 64)\n", peak / 1024
	printf "  peak memory, WARC:                     %.1f MB (target < 64)\n", wpeak / 1024
	printf "  peak memory, one %.0f MB page:         %.1f MB (target < 64)\n", bb / 1048576, bp / 1024
	printf "  peak memory, %.0f MB of membership sentences (%d facts, %.1f s): %.1f MB (target < 64)\n",
		db / 1048576, df, ds, dp / 1024
}'
