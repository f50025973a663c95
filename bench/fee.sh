#!/bin/sh
# fee.sh -- benchmarks the prorated 2019 fee of generated memberships with
# skanecoop's types against plain SQL with numeric and daterange, in the
# database named by the usual PG* variables (or the first argument), which
# must have the skanecoop extension.  Prints the median times, their ratio
# and both totals, which must be identical to the öre.
#
# Usage: bench/fee.sh [dbname] [rows] [runs]
set -eu
db=${1:-${PGDATABASE:-postgres}}
rows=${2:-2000000}
runs=${3:-5}
here=$(dirname "$0")
exec psql -X -q -v rows="$rows" -v runs="$runs" -d "$db" -f "$here/fee.sql"
