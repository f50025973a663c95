/*
 * extract_counts.c
 *		Member counts in the shapes of Danish, Norwegian and English pages,
 *		and of owners, that the counted lists of extract_members.c do not
 *		read:
 *
 *		"Vestforbrænding ejes af 19 kommuner inklusiv København"
 *		"Vestfoldmuseene IKS eies av åtte kommuner i Vestfold samt ..."
 *		"... retur til sine 19 ejerkommuner"
 *		"The company is owned by seven municipalities"
 *		"Sydvatten ... med 17 delägarkommuner", "with 14 municipal owners"
 *
 * A count is a numeral or a number word (two to twenty, in Swedish,
 * Danish, Norwegian and English) right before a noun of municipalities
 * ("kommuner", "kommunar", "ejerkommuner", "municipalities"), after a
 * verb of owning or consisting ("ejes af", "består af", "owned by"), or
 * after a possessive ("sine 19 ejerkommuner"), or before a noun that is of
 * members or owners by itself after a word of having them ("med 17
 * delägarkommuner", "samtliga 14 delägarkommuner"): the counted body is the
 * one the sentence names before it, or for a possessive or a sentence
 * that names none the one the text is about.  The count stands right
 * after the verb or the possessive, so that a count of newcomers ("ejes
 * nu af yderligere to kommuner", "two more municipalities") is none;
 * counties and regions ("samt Vestfold fylkeskommune") are not counted
 * with the municipalities.
 *
 * A count of a part of the members is no count of them (ex_count_of_others,
 * which the counted lists ask too): the second of two joined counts, the
 * municipalities after a count of members of any kind ("har totalt 29
 * medlemmar (24 kommuner ...)"), a count after "varav", a samordningsförbund's
 * municipalities; nor is the whole a part is counted out of ("9 ud af 10
 * kommuner"), a count of a body the sentence names only as what its subject
 * is a part of, or of a cooperation still to be decided.
 */
#include "extract_int.h"

#include <string.h>

/* Nouns of the municipalities counted, by prefix, folded. */
static const char *const municipality_nouns[] = {
	"kommuner", "kommunar", "ejerkommuner", "eierkommuner", "eigarkommunar",
	"medlemskommuner", "deltagerkommuner", "municipalities", NULL
};

/* Words that make the count one of owners or members, before it. */
static const char *const owned_by[] = {
	"ejes af", "ejet af", "eies av", "eid av", "eigd av", "ägs av", "ägd av",
	"ägt av", "owned by", "består af", "består av", "består utav",
	"consists of", "consist of", "comprises", "is made up of",
	"is composed of", "samarbejde mellem", "samarbeid mellom",
	"samarbete mellan", "samverkan mellan", "partnership between",
	"cooperation between", "co-operation between", NULL
};

/*
 * Nouns that are members or owners by themselves ("17 delägarkommuner",
 * "14 municipal owners"), folded, by prefix: their count needs no verb,
 * only a word of having them before it (see having).
 */
static const char *const member_nouns[] = {
	"ejerkommun", "eierkommun", "eigarkommun", "medlemskommun", "delägarkommun",
	"ägarkommun", "deltagerkommun", "deltakerkommun", "deltakarkommun",
	"interessentkommun", "member municipalit", "municipal owner",
	"owner municipalit", "municipal member", NULL
};

/*
 * Words of having the members counted, right before the count; the
 * article too, for a noun that is of members by itself ("i de seks
 * ejerkommuner", "dei seks deltakarkommunane").
 */
static const char *const having[] = {
	"med", "with", "har", "has", "have", "samtliga", "samtlige", "alle", "all",
	"sine", "sina", "its", "their", "de", "dei", "the", NULL
};

/*
 * Members of any kind ("Sjuhärads samordningsförbund har elva medlemmar"),
 * counted after a verb of having only, in a sentence that names their
 * body before them: a board's members are no body's.  Folded, whole words.
 */
static const char *const members_plain[] = {
	"medlemmar", "medlemmer", "medlemar", "members", NULL
};
static const char *const having_plain[] = {
	"har", "hade", "hadde", "has", "have", "had",
	/* "X ... är nu 48 medlemmar": being so many now */
	"är nu", "är idag", "är i dag", "er nu", "er i dag", "er nå", "er no", "is now", "are now",
	NULL
};

/*
 * Words between a verb of having and a count that say it is all the
 * members ("har totalt 29 medlemmar (24 kommuner och 5 regioner)"):
 * folded, right before the count.
 */
static const char *const member_totals[] = {
	"totalt", "sammanlagt", "i alt", "til sammen", "tilsammen", "in total", NULL
};

/*
 * Words between two counts whose second is of a whole the first is a part
 * of ("9 ud af 10 fynske kommuner", "8 av 9 kommuner", "four of the six
 * councils"): folded, right before the second count, the first count
 * before them.  phrase_before takes the first that matches, so a phrase
 * stands before any that it ends with ("out of" before "of").
 */
static const char *const out_of[] = {
	"ud af", "ut av", "utav", "av de", "av dei", "af de", "av", "af", "out of", "of the", "of",
	NULL
};
static const char *const boards[] = {
	"styrelse", "styret", "styre", "bestyrelse", "direktion", "board",
	"representantskap", "fullmäktige", "nämnd", "committee", "utvalg",
	"udvalg", "ledamöter", "delegation", "delegasjon", NULL
};

/* Possessives of the body written about: "sine 19 ejerkommuner". */
static const char *const possessives[] = {
	"sine", "sina", "its", "their", NULL
};

/*
 * Words that make a count one of others than the members: of newcomers
 * ("ytterligare två kommuner", "two more municipalities") and of the
 * others beside one ("samarbetar med nio andra kommuner").  Folded: whole
 * words before the count, prefixes of words between it and its noun.
 */
static const char *const not_members_before[] = {
	"ytterligare", "yderligere", "ytterlegare", "ytterligere", "further",
	"additional", "another", "andra", "andre", "other", "fler", "flere",
	"more", "nya", "nye", "new", "övriga", "øvrige", "remaining",
	/* a part of the members counted before: "60 medlemsorganisationer, varav 53 är kommuner" */
	"varav", "härav", "hvoraf", "heraf", "hvorav", "herav", "of which", "of whom",
	"varav de", "hvoraf de", "hvorav de", "of which the", NULL
};
/*
 * A number that is not exact ("fler än 40 kommuner", "omkring 20
 * kommuner", "more than 30 municipalities") counts no body's members,
 * which are a number known.  Folded, right before the count.
 */
static const char *const approximately[] = {
	"fler än", "mer än", "över", "drygt", "närmare", "nästan", "cirka", "ca.", "ca",
	"omkring", "ungefär", "upp till", "flere end", "mere end", "over", "næsten",
	"knap", "op til", "flere enn", "mer enn", "nesten", "rundt", "opp til",
	"more than", "almost", "nearly", "around", "about", "up to", "some", NULL
};

/*
 * A land divided into its municipalities ("Åland är indelat i 16
 * självstyrande kommuner", "Norge er inndelt i 357 kommuner"): they are
 * its parts, no body's members.  Folded, right before the count.
 */
static const char *const divided_into[] = {
	"indelat i", "indelad i", "indelade i", "uppdelat i", "uppdelad i", "inddelt i",
	"opdelt i", "inndelt i", "oppdelt i", "delt inn i", "divided into", "split into", NULL
};

/*
 * A composition still planned ("selskabet, der skal omfatte fem
 * vestkystkommuner"): the municipalities that are to be members are not
 * yet any.  Folded, right before the count.
 */
static const char *const planned[] = {
	"ska omfatta", "skall omfatta", "kommer att omfatta", "ska bestå av",
	"skal omfatte", "vil omfatte", "skal bestå af", "skal bestå av",
	"will comprise", "will include", "will consist of", NULL
};

/*
 * Partners, no members: "RC Syd drivs av Räddningstjänsten Syd i
 * samverkan med tolv skånska kommuner".  Folded, right before the count.
 */
static const char *const partners_before[] = {
	"samverkan med", "samarbete med", "samarbejde med", "samarbeid med",
	"tillsammans med", "sammen med", "saman med", "together with",
	"in cooperation with", "in partnership with", NULL
};

/*
 * Words that open a phrase of what else there is ("Förutom de åtta
 * kommunerna som räknas till Sjuhäradsområdet så ingår Varberg och
 * Falkenberg"): a count in that phrase, with at most EX_BESIDES_WORDS
 * words before it, is of a part of the members.  Folded, the sentence's first words.
 */
#define EX_BESIDES_WORDS 2
static const char *const besides[] = {
	"förutom", "utöver", "udover", "ud over", "foruden", "foruten", "utover",
	"besides", "apart from", "in addition to", NULL
};

/*
 * A sentence that begins by pointing back ("Där har elva kommuner i
 * nordvästra Skåne ... ett formaliserat samarbete"): the body it speaks of
 * is the place the sentence before named, not the one the text is about.
 */
static const char *const pointing_back[] = {
	"där", "der", "dér", "dær", "there", "här", "her", "here", NULL
};

/*
 * The area a body covers, counted in municipalities ("The geographical
 * area of the Regional Council consists of 14 municipalities"): the
 * municipalities of the area, not the members.  Folded, anywhere before
 * the count.
 */
static const char *const area_before[] = {
	"geographical area", "geografiska området", "geografiska område",
	"geografiske område", "geografiske området", NULL
};

static const char *const not_members_qualifiers[] = {
	"andra", "andre", "other", "fler", "flere", "more", "nya", "nye", "new", NULL
};

/*
 * A nation's municipalities ("Samtliga 356 norske kommuner"), which a
 * sentence that names no body counts as no body's members.  One that names
 * it may count them as its parts ("består av ... samtliga 33 skånska och
 * 46 danska kommuner").
 */
static const char *const national_qualifiers[] = {
	"norsk", "svensk", "dansk", "finsk", "nordisk", "norwegian", "swedish",
	"danish", NULL
};

/*
 * The genitive of a county, region or country right before a count
 * ("Samtliga länets 33 kommuner", "Skånes 33 kommuner"): in a sentence that
 * names no body before it, the place's municipalities, no body's members.
 * Gazetteer regions are read apart (place_genitive_before).
 */
static const char *const place_genitives[] = {
	"länets", "landets", "rikets", "fylkets", "amtets",
	"regionens", "sveriges", "danmarks", "norges", "finlands", NULL
};

/*
 * The same place after the noun ("betales af Region Midtjylland og de 18
 * kommuner i regionen"): folded, whole, right after the counted noun.
 */
static const char *const place_after[] = {
	"i länet", "i landet", "i riket", "i fylket", "i amtet", "i regionen",
	"in the county", "in the country", "in the region", NULL
};

/*
 * A municipality joining ("Genom att Nordmalings kommun nu kommer med i
 * samarbetet ... i de tre kommunerna", "utökas ... till att gälla tre
 * kommuner"): a count in its sentence is one of the body after the
 * newcomer joins, which it is not yet.  Folded, whole words or phrases.
 */
static const char *const joining[] = {
	"kommer med i", "går med i", "gå med i", "ansluter sig", "ansluta sig", "ansluts",
	"utökas", "utvidgas", "udvides", "utvides", "træder ind", "træde ind",
	"melder sig ind", "blir med i", "går inn i", "joins", "will join",
	"is joining", NULL
};

/*
 * A body still to be set up ("vil de tre kommuner gå sammen om at etablere
 * et fælles beredskab", "står det nu klart att Räddningstjänsten Fyrbodal
 * ska bildas"), or a cooperation still to be decided or begun: a verb of
 * founding, deciding or cooperating, infinitive or passive, and a word of
 * the future in one sentence make its count one of a planned body, which
 * is no member count of the body the text was about.  Whole words, folded.
 */
static const char *const founding[] = {
	"etablere", "etablera", "etableres", "etableras", "bilda", "bildas",
	"danne", "dannes", "oprette", "oprettes", "opprette", "opprettes",
	"stifte", "stiftes", "inrätta", "inrättas", "set up", "establish",
	"be established", "be formed",
	/* a cooperation still to be decided or begun: "skal det nu politisk
	 * besluttes", "at de tre kommuner efterfølgende kommer til at samarbejde" */
	"besluttes", "beslutas", "besluttast", "be decided", "samarbejde",
	"samarbeide", "samarbeta", "samarbeida", "cooperate", "co-operate", NULL
};
static const char *const future[] = {
	"vil", "ska", "skal", "skall", "kommer att", "kommer til at", "kommer til å",
	"will", "shall", NULL
};

/*
 * Bytes either side of a count where the words of its sentence are looked
 * for: each count's look is bounded, so that a sentence of many counts is
 * read in time linear in its length.
 */
#define EX_COUNT_REACH 240

static size_t phrase_before(const ex_doc *doc, size_t start, size_t pos,
							const char *const *words);
static bool preceded_by(const ex_doc *doc, size_t start, size_t pos,
						const char *const *words);
static bool in_besides_phrase(const ex_doc *doc, const ex_sentence *s, size_t pos);
static int	count_at(const ex_doc *doc, size_t pos, size_t end, size_t *n);

/*
 * Words that join a count to another one before it ("46 østdanske og 39
 * sydsvenske kommuner"), folded, whole.
 */
static const char *const joining_counts[] = {
	"och", "og", "and", "samt", "sekä", NULL
};

/*
 * Bodies whose members are by law of several kinds: a Swedish
 * samordningsförbund has the Försäkringskassan, the Arbetsförmedlingen, a
 * region and municipalities, so that its municipalities are no count of
 * its members ("kommunstyrelsens ordförande från de tre kommunerna"); a
 * räddningsregion's members are rescue services, each of some
 * municipalities ("sex räddningstjänster i 29 kommuner").  Folded, a part
 * of the body's name.
 */
static const char *const mixed_member_bodies[] = {
	"samordningsförbund", "räddningsregion", NULL
};

/*
 * Words that name, in a clause of its own, the body the subject is a part
 * of ("Helgelandstinget som er en del av Helgelandsrådet, består av
 * formannskapene i 12 kommuner"): folded, whole, right before the body.
 */
static const char *const part_of[] = {
	"en del av", "en del af", "a part of", "part of", "underlagt", "underordnet",
	NULL
};

/*
 * Whether the body named last before the count at pos stands in a clause
 * of its own that says the subject is a part of it, closed by a comma
 * before the count: then the count is the subject's, not that body's.
 */
static bool
body_named_as_whole(const ex_doc *doc, const ex_sentence *s, size_t pos, int named)
{
	size_t		from = pos > s->span.start + EX_COUNT_REACH ? pos - EX_COUNT_REACH : s->span.start,
				n,
				at;

	while ((at = ex_find_in(doc, from, pos, part_of, &n)) != EX_NONE)
	{
		size_t		name = ex_skip_space(doc, at + n, pos),
					matched;
		int			org = ex_org_at(doc, name, pos, &matched);

		if (org >= 0 && org == named &&
			memchr(doc->text + name + matched, ',', pos - name - matched) != NULL)
			return true;
		from = at + n;
	}
	return false;
}

/* The start of the word before pos, or start if there is none. */
static size_t
word_before(const ex_doc *doc, size_t start, size_t pos)
{
	while (pos > start && doc->text[pos - 1] == ' ')
		pos--;
	while (pos > start && doc->text[pos - 1] != ' ' && doc->text[pos - 1] != '\n')
		pos--;
	return pos;
}

/*
 * Whether the count at pos is the second of two joined ("46 østdanske og
 * 39 sydsvenske kommuner", "33 og 39 kommuner"): each counts a part of the
 * members, neither all of them.  The counted lists of extract_members.c
 * read a Swedish pair ("33 skånska och 46 danska") from its first count
 * and name each part; a count met alone after a conjunction is a part
 * they did not read.
 */
static bool
second_of_joined_counts(const ex_doc *doc, size_t start, size_t pos)
{
	/* "bildades 1995 och 12 kommuner", "i 20 år och 12 kommuner": no count of members */
	static const char *const spans_of_time[] = {
		"år", "års", "månader", "måneder", "dagar", "dage", "dager", "years", "months",
		"days", NULL
	};
	size_t		conj = word_before(doc, start, pos),
				w,
				n,
				after = EX_NONE;

	if (conj == pos || conj <= start || !preceded_by(doc, start, pos, joining_counts))
		return false;
	w = word_before(doc, start, conj);
	for (int i = 0; i < 2 && w < conj; i++)
	{
		int			count = count_at(doc, w, conj, &n);

		if (count >= 2 && count < EX_MEMBER_COUNT_MAX)
			return after == EX_NONE || ex_word_in(doc, after, conj, spans_of_time) == 0;
		if (w <= start)
			break;
		after = w;
		conj = w;
		w = word_before(doc, start, w);
	}
	return false;
}

/*
 * Whether a verb of having stands right before the count at pos, or before
 * a word that says the count is of all ("har totalt 29 medlemmar").
 */
static bool
having_members(const ex_doc *doc, size_t start, size_t pos)
{
	size_t		total = phrase_before(doc, start, pos, member_totals);

	return preceded_by(doc, start, pos, having_plain) ||
		(total != EX_NONE && preceded_by(doc, start, total, having_plain));
}

/*
 * Whether a count of members of any kind stands before pos in the sentence
 * ("Sjuhärads samordningsförbund har elva medlemmar, ... samt de åtta
 * kommunerna"): a count of municipalities after it is one of a part of
 * them.
 */
static bool
members_counted_before(const ex_doc *doc, const ex_sentence *s, size_t pos)
{
	size_t		from = pos > s->span.start + EX_COUNT_REACH ? pos - EX_COUNT_REACH : s->span.start,
				n,
				at;

	while ((at = ex_find_in(doc, from, pos, members_plain, &n)) != EX_NONE)
	{
		size_t		w = word_before(doc, from, at),
					len;

		if (w < at && count_at(doc, w, at, &len) >= 2 && having_members(doc, s->span.start, w))
			return true;
		from = at + n;
	}
	return false;
}

/*
 * Whether the count at pos is the whole a smaller count before it is a
 * part of ("9 ud af 10 fynske kommuner"): the members are the first.  A
 * larger number before is none of its parts ("stiftet i 2016 af 10
 * kommuner" is a year).
 */
static bool
whole_of_a_part(const ex_doc *doc, size_t start, size_t pos, size_t end)
{
	size_t		n,
				joiner = phrase_before(doc, start, pos, out_of),
				w;
	int			part;

	/* most counts have no joiner before them: the numbers are read only after one */
	if (joiner == EX_NONE || (w = word_before(doc, start, joiner)) >= joiner)
		return false;
	part = count_at(doc, w, joiner, &n);
	return part > 0 && part < count_at(doc, pos, end, &n);
}

/* Words that join more members after a count's noun. */
static const char *const more_members_joiners[] = {
	"och", "og", "and", "samt", "plus", "sowie", NULL
};

/*
 * Nouns of a region or county in the definite, and of the state's board of
 * a county ("länets nio kommuner och länsstyrelsen"), as members after a
 * count.
 */
static const char *const region_nouns[] = {
	"regionen", "landstinget", "fylkeskommunen", "fylkeskommunane", "amtet", "region",
	"länsstyrelsen", "statsforvalteren", "statsforvaltaren", "fylkesmannen",
	"statsforvaltningen", NULL
};

/*
 * Whether members of another kind follow the count's noun at noun ("de 11
 * nordjyske kommuner og Region Nordjylland", "regionens 19 kommuner og
 * regionen", "the ten councils and the region"): the count is of a part
 * of the members.
 */
static bool
others_after_noun(const ex_doc *doc, const ex_sentence *s, size_t noun)
{
	size_t		end = s->span.end,
				p = ex_skip_space(doc, ex_word_end(doc, noun, end), end),
				n;
	const sc_place *place;

	if (ex_word_in(doc, p, end, more_members_joiners) == 0)
		return false;
	p = ex_next_word(doc, p, end);
	if (ex_word_is(doc, p, end, "the") || ex_word_is(doc, p, end, "de"))
		p = ex_next_word(doc, p, end);
	if (ex_word_in(doc, p, end, region_nouns) > 0 || ex_org_at(doc, p, end, &n) >= 0)
		return true;
	place = ex_place_at(doc, p, end, &n);
	return place != NULL && sc_place_is_region(place);
}

/*
 * Whether the body a count would be given (org, named before the count;
 * else the one written about) has members of several kinds by law, so
 * that a count of its municipalities is a part (mixed_member_bodies).
 */
static bool
body_of_mixed_members(const ex_doc *doc, int org)
{
	const char *name;

	if (org < 0)
		return false;
	name = doc->orgs[ex_full_org(doc, org)].name;
	for (size_t at = 0, len = strlen(name); at < len; at++)
		for (int i = 0; mixed_member_bodies[i]; i++)
			if (sc_match_folded(name + at, len - at, mixed_member_bodies[i]) > 0)
				return true;
	return false;
}

/* Whether the word right before pos is a region's genitive: "Skånes 33". */
static bool
region_genitive_before(const ex_doc *doc, size_t start, size_t pos)
{
	size_t		q,
				n;
	const sc_place *place;

	while (pos > start && doc->text[pos - 1] == ' ')
		pos--;
	if (pos < start + 2 || doc->text[pos - 1] != 's')
		return false;
	for (q = pos - 1; q > start && !ex_word_start(doc, q); q--)
		;
	place = sc_gazetteer_match_prefix(doc->text + q, pos - 1 - q, &n);
	return place != NULL && q + n == pos - 1 &&
		sc_place_is_region(place);
}

/*
 * Whether the word right before pos is an English genitive: "an
 * organization for Hallingdal's six municipalities", "represents all of
 * Sweden's 290 Municipalities" (the body named before counts them).
 */
static bool
english_genitive_before(const ex_doc *doc, size_t start, size_t pos)
{
	while (pos > start && doc->text[pos - 1] == ' ')
		pos--;
	return pos >= start + 3 && doc->text[pos - 1] == 's' &&
		(doc->text[pos - 2] == '\'' ||
		 (pos >= start + 5 && memcmp(doc->text + pos - 4, "\xe2\x80\x99", 3) == 0));
}

/* Whether one of words stands whole in the sentence near the count at pos. */
static bool
sentence_has(const ex_doc *doc, const ex_sentence *s, size_t pos, const char *const *words)
{
	size_t		from = pos > s->span.start + EX_COUNT_REACH ? pos - EX_COUNT_REACH : s->span.start,
				to = s->span.end - pos > EX_COUNT_REACH ? pos + EX_COUNT_REACH : s->span.end,
				n;

	return ex_find_in(doc, from, to, words, &n) != EX_NONE;
}

/*
 * Bytes before a count that its area's phrase may stand in ("The
 * geographical area of the Regional Council consists of 14"): a bound, so
 * that a sentence of many counts is not read again from its start for each.
 */
#define EX_AREA_BEFORE_BYTES 160

/*
 * Whether the count at count, of the noun at noun, is of the area a body
 * covers (area_before): municipalities plain, not "medlemskommuner" ("I
 * det geografiska området samverkar förbundets 14 medlemskommuner").
 */
static bool
counts_area(const ex_doc *doc, const ex_sentence *s, size_t count, size_t noun)
{
	static const char *const plain[] = {"kommuner", "kommunar", "municipalities", NULL};
	size_t		from = s->span.start,
				n;

	if (count - from > EX_AREA_BEFORE_BYTES)
		from = ex_word_from(doc, count - EX_AREA_BEFORE_BYTES, count);
	return ex_word_in(doc, noun, s->span.end, plain) > 0 &&
		ex_find_in(doc, from, count, area_before, &n) != EX_NONE;
}

/*
 * Whether the count at count, of the noun at noun, counts others than a
 * body's members: the stated counts of extract_members.c ask it too.
 * Besides newcomers, the others beside one, a part after "varav" and
 * the whole a part is counted out of ("9 ud af 10"), the parts a land is
 * divided into, a nation's or a county's municipalities in a sentence
 * that names no body before the count, a part of the members, the body a
 * clause says the subject is a part of, the body after a newcomer joins,
 * a body still to be founded or a composition still planned, and a number
 * that is not exact.
 */
bool
ex_count_of_others(const ex_doc *doc, const ex_sentence *s, size_t count, size_t noun)
{
	size_t		after = ex_next_word(doc, count, noun);
	int			named;

	if (preceded_by(doc, s->span.start, count, not_members_before) ||
		preceded_by(doc, s->span.start, count, partners_before) ||
		preceded_by(doc, s->span.start, count, approximately) ||
		preceded_by(doc, s->span.start, count, planned) ||
		preceded_by(doc, s->span.start, count, divided_into) ||
		whole_of_a_part(doc, s->span.start, count, s->span.end) ||
		counts_area(doc, s, count, noun) ||
		ex_find_prefix_in(doc, after, noun, not_members_qualifiers) != EX_NONE)
		return true;
	named = ex_org_before(doc, s->span.start, count);
	if (named < 0 &&
		(ex_find_prefix_in(doc, after, noun, national_qualifiers) != EX_NONE ||
		 ex_word_in(doc, ex_word_from(doc, s->span.start, s->span.end), s->span.end,
					pointing_back) > 0 ||
		 preceded_by(doc, s->span.start, count, place_genitives) ||
		 ex_word_in(doc, ex_skip_space(doc, ex_word_end(doc, noun, s->span.end), s->span.end),
					s->span.end, place_after) > 0 ||
		 region_genitive_before(doc, s->span.start, count)))
		return true;
	/* parts of the members, where the noun counts municipalities only */
	if (ex_word_in(doc, noun, s->span.end, members_plain) == 0 &&
		(second_of_joined_counts(doc, s->span.start, count) ||
		 members_counted_before(doc, s, count) ||
		 others_after_noun(doc, s, noun) ||
		 body_of_mixed_members(doc, named >= 0 ? named : doc->context)))
		return true;
	if (named >= 0 && body_named_as_whole(doc, s, count, named))
		return true;
	if (in_besides_phrase(doc, s, count))
		return true;
	return sentence_has(doc, s, count, joining) ||
		(sentence_has(doc, s, count, founding) && sentence_has(doc, s, count, future));
}

/*
 * Whether the count at pos stands in the phrase that opens its sentence
 * with a word of what else there is (besides), a few words after it
 * ("Förutom de åtta kommunerna ..."), not in the clause it leads to
 * ("Utöver Region Skåne ingår 13 kommuner i förbundet" counts them all).
 */
static bool
in_besides_phrase(const ex_doc *doc, const ex_sentence *s, size_t pos)
{
	size_t		p = ex_word_from(doc, s->span.start, pos),
				n = ex_word_in(doc, p, pos, besides);

	if (p >= pos || n == 0)
		return false;
	p += n;
	for (int words = 0; words < EX_BESIDES_WORDS; words++)
	{
		p = ex_skip_space(doc, p, pos);
		if (p >= pos)
			return true;
		if (!sc_is_word_char(doc->text, pos, p))
			return false;		/* a comma or a mark ends the phrase */
		p = ex_word_end(doc, p, pos);
	}
	return ex_skip_space(doc, p, pos) >= pos;
}

/* Bytes of a noun of members or owners at pos (member_nouns), or 0. */
static size_t
member_noun_at(const ex_doc *doc, size_t pos, size_t end)
{
	for (int i = 0; member_nouns[i]; i++)
	{
		size_t		n = strlen(member_nouns[i]);

		if (pos + n <= end && sc_match_folded(doc->text + pos, end - pos, member_nouns[i]) == n)
			return n;
	}
	return 0;
}

/* The count at pos, numeral or word, with *n its bytes; -1 if none. */
static int
count_at(const ex_doc *doc, size_t pos, size_t end, size_t *n)
{
	int			value;

	*n = ex_number_any_language(doc, pos, end, &value);
	return *n > 0 ? value : -1;
}

/* Where the one of words (folded) right before pos begins; EX_NONE if none is. */
static size_t
phrase_before(const ex_doc *doc, size_t start, size_t pos, const char *const *words)
{
	while (pos > start && doc->text[pos - 1] == ' ')
		pos--;
	for (int i = 0; words[i]; i++)
	{
		size_t		len = strlen(words[i]);

		if (pos >= start + len &&
			sc_match_folded(doc->text + pos - len, len, words[i]) == len &&
			ex_word_start(doc, pos - len))
			return pos - len;
	}
	return EX_NONE;
}

/* Whether the words right before pos are one of words (folded). */
static bool
preceded_by(const ex_doc *doc, size_t start, size_t pos, const char *const *words)
{
	return phrase_before(doc, start, pos, words) != EX_NONE;
}

static void
emit_count(ex_doc *doc, const ex_sentence *s, int org, int count, sc_span noun)
{
	sc_fact		f;
	char		name[EX_NAME_MAX];
	ex_period	period;
	ex_dating	dating;

	ex_init_fact(&f, SC_FACT_MEMBER_COUNT, s, "member_count.owners");
	f.basis = doc->subject_basis;
	/* "Skaraborgs Kommunalförbund" where the sentence says "Skaraborg" */
	f.organisation = doc->orgs[ex_full_org(doc, org)].name;
	f.count = count;
	ex_copy(doc, noun, name, sizeof(name));
	f.name = name;
	ex_period_in(doc, s->span.start, s->span.end, &period);
	ex_date_fact(doc, org, &period, &dating);
	ex_apply_dating(&dating, &f);
	ex_emit_at(doc, &f, noun.start);
}

/*
 * Parts one of which every noun of a count of owners or members holds:
 * member_nouns, members_plain, municipality_nouns and the prefixes
 * ex_find_owner_counts asks for ("kommun", "municipal", "medlem",
 * "member").
 */
static const char *const counted_noun_parts[] = {
	"kommun", "municipal", "medlem", "member", NULL
};

/*
 * Whether the sentence holds one of counted_noun_parts.  A count is read
 * only before one of those nouns, and a noun matched folded holds its
 * parts folded (sc_match_folded folds ASCII letters only to ASCII
 * letters), so a sentence without them has no count to find; asking this
 * once spares the reading of a number at each of its words, which was
 * most of the rule's cost (ex_contains_any answers most sentences from
 * their byte pairs).
 */
static bool
may_hold_counted_noun(const ex_doc *doc, const ex_sentence *s)
{
	return ex_contains_any(doc, s->span.start, s->span.end, counted_noun_parts);
}

void
ex_find_owner_counts(ex_doc *doc, const ex_sentence *s)
{
	size_t		end = s->span.end;
	const ex_word_gate *numbers;

	if (s->heading || doc->norgs == 0 || !may_hold_counted_noun(doc, s))
		return;
	/* a word that is no number is passed over: count_at reads none there */
	numbers = ex_number_gate();
	for (size_t pos = ex_word_from_gate(doc, s->span.start, end, numbers); pos < end;
		 pos = ex_word_from_gate(doc, pos + 1, end, numbers))
	{
		size_t		n,
					noun,
					len;
		int			count = count_at(doc, pos, end, &n),
					org;
		bool		owned,
					possessive;

		if (count < 2)
			continue;
		noun = ex_skip_space(doc, pos + n, end);
		if (member_noun_at(doc, noun, end) > 0 && preceded_by(doc, s->span.start, pos, having) &&
			!ex_count_of_others(doc, s, pos, noun))
		{
			/* "med 17 delägarkommuner": the body's, named before or written about */
			org = ex_org_before(doc, s->span.start, pos);
			if (org < 0 && !ex_subject_is_thing(doc, s))
				org = doc->context;
			if (org < 0)
				continue;
			emit_count(doc, s, org, count, (sc_span) {noun, ex_word_end(doc, noun, end)});
			return;
		}
		if (ex_word_in(doc, noun, end, members_plain) > 0 &&
			having_members(doc, s->span.start, pos) &&
			ex_find_prefix_in(doc, s->span.start, pos, boards) == EX_NONE &&
			!ex_count_of_others(doc, s, pos, noun) &&
			(org = ex_org_before(doc, s->span.start, pos)) >= 0)
		{
			/* "Sjuhärads samordningsförbund har elva medlemmar" */
			doc->subject_basis = SC_BASIS_STATED;
			emit_count(doc, s, org, count, (sc_span) {noun, ex_word_end(doc, noun, end)});
			return;
		}
		if ((len = ex_word_in(doc, noun, end, municipality_nouns)) == 0 &&
			(len = ex_word_prefix(doc, noun, end, "ejerkommun")) == 0 &&
			(len = ex_word_prefix(doc, noun, end, "eierkommun")) == 0 &&
			(len = ex_word_prefix(doc, noun, end, "medlemskommun")) == 0)
			continue;
		owned = preceded_by(doc, s->span.start, pos, owned_by) ||
			(english_genitive_before(doc, s->span.start, pos) &&
			 ex_org_before(doc, s->span.start, pos) >= 0 &&
			 !ex_count_of_others(doc, s, pos, noun));
		possessive = preceded_by(doc, s->span.start, pos, possessives);
		if ((!owned && !possessive) || counts_area(doc, s, pos, noun) ||
			others_after_noun(doc, s, noun))
			continue;
		org = possessive ? -1 : ex_org_before(doc, s->span.start, pos);
		doc->subject_basis = org >= 0 ? SC_BASIS_STATED : doc->context_basis;
		/* "Anlægget ejes af fem kommuner": the plant's owners, not a body's */
		if (org < 0 && !ex_subject_is_thing(doc, s))
			org = doc->context;
		if (org < 0)
			continue;
		emit_count(doc, s, org, count, (sc_span) {noun, ex_word_end(doc, noun, end)});
		return;					/* one count a sentence */
	}
}
