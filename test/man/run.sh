#!/bin/bash
# run.sh -- the manual page skanecoop-load(1) against the loader's --help:
# every option --help lists is documented in the page and the page
# documents no other, and groff renders it without warnings.
#
#   test/man/run.sh [LOADER [PAGE]]
#
# Prints TAP lines.
set -uo pipefail

cd "$(dirname "$0")/../.."
load=${1:-loader/skanecoop-load}
page=${2:-loader/skanecoop-load.1}

. test/tap.sh

# The options of --help, one a line ("-n", "--dry-run"): from the lines
# that start with an option in the Options sections.
help_options() {
	"$load" --help | grep -E '^  +-' |
		grep -oE '(^|[ ,])--?[A-Za-z?][a-z-]*' | sed 's/^[ ,]//' | sort -u
}

# The options the page documents: the tokens that start with a dash in
# the tags of its .TP paragraphs (the macro line after .TP).
page_options() {
	awk 'tp && /^\.B/ { print } { tp = /^\.TP/ }' "$page" |
		sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/"//g' |
		grep -oE '(^|[ ,])--?[A-Za-z?][a-z-]*' | sed 's/^[ ,]//' | sort -u
}

same_options() {
	local missing extra
	help_options >"$1.help"
	page_options >"$1.page"
	missing=$(comm -23 "$1.help" "$1.page" | tr '\n' ' ')
	extra=$(comm -13 "$1.help" "$1.page" | tr '\n' ' ')
	[ -n "$missing" ] && echo "# in --help, not in $page: $missing"
	[ -n "$extra" ] && echo "# in $page, not in --help: $extra"
	[ -s "$1.help" ] && [ -z "$missing$extra" ]
}

renders_cleanly() {
	local warnings
	warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1)
	[ -z "$warnings" ] && return 0
	echo "$warnings" | sed 's/^/# /'
	return 1
}

has_sections() {
	local s missing=""
	for s in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
		grep -qx "\.SH \"\?$s\"\?" "$page" || missing="$missing $s"
	done
	[ -z "$missing" ] || { echo "# missing sections:$missing"; return 1; }
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/skanecoop-man.XXXXXX")
check "--help lists options" test "$(help_options | wc -l)" -ge 10
check "the manual page documents exactly the options of --help" same_options "$scratch/options"
check "the manual page has the usual sections" has_sections
if command -v groff >/dev/null; then
	check "groff renders the manual page without warnings" renders_cleanly
else
	echo "ok $((n += 1)) - groff renders the manual page without warnings # SKIP groff is not installed"
fi
rm -rf "$scratch"

done_testing
