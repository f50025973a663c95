#!/bin/bash
# cookbook.sh -- keeps the README's cookbook true to expected/cookbook.out,
# the checked output of the pg_regress suite sql/cookbook.sql.
#
#   scripts/cookbook.sh update   rewrite the README's cookbook from it
#   scripts/cookbook.sh check    a TAP check and plan: does the README match it?
#   scripts/cookbook.sh queries  print the questions that only read, as SQL
#                                (for the tests that compare two databases:
#                                a standby, a restored dump, a subscriber)
#
# Each question is a "-- Q:" comment in sql/cookbook.sql; its query and
# output follow it in the expected file, and become a heading and a code
# block between the README's "<!-- cookbook -->" and "<!-- /cookbook -->".
set -euo pipefail

cd "$(dirname "$0")/.."
readme=README.md

render() {
	awk '
		function close_block() { if (open) print "```\n"; blanks = 0 }
		/^-- Q: / {
			close_block()
			sub(/^-- Q: /, "")
			print "#### " $0 "\n"
			print "```"
			open = 1
			next
		}
		!open { next }
		/^$/ { blanks++; next }
		{ while (blanks > 0) { print ""; blanks-- } print }
		END { if (open) print "```" }
	' expected/cookbook.out
}

# The README with the lines between the markers replaced by stdin.
splice() {
	awk -v body="$1" '
		/^<!-- cookbook -->$/ { print; while ((getline line < body) > 0) print line; skip = 1; next }
		/^<!-- \/cookbook -->$/ { skip = 0 }
		!skip { print }
	' "$readme"
}

body=$(mktemp)
trap 'rm -f "$body"' EXIT
render >"$body"
case "${1:-}" in
	update)
		splice "$body" >"$readme.new" && mv "$readme.new" "$readme"
		;;
	queries)
		# a question is a "-- Q:" block; those that run the loader are left out
		awk '
			/^-- Q: / { if (block !~ /\\!/) printf "%s", block; block = ""; open = 1 }
			open { block = block $0 "\n" }
			END { if (block !~ /\\!/) printf "%s", block }
		' sql/cookbook.sql
		;;
	check)
		status=1
		if ! grep -qx '<!-- cookbook -->' "$readme" || ! grep -qx '<!-- /cookbook -->' "$readme"; then
			echo "not ok 1 - the README has no cookbook markers"
		elif splice "$body" | cmp -s - "$readme"; then
			echo "ok 1 - the README's cookbook is the output of sql/cookbook.sql"
			status=0
		else
			echo "not ok 1 - the README's cookbook differs from expected/cookbook.out (run scripts/cookbook.sh update)"
		fi
		echo "1..1"
		exit $status
		;;
	*)
		echo "usage: scripts/cookbook.sh update|check|queries" >&2
		exit 2
		;;
esac
