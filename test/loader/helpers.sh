# helpers.sh -- sourced by the loader's test scripts (test/loader/run.sh,
# test/loader/crawl.sh) after test/tap.sh: databases of their own, queries,
# and checks of a command's exit status and output, which land in
# $scratch/out and $scratch/err.

# A new database with the extension.
fresh_db() {
	dropdb --if-exists "$1" 2>/dev/null && createdb "$1" &&
		psql -qX -d "$1" -c "CREATE EXTENSION skanecoop"
}

# The result of a query, unaligned, without headers.
q() {
	psql -qXAt -d "$1" -c "$2"
}

# Runs a command; passes if it exits with the status wanted.
exits_with() {
	local want=$1
	shift
	"$@" >"$scratch/out" 2>"$scratch/err"
	local got=$?
	[ "$got" -eq "$want" ] || { echo "# exit $got, want $want"; sed 's/^/# /' "$scratch/err"; return 1; }
}

stderr_has() { grep -qF -- "$1" "$scratch/err" || { sed 's/^/# /' "$scratch/err"; return 1; }; }
stdout_has() { grep -qF -- "$1" "$scratch/out" || { sed 's/^/# /' "$scratch/out"; return 1; }; }
