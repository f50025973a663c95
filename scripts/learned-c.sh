#!/bin/sh
# learned-c.sh MODEL
#	Writes the C tables of the learned stage's model (MODEL, as
#	loader/extract/learned.tsv) to standard output: its threshold line
#	first and its features in strcmp order (LC_ALL=C sort), for the
#	loader's binary search, through scripts/learned-c.awk, whose status
#	is the script's.  The Makefile and test/extract/learned/run.sh both
#	run it, so that the model tested is generated as the one built.
dir=$(dirname "$0")
{
	grep '^threshold	' "$1"
	grep -v '^threshold	\|^#\|^$' "$1" | LC_ALL=C sort
} | LC_ALL=C awk -f "$dir/c-table.awk" -f "$dir/learned-c.awk"
