#!/bin/bash
# run.sh -- tests the test harness itself: run_suite of test/tap.sh, which
# gathers every suite of make test into its closing count, must fail a suite
# that crashes, exits non-zero, bails out, or runs other than its plan, and
# pass one that keeps its plans.  The suites here are small shell commands
# with those faults.
#
#   test/harness/run.sh
set -uo pipefail

cd "$(dirname "$0")/../.."
. test/tap.sh

# "STATUS PASSED FAILED" after run_suite of the given suite in a runner of
# its own, and the suite's report in $last_report.
outcome() {
	last_report=$(
		passed=0 failed=0
		run_suite fake "$@" >"$report_file"
		echo "$? $passed $failed"
	)
}
report_file=$(mktemp)
trap 'rm -f "$report_file"' EXIT

outcome sh -c 'echo "ok 1 - first"; echo "ok 2 - second"; echo "1..2"'
check "a suite that keeps its plan passes" test "$last_report" = "0 2 0"

outcome sh -c 'echo "ok 1"; echo "1..1"; echo "not ok 1"; echo "ok 2"; echo "ok 3"; echo "1..3"; exit 1'
check "plans are trailing: a suite of programs may print one each" test "$last_report" = "0 3 1"

outcome sh -c 'echo "ok 1 - first"; kill -SEGV $$'
check "a suite that crashes after one check fails" test "$last_report" = "1 1 1"
check "and the failure names the suite and the signal" \
	grep -qx "not ok - suite fake: exited with status 139 (SIGSEGV); printed no plan" "$report_file"

outcome sh -c 'echo "ok 1"; echo "1..5"; exit 1'
check "a suite that exits 1 after one check of five fails" test "$last_report" = "1 1 1"
check "and the failure says both" \
	grep -qx "not ok - suite fake: plan 1 says 5 checks, 1 ran; exited with status 1" "$report_file"

outcome sh -c 'echo "ok 1"; echo "1..2"'
check "a suite that exits 0 short of its plan fails" test "$last_report" = "1 1 1"

outcome sh -c 'echo "ok 1"; echo "ok 2"'
check "a suite with no plan fails" test "$last_report" = "1 2 1"

outcome sh -c 'echo "ok 1"; echo "1..1"; echo "ok 2"'
check "a check after the last plan fails the suite" test "$last_report" = "1 2 1"

outcome sh -c 'echo "ok 1"; echo "Bail out! no database"; echo "1..1"'
check "a suite that bails out fails" test "$last_report" = "1 1 1"

outcome sh -c 'echo "not ok 1 - wrong"; echo "1..1"; exit 1'
check "a failing check is one failure, not two" test "$last_report" = "0 0 1"

outcome sh -c 'echo "not ok 1 - wrong"; echo "1..2"; kill -KILL $$'
check "a crash after a failing check still fails the suite" test "$last_report" = "1 0 2"

outcome sh -c 'echo "okay, not a check"; echo "ok 1"; echo "1..1"'
check "only whole TAP words count" test "$last_report" = "0 1 0"

# The closing line and status make test prints, over a good suite and a
# crashing one, with the same functions.
closing=$(
	passed=0 failed=0
	{
		run_suite good sh -c 'echo "ok 1"; echo "1..1"'
		run_suite crashing sh -c 'echo "ok 1"; kill -ABRT $$'
	} >/dev/null
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
)
closing_status=$?
check "a crashing suite shows in the closing count" test "$closing" = "2 passed, 1 failed"
check "and makes the run exit non-zero" test "$closing_status" -ne 0

done_testing
