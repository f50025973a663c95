#!/bin/sh
# validity.sh -- benchmarks the validity type against daterange in the
# database named by the usual PG* variables (or the first argument), which
# must have the skanecoop extension.  Prints times as medians and ratios
# daterange/validity measured in the same run.
#
# Usage: bench/validity.sh [dbname] [rows] [runs]
set -eu
db=${1:-${PGDATABASE:-postgres}}
rows=${2:-2000000}
runs=${3:-7}
here=$(dirname "$0")
exec psql -X -q -v rows="$rows" -v runs="$runs" -d "$db" -f "$here/validity.sql"
