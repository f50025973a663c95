# tap.sh -- sourced by the shell test suites (from the top of the tree):
# one TAP line per check, numbered, with counts for those that print their
# own total, and the runner that gathers suites into make test's count.
#
#   check "what is checked" COMMAND [ARG]...   ok if COMMAND exits 0
#   done_testing                                the plan; last in a suite
#
# TAP_PREFIX, if set, goes before every description ("replica: ").

n=0
passed=0
failed=0

check() {
	local what=$1
	shift
	n=$((n + 1))
	if "$@"; then
		passed=$((passed + 1))
		echo "ok $n - ${TAP_PREFIX:-}$what"
	else
		failed=$((failed + 1))
		echo "not ok $n - ${TAP_PREFIX:-}$what"
	fi
}

# Ends a suite of check()s: prints its plan, a trailing "1..N", and returns
# non-zero if any check failed.  Every suite ends with it, so that one that
# stops early is seen by its missing or short plan.
done_testing() {
	echo "1..$n"
	[ "$failed" -eq 0 ]
}

# For the runners that gather suites (scripts/test.sh, scripts/test-package.sh):

# Runs one suite, "run_suite NAME COMMAND [ARG]...", echoing its output and
# counting its TAP lines ("ok ...", "not ok ...").  The suite as a whole
# fails, as one more failure that names it, if COMMAND crashes, exits
# non-zero with no failed check to show for it, prints "Bail out!", prints
# no plan, or prints a number of checks other than its plans say.  Plans are trailing: each "1..N"
# counts the checks since the previous plan, so a suite may be several
# programs that each print their own (the unit tests, the scorer's
# corpora).  The command's own status is what counts, not a pipeline's.
run_suite() {
	local name=$1
	shift
	local line status plans=0 since_plan=0 bailed=0 failed_checks=0
	local -a problems=()

	shopt -s lastpipe
	"$@" 2>&1 | while IFS= read -r line; do
		echo "$line"
		case "$line" in
			"not ok" | "not ok "*)
				failed=$((failed + 1)) failed_checks=$((failed_checks + 1))
				since_plan=$((since_plan + 1))
				;;
			"ok" | "ok "*) passed=$((passed + 1)); since_plan=$((since_plan + 1)) ;;
			"Bail out!"*) bailed=1 ;;
			1..[0-9]*)
				local planned=${line#1..}
				planned=${planned%%[!0-9]*}
				plans=$((plans + 1))
				[ "$since_plan" -eq "$planned" ] ||
					problems+=("plan $plans says $planned checks, $since_plan ran")
				since_plan=0
				;;
		esac
	done
	status=${PIPESTATUS[0]}
	shopt -u lastpipe

	# A suite exits non-zero when one of its checks failed: that is counted
	# already.  Otherwise, or after a signal, the status is a failure too.
	if [ "$status" -ne 0 ] && { [ "$failed_checks" -eq 0 ] || [ "$status" -gt 128 ]; }; then
		problems+=("exited with status $status$(signal_name "$status")")
	fi
	[ "$bailed" -eq 0 ] || problems+=("bailed out")
	[ "$plans" -gt 0 ] || problems+=("printed no plan")
	[ "$plans" -eq 0 ] || [ "$since_plan" -eq 0 ] ||
		problems+=("$since_plan checks after its last plan")
	if [ ${#problems[@]} -eq 0 ]; then
		return 0
	fi
	local joined
	joined=$(printf '; %s' "${problems[@]}")
	failed=$((failed + 1))
	echo "not ok - suite $name: ${joined#; }"
	return 1
}

# " (SIGSEGV)" for an exit status a signal caused, else nothing.
signal_name() {
	[ "$1" -gt 128 ] && [ "$1" -lt 160 ] || return 0
	local sig
	sig=$(kill -l $(($1 - 128)) 2>/dev/null) && echo " (SIG$sig)"
}

# Records one check by the exit status given.
record() {
	local status=$1 what=$2
	if [ "$status" -eq 0 ]; then
		passed=$((passed + 1)); echo "ok - $what"
	else
		failed=$((failed + 1)); echo "not ok - $what"
	fi
}

section() { printf '\n== %s ==\n' "$1"; }

# Runs a command with its output in $scratch/out and $scratch/err; fails,
# showing stderr, unless it exits 0 and prints nothing on stderr.
quietly() {
	"$@" >"$scratch/out" 2>"$scratch/err"
	local status=$?
	[ "$status" -eq 0 ] && [ ! -s "$scratch/err" ] && return 0
	echo "# exit $status"
	sed 's/^/# /' "$scratch/err"
	return 1
}

# Runs pg_regress, "regress_suite DIR LOG": make installcheck in DIR with
# its log in LOG, then the log and one TAP line a suite, with a plan of the
# suites the Makefile lists, so that a run that stops early falls short of
# it.  Exits with make's status.  For run_suite.
regress_suite() {
	local dir=$1 log=$2 status
	make -s -C "$dir" installcheck >"$log" 2>&1
	status=$?
	sed 's/^/# /' "$log"
	regress_tap "$log"
	echo "1..$(make -s -C "$dir" --no-print-directory regress-suites | wc -w)"
	[ -f "$dir/regression.diffs" ] && cat "$dir/regression.diffs"
	return $status
}

# The TAP lines of a pg_regress log, one per suite, in the formats of
# PostgreSQL 15 ("test x ... ok") and 16 and later ("ok 1 - x").
regress_tap() {
	sed -n -E \
		-e 's/^(test|     ) *([a-z_0-9]+) +\.\.\. ok.*/ok - regress \2/p' \
		-e 's/^(test|     ) *([a-z_0-9]+) +\.\.\. FAILED.*/not ok - regress \2/p' \
		-e 's/^(ok|not ok) [0-9]+ +[-+] ([a-z_0-9]+).*/\1 - regress \2/p' \
		"$1"
}
