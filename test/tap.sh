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
