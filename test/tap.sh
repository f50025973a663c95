# tap.sh -- sourced by the shell test suites (from the top of the tree):
# one TAP line per check, numbered, with counts for those that print their
# own total.
#
#   check "what is checked" COMMAND [ARG]...   ok if COMMAND exits 0
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

# For the runners that gather suites (scripts/test.sh, scripts/test-package.sh):

# Counts the TAP lines ("ok ...", "not ok ...") read on stdin, echoing them.
count_tap() {
	local line
	while IFS= read -r line; do
		echo "$line"
		case "$line" in
			"not ok"*) failed=$((failed + 1)) ;;
			"ok"*) passed=$((passed + 1)) ;;
		esac
	done
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

# The TAP lines of a pg_regress log, one per suite, in the formats of
# PostgreSQL 15 ("test x ... ok") and 16 and later ("ok 1 - x").
regress_tap() {
	sed -n -E \
		-e 's/^(test|     ) *([a-z_0-9]+) +\.\.\. ok.*/ok - regress \2/p' \
		-e 's/^(test|     ) *([a-z_0-9]+) +\.\.\. FAILED.*/not ok - regress \2/p' \
		-e 's/^(ok|not ok) [0-9]+ +[-+] ([a-z_0-9]+).*/\1 - regress \2/p' \
		"$1"
}
