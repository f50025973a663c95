#!/bin/sh
# run-unit.sh -- runs the unit-test programs named as arguments and prints
# their TAP output; exits non-zero if any check failed.
status=0
for t in "$@"; do
	echo "# $t"
	"./$t" || status=1
done
exit $status
