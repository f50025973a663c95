# patterns-c.awk
#	Turns loader/extract/patterns.tsv (the phrasings of membership and
#	the words that name organisations, one a line) into
#	loader/extract/patterns_data.c, the tables of extract_patterns.h;
#	a member pattern whose rule and language a "default" line names is
#	marked to be read by default.
#
# Run after scripts/c-table.awk, which gives c_literal() and fail().
# A malformed line stops the build with its line number, so that a typo
# in the data is not a pattern that silently never matches.

BEGIN {
	program = "patterns-c.awk"
	FS = "\t"
	polarity["member"] = "EX_POLARITY_MEMBER"
	polarity["not"] = "EX_POLARITY_NOT"
	polarity["former"] = "EX_POLARITY_FORMER"
	where["after"] = "EX_WHERE_AFTER"
	where["before"] = "EX_WHERE_BEFORE"
	where["lines"] = "EX_WHERE_LINES"
	where["sentence"] = "EX_WHERE_SENTENCE"
	where["around"] = "EX_WHERE_AROUND"
	language["sv"] = "EX_LANG_SV"
	language["da"] = "EX_LANG_DA"
	language["no"] = "EX_LANG_NO"
	language["en"] = "EX_LANG_EN"
	npatterns = 0
	word_fields["head"] = 4
	word_fields["form"] = 4
	word_fields["noun"] = 4
	word_fields["stop"] = 3
	word_fields["copula"] = 3
	word_fields["founded"] = 3
	word_fields["menu"] = 3
	word_fields["refer"] = 3
	word_fields["role"] = 3
	word_fields["genre"] = 3
	table["head"] = "ex_name_heads"
	table["form"] = "ex_legal_forms"
	table["noun"] = "ex_definition_nouns"
	table["stop"] = "ex_stop_words"
	table["copula"] = "ex_copulas"
	table["founded"] = "ex_founded_as"
	table["menu"] = "ex_menu_words"
	table["refer"] = "ex_refer_words"
	table["role"] = "ex_role_nouns"
	table["genre"] = "ex_genre_words"
	ntables = split("head form noun stop copula founded menu refer role genre", order, " ")
}

/^#/ || /^[ \t]*$/ { next }

$1 == "member" {
	if (NF != 7) fail("a member line has 7 fields")
	if (!($2 in language)) fail("unknown language " $2)
	if (!($3 in polarity)) fail("unknown polarity " $3)
	if (!($4 in where)) fail("unknown place of the list " $4)
	if ($5 != "any" && $5 != "known") fail("unknown items " $5)
	if (($3 == "member") == ($4 == "sentence"))
		fail("a member pattern's list stands after or before its trigger, another's in the sentence")
	if ($4 == "around" && $5 != "known")
		fail("a list around its trigger has known items only")
	n = split($7, trigger, / +/)
	if (n < 1 || n > 5) fail("a trigger has 1 to 5 words")
	trigger_words = ""
	for (i = 1; i <= n; i++)
	{
		# extract_patterns.c looks for the number before the first word only
		if (i > 1 && trigger[i] ~ /^#/) fail("a counted word (#) must begin its trigger")
		trigger_words = trigger_words c_literal(trigger[i]) ", "
	}
	# whether it is read by default is known only at the end of the file
	pattern_head[npatterns] = "\t{" language[$2] ", " polarity[$3] ", " where[$4] ", " ($5 == "known" ? "true" : "false") ", "
	pattern_tail[npatterns] = c_literal($6) ", {" trigger_words "NULL}},"
	pattern_key[npatterns] = $2 SUBSEP $6
	if ($3 == "member")
		member_rule[$2, $6] = 1
	npatterns++
	next
}

# A rule whose member patterns in one language the loader reads by default.
$1 == "default" {
	if (NF != 3) fail("a default line has 3 fields")
	if (!($2 in language)) fail("unknown language " $2)
	if (($2, $3) in by_default) fail("rule " $3 " of " $2 " is on by default twice")
	by_default[$2, $3] = 1
	default_line[$2, $3] = NR
	next
}

# Word tables: head, form and noun lines have a kind, stop, copula, founded, menu,
# refer, role and genre lines none.
$1 in word_fields {
	if (NF != word_fields[$1]) fail("a " $1 " line has " word_fields[$1] " fields")
	if (!($2 in language)) fail("unknown language " $2)
	kind = NF == 4 ? c_literal($3) : "NULL"
	words[$1, count[$1]++] = "\t{" language[$2] ", " kind ", " c_literal($NF) "},"
	# extract_names.c keeps the heads of several words in an array of
	# EX_HEAD_PHRASES_MAX (extract_patterns.h): the generated file asserts
	# that they fit, so that none is left out
	if ($1 == "head" && $NF ~ / /)
		head_phrases++
	next
}

{ fail("unknown line kind " $1) }

END {
	if (failed)
		exit 1
	for (key in by_default)
		if (!(key in member_rule)) {
			split(key, part, SUBSEP)
			printf "patterns-c.awk: line %d: no member pattern of %s has rule %s\n", default_line[key], part[1], part[2] > "/dev/stderr"
			exit 1
		}
	# EX_MAX_PATTERNS of extract_patterns.c
	if (npatterns > 512) {
		print "patterns-c.awk: more than 512 member patterns" > "/dev/stderr"
		exit 1
	}
	print "/* Generated from loader/extract/patterns.tsv by scripts/patterns-c.awk; do not edit. */"
	print "#include \"extract_patterns.h\""
	print ""
	print "const ex_pattern ex_patterns[] = {"
	for (i = 0; i < npatterns; i++)
		print pattern_head[i] (pattern_key[i] in by_default ? "true" : "false") ", " pattern_tail[i]
	print "};"
	print "const int	ex_npatterns = " npatterns ";"
	print ""
	print "_Static_assert(" head_phrases + 0 " <= EX_HEAD_PHRASES_MAX,"
	print "\t\t\t   \"more heads of several words than extract_names.c keeps\");"
	print ""
	for (k = 1; k <= ntables; k++) {
		print ""
		print "const ex_name_word " table[order[k]] "[] = {"
		for (i = 0; i < count[order[k]]; i++)
			print words[order[k], i]
		print "\t{EX_LANG_SV, NULL, NULL}"
		print "};"
	}
}
