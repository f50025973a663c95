#!/bin/bash
# run.sh -- runs the fuzz targets of test/fuzz/ (see fuzz.mk).
#
#   test/fuzz/run.sh replay TARGET...
#		replays the seed corpus and the regression inputs of each target
#		through its plain program test/fuzz/replay_TARGET; TAP lines
#   test/fuzz/run.sh fuzz SECONDS TARGET...
#		runs each libFuzzer program test/fuzz/build/fuzz_TARGET for SECONDS;
#		on a failure the input is left as test/fuzz/build/TARGET-crash-*
#		(or -leak-, -timeout-, -oom-); copy it to
#		test/fuzz/regressions/TARGET/ once the bug is fixed
#
# Ends with the TAP plan; exits non-zero if any target failed.
set -uo pipefail

cd "$(dirname "$0")"
mode=$1
shift
failed=0
checks=0

# Prints one TAP line and counts it for the plan.
tap() {
	checks=$((checks + 1))
	echo "$1"
}

# The files of a folder, one a line (none if it does not exist).
inputs_of() {
	[ -d "$1" ] && find "$1" -type f ! -name README | sort
}

# Replays one set of inputs; on failure names each input that fails.
replay_set() {
	local target=$1 what=$2 dir=$3 count
	local -a files
	mapfile -t files < <(inputs_of "$dir")
	count=${#files[@]}
	if [ "$count" -eq 0 ]; then
		# every target has seeds; regression inputs come with the bugs found
		[ "$what" = "regression inputs" ] && return
		tap "not ok - fuzz $target: no $what in test/fuzz/$dir"
		failed=1
		return
	fi
	if ./replay_"$target" "${files[@]}" >/dev/null 2>build-replay.log; then
		tap "ok - fuzz $target: $count $what replayed"
		rm -f build-replay.log
		return
	fi
	tap "not ok - fuzz $target: $count $what replayed"
	for f in "${files[@]}"; do
		./replay_"$target" "$f" >/dev/null 2>build-replay.log ||
			{ echo "# fails: test/fuzz/$f"; sed 's/^/#   /' build-replay.log | head -30; }
	done
	rm -f build-replay.log
	failed=1
}

replay() {
	for target in "$@"; do
		replay_set "$target" "seed inputs" "corpus/$target"
		replay_set "$target" "regression inputs" "regressions/$target"
	done
}

# Runs one libFuzzer program; new inputs it finds go to build/corpus/.
fuzz_one() {
	local seconds=$1 target=$2 status dict=()
	mkdir -p "build/corpus/$target"
	[ -f "dict/$target.dict" ] && dict=(-dict="dict/$target.dict")
	echo "# fuzz_$target for $seconds s"
	ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
		"build/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
		-max_len=65536 -print_final_stats=1 "${dict[@]}" \
		-artifact_prefix="build/$target-" \
		"build/corpus/$target" "corpus/$target" $([ -d "regressions/$target" ] && echo "regressions/$target") \
		>"build/$target.log" 2>&1
	status=$?
	if [ $status -eq 0 ]; then
		tap "ok - fuzz_$target ran $seconds s: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "build/$target.log" | grep -o '[0-9]*$') inputs, no failure"
	else
		tap "not ok - fuzz_$target failed (exit $status); log: test/fuzz/build/$target.log"
		grep -E -A40 'ERROR: |runtime error|property failed|==ERROR' "build/$target.log" | head -60 | sed 's/^/#   /'
		ls build/"$target"-* 2>/dev/null | sed 's/^/#   input: test\/fuzz\//'
		failed=1
	fi
}

case "$mode" in
	replay) replay "$@" ;;
	fuzz)
		seconds=$1
		shift
		for target in "$@"; do
			fuzz_one "$seconds" "$target"
		done
		;;
	*) echo "usage: run.sh replay TARGET... | run.sh fuzz SECONDS TARGET..." >&2; exit 2 ;;
esac
echo "1..$checks"
exit $failed
