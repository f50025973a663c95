/*
 * extract_members.c
 *		Memberships: member lists in the ways Swedish writes them, single
 *		and former memberships, and counted statements.
 *
 * A list is read item by item from where a trigger leaves off ("mellan",
 * "består av", "ingår", "kommunerna", a list before "samverkar", bullets
 * after a colon).  An item is a place of the gazetteer in any of its forms,
 * an organisation the page names, or an authority named after a place
 * ("Länsstyrelsen Skåne"); items are separated by commas, "och", "samt"
 * or nothing at all (a missing comma: "Båstad Helsingborg").  A number
 * stated before the list ("de elva kommunerna") is checked against the
 * items.  Counted statements ("samtliga 33 skånska och 46 danska
 * kommuner") become member counts, and memberships marked as derived
 * where the gazetteer holds a set of that size.
 */
#include "extract_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "money_lex.h"
#include "words.h"

#define EX_MAX_ITEMS 64

/* Words that may stand between the two words of a trigger. */
#define EX_TRIGGER_GAP 5

/* Bytes an area may take before the colon of its list: "i sydöstra Skåne:". */
#define EX_AREA_BEFORE_COLON 48

typedef struct ex_item
{
	const sc_place *place;		/* or NULL */
	int			org;			/* an organisation as member, or -1 */
	sc_span		span;
} ex_item;

typedef struct ex_list
{
	ex_item		items[EX_MAX_ITEMS];
	int			nitems;
	int			stated;			/* the number before the list, or -1 */
	size_t		end;
} ex_list;

/* A trigger: a word, or two with a few words allowed between them. */
typedef struct ex_trigger
{
	const char *word;
	const char *then;			/* the second word, or NULL */
	const char *rule;
	bool		cooperation_before; /* a word of cooperation_parts must
									 * stand before it in its clause */
} ex_trigger;

static const ex_trigger triggers[] = {
	{"mellan", NULL, "member_list.mellan", true},
	{"består", "av", "member_list.består_av", false},
	{"utgörs", "av", "member_list.består_av", false},
	{"bildades", "av", "member_list.består_av", false},
	{"ägs", "av", "member_list.består_av", false},
	{"omfattar", NULL, "member_list.omfattar", false},
	{"ingår", NULL, "member_list.ingår", false},
	{"ingick", NULL, "member_list.ingår", false},
	{"medlemmar", "är", "member_list.medlemmar", false},
	{"medlemmarna", "är", "member_list.medlemmar", false},
	{"medlemskommuner", "är", "member_list.medlemmar", false},
	{"medlemskommunerna", "är", "member_list.medlemmar", false},
	{"kommunerna", NULL, "member_list.apposition", false},
	{"där", NULL, "member_list.subject", false},
	{"är", NULL, "member_list.role", false},
	{"var", NULL, "member_list.role", false},
	{NULL, NULL, NULL, false}
};

/* How the triggers begin, for ex_find_memberships' walk (ex_word_from_gate). */
static ex_word_gate trigger_gate;
static pthread_once_t trigger_gate_once = PTHREAD_ONCE_INIT;

static void
add_trigger_gate(void)
{
	for (int t = 0; triggers[t].word; t++)
		ex_gate_add_word(&trigger_gate, triggers[t].word);
}

/*
 * Parts of the words that make "mellan" a cooperation's: "ett samarbete
 * mellan A och B", "avtalet mellan", not "i skuggan mellan Malmö och
 * Göteborg".
 */
static const char *const cooperation_parts[] = {
	"samarbet", "samverk", "förbund", "avtal", "överenskommelse", "partnerskap",
	"bolag", "nätverk", NULL
};

/* Bytes before a trigger its clause's cooperation word is looked for in. */
#define EX_COOPERATION_BEFORE 80

/* Verbs that may follow a list that is the subject of its sentence. */
static const char *const subject_verbs[] = {
	"samverkar", "samarbetar", "träffas", "möts", "driver", "äger", "står",
	"deltar", "ingår", "bildar", "bildade", "har", "ingick", "samordnar", "arbetar",
	NULL
};

/* Words before a colon that say a list of members follows it. */
static const char *const list_cues[] = {
	"kommuner", "kommunerna", "medlemmar", "medlemmarna", "medlemskommuner",
	"medlemskommunerna", "ägarkommuner", "ägarkommunerna", "ingår", "består",
	"följande", "parter", "parterna", "deltar", "samverkar", "samarbetar", NULL
};

/*
 * Prepositions that make the municipalities a colon's list names the
 * places something comes from, not members: "alt husholdningsavfall fra
 * følgende kommuner skal leveres til ...: A, B".  (The places a body
 * delivers to, "levererar räddningstjänst till följande kommuner:", are
 * mostly its members.)
 */
static const char *const source_prepositions[] = {"fra", "från", "frå", NULL};

/* Words between a preposition and its noun: "fra de følgende 11 kommuner". */
static const char *const noun_determiners[] = {
	"følgende", "följande", "fylgjande", "de", "dei", "disse", "dessa", "desse",
	"alle", "alla", NULL
};

/* Words a list may begin with before its first item. */
static const char *const list_fillers[] = {
	"de", "följande", "även", "också", "kommunerna", "kommuner",
	"medlemskommunerna", "ägarkommunerna", "regionerna", "parterna", "bland",
	"annat", NULL
};

/* Words after an item that belong to it. */
static const char *const item_tails[] = {
	"kommuner", "kommunerna", NULL
};

/*
 * Verbs of single memberships, "X är med i Y", in Swedish, Danish,
 * Norwegian and English: those of leaving one ("Båstad lämnade ..."),
 * and the others.
 */
static const char *const leaving_verbs[] = {
	"lämnade", "utträdde", "udtrådte", "forlod", "forlot", "left", "withdrew", NULL
};
static const char *const single_verbs[] = {
	"är", "var", "deltar", "gick", "anslöt", "inträdde", "blev", "ingår", "tillkom",
	"er", "ble", "vart", "deltager", "deltaker", "indgår", "inngår",
	"tiltrådte", "indtrådte", "inntrådte",
	"is", "was", "became", "joined", "participates", NULL
};

/* Whether a verb of a single membership, of leaving or not, stands at pos. */
static bool
single_verb_at(const ex_doc *doc, size_t pos, size_t end)
{
	return ex_word_in(doc, pos, end, single_verbs) > 0 ||
		ex_word_in(doc, pos, end, leaving_verbs) > 0;
}

/*
 * A perfect's auxiliary before a single member's participle, which stands
 * for the copula ("Ovanåkers kommun har blivit medlem i", "Melhus kommune
 * har vært med i", "has become a member of"); the auxiliary alone is no
 * verb of membership ("Malmö har en ledamot i ...").
 */
static const char *const perfect_auxiliaries[] = {"har", "has", NULL};
static const char *const copula_participles[] = {
	"blivit", "varit", "blevet", "været", "blitt", "vært", "been", "become", NULL
};

/*
 * Whether the word at pos is a participle that stands for the copula
 * after a perfect's auxiliary ("blivit", "blevet", "vært", "become").
 */
bool
ex_copula_participle(const ex_doc *doc, size_t pos, size_t end)
{
	return ex_word_in(doc, pos, end, copula_participles) > 0;
}

/*
 * Whether a perfect's auxiliary stands at pos with such a participle after
 * it ("har blivit", "has become"): "har" or "has" alone is no copula
 * ("Malmö har en ledamot i ...", "Lerum has a Member of the European
 * Parliament").
 */
bool
ex_perfect_auxiliary(const ex_doc *doc, size_t pos, size_t end)
{
	return ex_word_in(doc, pos, end, perfect_auxiliaries) > 0 &&
		ex_copula_participle(doc, ex_next_word(doc, pos, end), end);
}

/* Of single_verbs, those a role noun must follow: "X är medlem i Y". */
static const char *const single_copulas[] = {
	"är", "var", "blev", "tillkom", "er", "ble", "vart", "is", "was", "became", NULL
};

/* Of single_verbs, those that say the subject joined: "X anslöt sig till Y". */
static const char *const joining_verbs[] = {
	"anslöt", "inträdde", "tiltrådte", "indtrådte", "inntrådte", "joined", NULL
};

/* Words between a single member's copula and its role: "är även", "is a". */
static const char *const role_fillers[] = {
	"även", "också", "også", "nu", "now", "also", "en", "et", "ett", "a", "an",
	"blevet", "blitt",			/* "er blevet medlem", "er blitt medlem" */
	"som", NULL					/* "tillkom Vimmerby kommun som medlem" */
};

/*
 * Roles after a single member's copula beside the Swedish role_nouns:
 * Danish, Norwegian and English ones ("er medeier i", "is a member of").
 */
static const char *const other_roles[] = {
	"medlemskommune", "deltager", "deltaker", "medejer", "medeier", "ejer", "eier",
	"member", "owner", "shareholder", "partner", NULL
};

/* Back references to the organisation written about. */
static const char *const org_nouns[] = {
	"samarbetet", "förbundet", "kommunalförbundet", "kommittén", "nätverket",
	"bolaget", "samarbejdet", "samarbeidet", "selskabet", "selskapet",
	"fællesskabet", "partnership", NULL
};

/* Kinds of body in the definite that refer to one, beside org_nouns. */
static const char *const referring_kinds[] = {
	"samordningsförbundet", "regionförbundet", "kommunförbundet", NULL
};

/*
 * Whether an organisation's name is a noun of org_nouns or
 * referring_kinds by itself ("Samordningsförbundet", "Kommunalförbundet"):
 * a page's way of referring to its body, which a rule recorded as a name;
 * "Fyrstadssamarbetet" is a name.
 */
static bool name_is_one_of(const char *name, const char *const *words);

static bool
kind_noun_only(const char *name)
{
	return name_is_one_of(name, org_nouns) || name_is_one_of(name, referring_kinds);
}

/* Whether name is one of words, folded. */
static bool
name_is_one_of(const char *name, const char *const *words)
{
	size_t		len = strlen(name);

	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == len && sc_match_folded(name, len, words[i]) == len)
			return true;
	return false;
}

/* Words after a number that make it a part of what follows: "tre av kommunerna". */
static const char *const partitive_words[] = {"av", "utav", "af", NULL};

/*
 * Nouns counted statements count.  Each must contain "kommuner":
 * ex_find_counts skips every sentence without it, so a noun added here
 * without it would never be counted.
 */
static const char *const counted_nouns[] = {
	"kommuner", "kommunerna", "medlemskommuner", "medlemskommunerna",
	"ägarkommuner", "ägarkommunerna", NULL
};

/*
 * Nouns after a copula that make its subject a member: "A och B är
 * delägare i", "blev medlemmer af".
 */
static const char *const role_nouns[] = {
	"med", "medlem", "medlemmar", "medlemmer", "medlemskommuner",
	"delägare", "ägare", "ägarkommuner", NULL
};

typedef struct ex_set_word
{
	const char *word;
	sc_place_set set;
} ex_set_word;

/* Adjectives and places that name a set of municipalities. */
static const ex_set_word set_words[] = {
	{"skånska", {"12", NULL}},
	{"halländska", {"13", NULL}},
	{"hallandska", {"13", NULL}},
	{"själländska", {"DK-1085", NULL}},
	{"danska", {NULL, "DK"}},
	{"svenska", {NULL, "SE"}},
	{"Öresundsregionen", {NULL, NULL}},
	{NULL, {NULL, NULL}}
};

static size_t trigger_at(const ex_doc *doc, size_t pos, size_t end,
						 const ex_trigger *trigger, size_t *then_at);
static bool role_at(const ex_doc *doc, size_t pos, size_t end);
static bool after_list(const ex_doc *doc, const char *rule, size_t pos, size_t end);
static size_t item_at(const ex_doc *doc, size_t pos, size_t end, ex_item *item);
static size_t place_word_item(const ex_doc *doc, size_t pos, size_t end, ex_item *item);
static size_t item_in_list_region(const ex_doc *doc, size_t pos, size_t end,
								  const ex_list *list, ex_item *item);
static const sc_place *member_place(const ex_doc *doc, const sc_place *place,
									size_t start, size_t end);
static bool county_after(const ex_doc *doc, size_t pos, size_t end);
static size_t quantified_at(const ex_doc *doc, size_t pos, size_t end);
static size_t item_tail(const ex_doc *doc, size_t pos, size_t end);
static size_t separator(const ex_doc *doc, size_t pos, size_t end);
static size_t skip_bullet(const ex_doc *doc, size_t pos, size_t end);
static size_t stated_count(const ex_doc *doc, size_t pos, size_t end, int *count);
static size_t after_area(const ex_doc *doc, size_t pos, size_t end);
static void read_list(const ex_doc *doc, size_t pos, size_t end, ex_list *list);
static int	list_org(ex_doc *doc, const ex_sentence *s, size_t trigger,
					 size_t list_end);
static void emit_list(ex_doc *doc, const ex_sentence *s, const ex_list *list,
					  int org, const char *rule, sc_span evidence);
static void emit_membership(ex_doc *doc, const ex_sentence *s, int org,
							const ex_item *item, const ex_dating *dating,
							const char *rule, const char *warning);
static bool bullet_list(ex_doc *doc, const ex_sentence *s);
static bool unknown_subject_consists(ex_doc *doc, const ex_sentence *s, size_t pos);
static void colon_list(ex_doc *doc, const ex_sentence *s);
static size_t clause_end(const ex_doc *doc, size_t pos, size_t end);
static void record_period(ex_doc *doc, const ex_sentence *s, int org,
						  const sc_place *place, size_t from, size_t to);
static void together_with(ex_doc *doc, const ex_sentence *s, int org, size_t pos);
static bool single_membership(ex_doc *doc, const ex_sentence *s, size_t pos, bool emit);
static const sc_place_set *set_at(const ex_doc *doc, size_t pos, size_t end);
static bool region_of_name(const char *name, sc_place_set *set);
static void emit_count(ex_doc *doc, const ex_sentence *s, size_t at, int org, int count,
					   const char *qualifier, const sc_place_set *set);

/*
 * Bytes of the trigger's word or words ("består ... av") at pos, or 0;
 * where its second word begins into *then_at (pos + the bytes for a
 * trigger of one word).
 */
static size_t
trigger_at(const ex_doc *doc, size_t pos, size_t end, const ex_trigger *trigger,
		   size_t *then_at)
{
	size_t		n,
				second;

	n = ex_word_is(doc, pos, end, trigger->word);
	*then_at = pos + n;
	if (n == 0 || !trigger->then)
		return n;
	second = ex_skip_space(doc, pos + n, end);
	n = ex_word_is(doc, second, end, trigger->then);
	/*
	 * a few words may come between: "består samarbetet av", "ägs sedan
	 * 2014 av", "ägs sedan den 1 januari 2015 av"; not punctuation
	 */
	for (int i = 0; n == 0 && i < EX_TRIGGER_GAP && second < end &&
		 sc_is_word_char(doc->text, end, second); i++)
	{
		second = ex_next_word(doc, second, end);
		n = ex_word_is(doc, second, end, trigger->then);
	}
	*then_at = second;
	return n ? second + n - pos : 0;
}

/*
 * Whether the word before pos is "för" or "for" and the sentence's first:
 * "För kommunerna A och B är det X som sköter ..." says whom a service is
 * for, not who its members are.
 */
static bool
for_opens_sentence(const ex_doc *doc, const ex_sentence *s, size_t pos)
{
	static const char *const fors[] = {"för", "for", NULL};
	size_t		first = ex_word_from(doc, s->span.start, pos);

	return first < pos && ex_word_in(doc, first, pos, fors) > 0 &&
		ex_skip_space(doc, ex_word_end(doc, first, pos), pos) == pos;
}

/*
 * Prepositions whose object "kommunerna A, B och C" may be in a sentence
 * about something else: "... öppnas möjligheter för de sex kommunerna
 * A, B ...", "FOU nu samfinansieras av de åtta kommunerna A, B ...".
 */
static const char *const object_prepositions[] = {
	"för", "av", "till", "från", "hos", "åt", "mot", "med", "vid", "bland",
	"om", NULL
};

/*
 * The word before the noun at noun, from start on, over the determiners
 * and the count between them ("fra de følgende 11 kommuner", "för de sex
 * kommunerna"): where a preposition that governs the noun stands; EX_NONE
 * if none is left.
 */
static size_t
word_before_noun_phrase(const ex_doc *doc, size_t start, size_t noun)
{
	size_t		word = ex_word_before(doc, start, noun);
	int			count;

	while (word != EX_NONE &&
		   (ex_word_in(doc, word, noun, noun_determiners) > 0 ||
			(ex_may_be_number(doc, word, noun) &&
			 ex_number_any_language(doc, word, noun, &count) > 0)))
		word = ex_word_before(doc, start, word);
	return word;
}

/* Whether the noun at pos is the object of one of object_prepositions. */
static bool
object_of_preposition(const ex_doc *doc, const ex_sentence *s, size_t pos)
{
	size_t		word = word_before_noun_phrase(doc, s->span.start, pos);

	return word != EX_NONE && ex_word_in(doc, word, pos, object_prepositions) > 0;
}

/*
 * Whether a word of cooperation_parts stands in the clause before pos,
 * within EX_COOPERATION_BEFORE bytes and after start.
 */
static bool
cooperation_before(const ex_doc *doc, size_t start, size_t pos)
{
	size_t		from = pos - start > EX_COOPERATION_BEFORE ? pos - EX_COOPERATION_BEFORE : start;

	for (size_t p = pos; p > from; p--)
		if (doc->text[p - 1] == ',' || doc->text[p - 1] == ';')
		{
			from = p;
			break;
		}
	return ex_contains_any(doc, from, pos, cooperation_parts);
}

/*
 * "delägare i", "medlemmar i": whether a role in an organisation stands
 * at pos, after "är" and "även" if they stand there ("A och B är även
 * medlemmar i X").
 */
static bool
role_at(const ex_doc *doc, size_t pos, size_t end)
{
	static const char *const verbs[] = {"är", "var", "även", "också", NULL};
	size_t		p = ex_skip_space(doc, pos, end),
				n;

	for (int i = 0; i < 2 && (n = ex_word_in(doc, p, end, verbs)) > 0; i++)
		p = ex_skip_space(doc, p + n, end);
	if ((n = ex_word_in(doc, p, end, role_nouns)) == 0)
		return false;
	return ex_word_is(doc, ex_skip_space(doc, p + n, end), end, "i") > 0;
}

/*
 * The supines of subject_verbs that "har" makes a perfect of ("Ystad, Sjöbo
 * och Tomelilla har sedan 2010 samverkat"), whole words: there "har" is
 * no verb of having.
 */
static const char *const subject_supines[] = {
	"samverkat", "samarbetat", "deltagit", "ingått", "bildat", "ägt", "drivit",
	"samordnat", "arbetat", "träffats", "mötts", NULL
};

/*
 * Whether the verb after a list at pos is "har" (has), which says the
 * list has something, not that it cooperates: "Lilla Edets kommun och Nome
 * kommun har under åren haft goda erfarenhetsutbyten"; not "har" before a
 * supine of subject_supines, which says that it cooperates.  Such a list
 * is a body's members only where its sentence names the body.
 */
static bool
having_subject(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		p = ex_skip_space(doc, pos, end),
				n;

	if ((n = ex_word_is(doc, p, end, "har")) == 0)
		return false;
	return ex_find_in(doc, p + n, end, subject_supines, &n) == EX_NONE;
}

/*
 * Whether the verb after a list at pos says what the list is in with a
 * name the page knows as no body ("A och B deltar i Sambruks projekt"):
 * the list takes part in that, and the body the page is about is not
 * what it is a member of.
 */
static bool
in_unknown_name(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		p = ex_skip_space(doc, pos, end),
				n;

	if ((n = ex_word_in(doc, p, end, subject_verbs)) == 0)
		return false;
	p = ex_skip_space(doc, p + n, end);
	if ((n = ex_word_is(doc, p, end, "i")) == 0)
		return false;
	p = ex_skip_space(doc, p + n, end);
	return p < end && sc_is_upper(doc->text, end, p) && ex_org_at(doc, p, end, &n) < 0;
}

/* Whether what follows a list at pos completes the trigger's rule. */
static bool
after_list(const ex_doc *doc, const char *rule, size_t pos, size_t end)
{
	size_t		p = ex_skip_space(doc, pos, end);

	if (strcmp(rule, "member_list.subject") == 0)
		return ex_word_in(doc, p, end, subject_verbs) > 0;
	if (strcmp(rule, "member_list.role") == 0)
		return role_at(doc, p, end);
	return true;
}

/*
 * An item of a list at pos: its bytes, or 0.  Every item begins with a
 * capital, which last_capital relies on to stop ex_find_memberships' search
 * for triggers early; an item that may begin otherwise must change it too.
 */
static size_t
item_at(const ex_doc *doc, size_t pos, size_t end, ex_item *item)
{
	size_t		n = 0,
				wend;
	const sc_place *place;

	if (pos >= end || !ex_word_start(doc, pos) || !sc_is_upper(doc->text, end, pos))
		return 0;
	item->place = NULL;
	item->org = ex_org_at(doc, pos, end, &n);
	if (item->org < 0)
	{
		place = ex_place_at(doc, pos, end, &n);
		if (place && county_after(doc, pos + n, end))
			return 0;
		item->place = member_place(doc, place, pos, pos + n);
	}
	if (!item->place && item->org < 0)
	{
		/* "Länsstyrelsen Skåne": an authority in the definite, and a place */
		wend = ex_word_end(doc, pos, end);
		if (wend - pos < 4 || !(sc_match_folded(doc->text + wend - 2, 2, "en") ||
								sc_match_folded(doc->text + wend - 2, 2, "et")) ||
			wend >= end || doc->text[wend] != ' ' ||
			!ex_place_at(doc, wend + 1, end, &n))
			return 0;
		n += wend + 1 - pos;
	}
	item->span = (sc_span) {pos, pos + n};
	return n;
}

/*
 * The place a list's item [start, end) names as a member: none for a region
 * only by its name ("Skåne" alone is a landscape, as is Finland's
 * "Österbotten").
 */
static const sc_place *
member_place(const ex_doc *doc, const sc_place *place, size_t start, size_t end)
{
	if (ex_land_written(doc, place, start, end))
		return NULL;
	return place;
}

/*
 * Whether a county's office follows at pos: "Roskilde Amt", the county of
 * the past, "Norrbottens Länsstyrelse", the state's board; no member here.
 */
static bool
county_after(const ex_doc *doc, size_t pos, size_t end)
{
	return ex_county_office_word(doc, ex_skip_space(doc, pos, end), end) > 0;
}

/*
 * An item of a list at pos that item_at could not read, a name the
 * gazetteer has for two places, told by the region more than half of the
 * list's places before it lie in (ex_majority_key): "Hamar, Stange, Løten,
 * Elverum, Våler, Åsnes" names Innlandet's Våler, not Østfold's, and
 * "Malmö, Eslöv och Lund" on a page whose language tells no country
 * Skåne's Lund, not Rogaland's.  Its bytes, or 0.
 */
static size_t
item_in_list_region(const ex_doc *doc, size_t pos, size_t end, const ex_list *list,
					ex_item *item)
{
	const char *regions[EX_MAX_ITEMS];
	const char *region;
	const sc_place *place;
	int			n = 0;
	size_t		matched;

	/* read_list asks at every list's end: the cheap tests first */
	if (list->nitems == 0 || !ex_word_start(doc, pos) || !sc_is_upper(doc->text, end, pos))
		return 0;
	for (int i = 0; i < list->nitems; i++)
		if (list->items[i].place != NULL)
			regions[n++] = list->items[i].place->region;
	if ((region = ex_majority_key(regions, n)) == NULL ||
		(place = ex_place_in_region_at(doc, pos, end, region, &matched)) == NULL ||
		county_after(doc, pos + matched, end))
		return 0;
	item->org = -1;
	item->place = member_place(doc, place, pos, pos + matched);
	item->span = (sc_span) {pos, pos + matched};
	return item->place != NULL ? matched : 0;
}

/*
 * An item of a list at pos: a place whose name is also an ordinary word
 * and needs its suffix elsewhere ("Berg", "Vara", "Odder"), which a list
 * of places names bare ("Arjeplog, Arvidsjaur, Berg, Bräcke", "ägs av
 * Ale, Lerum och Härryda"), where a separator or the sentence's end
 * follows it.  Its bytes, or 0.  A list of one such item is no list: the
 * rules read lists of two items at least.
 */
static size_t
place_word_item(const ex_doc *doc, size_t pos, size_t end, ex_item *item)
{
	size_t		wend,
				next;

	if (pos >= end || !ex_word_start(doc, pos) || !sc_is_upper(doc->text, end, pos))
		return 0;
	wend = ex_word_end(doc, pos, end);
	next = ex_skip_space(doc, wend, end);
	if (separator(doc, wend, end) == next && next < end && doc->text[next] != '.')
		return 0;
	if (county_after(doc, wend, end))
		return 0;
	item->org = -1;
	item->place = member_place(doc, ex_listed_word_place(doc, pos, wend), pos, wend);
	if (item->place == NULL)
		return 0;
	item->span = (sc_span) {pos, wend};
	return wend - pos;
}

/*
 * A counted phrase in a list, "samtliga 33 skånska och 46 danska
 * kommuner": its bytes, or 0.  ex_find_counts reads it for its facts.
 */
static size_t
quantified_at(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		p = pos,
				n;
	int			count;

	if ((n = ex_word_is(doc, p, end, "samtliga")) || (n = ex_word_is(doc, p, end, "alla")))
		p = ex_skip_space(doc, p + n, end);
	for (int pairs = 0; pairs < 8; pairs++)
	{
		if ((n = ex_number(doc, p, end, &count)) == 0)
			return 0;
		p = ex_skip_space(doc, p + n, end);
		if ((n = ex_word_in(doc, p, end, counted_nouns)) > 0)
		{
			p += n;
			if (ex_word_is(doc, ex_skip_space(doc, p, end), end, "i"))
				p = ex_word_end(doc, ex_next_word(doc, ex_skip_space(doc, p, end), end), end);
			return p - pos;
		}
		if (sc_is_lower(doc->text, end, p))
			p = ex_next_word(doc, p, end);
		if ((n = ex_word_is(doc, p, end, "och")) > 0)
			p = ex_skip_space(doc, p + n, end);
		else if (ex_word_in(doc, p, end, counted_nouns) == 0)
			return 0;
	}
	return 0;
}

/* Skips " i Sverige", " kommuner" and the like after an item. */
static size_t
item_tail(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		p = ex_skip_space(doc, pos, end),
				n;

	if ((n = ex_word_in(doc, p, end, item_tails)) > 0)
		return p + n;
	if (ex_word_is(doc, p, end, "i"))
	{
		size_t		q = ex_next_word(doc, p, end);

		if (sc_is_upper(doc->text, end, q) && ex_org_at(doc, q, end, &n) < 0)
			return ex_word_end(doc, q, end);
	}
	return pos;
}

/* The position after a list bullet and its spaces at pos, or pos. */
static size_t
skip_bullet(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		n = ex_bullet_length(doc, pos, end);

	return n > 0 ? ex_skip_space(doc, pos + n, end) : pos;
}

/*
 * "i nordöstra Skåne: A, B": the position after an area and the colon
 * that ends it, or pos if no such area stands at pos.
 */
static size_t
after_area(const ex_doc *doc, size_t pos, size_t end)
{
	const char *colon;

	if (!ex_word_is(doc, pos, end, "i") && !ex_word_is(doc, pos, end, "inom"))
		return pos;
	colon = memchr(doc->text + pos, ':', end - pos);
	if (!colon || colon - (doc->text + pos) > EX_AREA_BEFORE_COLON)
		return pos;
	return ex_skip_space(doc, colon - doc->text + 1, end);
}

/*
 * "elva kommunerna Bjuv", "sex kommuner i nordöstra Skåne: Bromölla": a
 * number stated before the list it counts.  Returns the position of the
 * list, or 0 if pos does not begin such a count (then it may be a counted
 * phrase of its own, "85 kommuner i Öresundsregionen samt ...").
 */
static size_t
stated_count(const ex_doc *doc, size_t pos, size_t end, int *count)
{
	size_t		n = ex_number(doc, pos, end, count),
				p;
	ex_item		item;

	if (n == 0)
		return 0;
	p = ex_skip_space(doc, pos + n, end);
	if ((n = ex_word_in(doc, p, end, counted_nouns)) == 0)
		return 0;
	p = ex_skip_space(doc, p + n, end);
	if (p < end && doc->text[p] == ':')
		p = ex_skip_space(doc, p + 1, end);
	p = after_area(doc, p, end);
	return item_at(doc, skip_bullet(doc, p, end), end, &item) > 0 ? p : 0;
}

/* The position after a separator at pos, or pos if there is none. */
static size_t
separator(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		p = ex_skip_space(doc, pos, end),
				n;
	bool		any = p > pos && memchr(doc->text + pos, '\n', p - pos) != NULL;

	if (p < end && (doc->text[p] == ',' || doc->text[p] == ';'))
	{
		p = ex_skip_space(doc, p + 1, end);
		any = true;
	}
	/*
	 * Danish and Norwegian "og" as Swedish "och".  It was read only in the
	 * pattern stage, on a count of test pages that should not have chosen
	 * it; on 2,213 dev pages reading it by default finds 12 memberships
	 * more right and 2 of a body read short ("Trekantområdet").
	 */
	if ((n = ex_word_is(doc, p, end, "och")) || (n = ex_word_is(doc, p, end, "samt")) ||
		(n = ex_word_is(doc, p, end, "og")))
	{
		p = ex_skip_space(doc, p + n, end);
		any = true;
	}
	if ((n = skip_bullet(doc, p, end)) > p)
	{
		p = n;
		any = true;
	}
	return any ? p : ex_skip_space(doc, pos, end);
}

/*
 * Whether the list names a body and goes on after its last item with
 * names no one knows: "I förbundet ingår även Business Region Borås, Navet
 * science center, Medarbetarcentrum ..." lists the body's units, not its
 * members.
 */
static bool
bodies_before_unknown(const ex_doc *doc, const ex_list *list, size_t end)
{
	bool		body = false;
	size_t		next;

	for (int i = 0; i < list->nitems; i++)
		body |= list->items[i].org >= 0;
	if (!body || (next = separator(doc, list->end, end)) == ex_skip_space(doc, list->end, end))
		return false;
	/* the list stopped at a name item_at refused: ", som bildade det" goes on otherwise */
	return next < end && sc_is_upper(doc->text, end, next);
}

/* Reads the list at pos, after its fillers and stated number. */
static void
read_list(const ex_doc *doc, size_t pos, size_t end, ex_list *list)
{
	size_t		p = ex_skip_space(doc, pos, end),
				n;
	int			count;

	list->nitems = 0;
	list->stated = -1;
	list->end = p;
	for (;;)
	{
		if ((n = ex_word_in(doc, p, end, list_fillers)) > 0)
			p = ex_skip_space(doc, p + n, end);
		else if ((n = stated_count(doc, p, end, &count)) > 0)
		{
			list->stated = count;
			p = n;
		}
		else if (p < end && doc->text[p] == ':')
			p = ex_skip_space(doc, p + 1, end);
		else if (skip_bullet(doc, p, end) > p)
			p = skip_bullet(doc, p, end);
		else
			break;
	}
	while (p < end && list->nitems < EX_MAX_ITEMS)
	{
		ex_item    *item = &list->items[list->nitems];
		size_t		q;

		if ((n = quantified_at(doc, p, end)) > 0)
			q = p + n;
		else if ((n = item_at(doc, p, end, item)) > 0 ||
				 (n = place_word_item(doc, p, end, item)) > 0 ||
				 (n = item_in_list_region(doc, p, end, list, item)) > 0)
		{
			list->nitems++;
			q = item_tail(doc, p + n, end);
		}
		else
			break;
		list->end = q;
		p = separator(doc, q, end);
	}
}

/*
 * The organisation a sentence that names none is about: its section's,
 * title's or last definition's (ex_sentence_topic), else the one named
 * last before it.  An organisation named in passing ("att stärka
 * Skaraborg") does not change what the page is about.
 */
static int
topic_org(ex_doc *doc, const ex_sentence *s)
{
	int			org = ex_sentence_topic_basis(doc, s, &doc->subject_basis);

	if (org < 0)
		doc->subject_basis = doc->context_basis;
	return org >= 0 ? org : doc->context;
}

/*
 * Whether the enumeration a list is a part of goes on after it, with a
 * comma and a name ("mellan Region Västerbotten och Region Norrbotten,
 * Norrbottens Kommuner, Kommunförbundet Västernorrland ..."): a body named
 * after it is one more of its parties, not the list's body.  A comma and
 * a clause ("Munkfors kommun, tillsammans med Karlstad, ..., i X") leaves
 * the body after it the list's.
 */
static bool
enumeration_goes_on(const ex_doc *doc, const ex_sentence *s, size_t list_end)
{
	size_t		end = s->span.end,
				next = ex_skip_space(doc, list_end, end);

	if (next >= end || doc->text[next] != ',')
		return false;
	next = ex_skip_space(doc, next + 1, end);
	return next < end && sc_is_upper(doc->text, end, next);
}

/*
 * The organisation a list after trigger belongs to: one named before the
 * trigger, else one named after the list ("A, B och C samverkar i X"),
 * else the one the text is about, unless the sentence's subject is a thing
 * that is not a body ("Anlægget ejes af fem kommuner: ...") or a name the
 * page does not know ("Vivab ägs av ..."); else -1.
 */
static int
list_org(ex_doc *doc, const ex_sentence *s, size_t trigger, size_t list_end)
{
	int			org = ex_org_before(doc, s->span.start, trigger);

	if (org < 0 && !enumeration_goes_on(doc, s, list_end))
		org = ex_org_before(doc, list_end, s->span.end);
	doc->subject_basis = SC_BASIS_STATED;
	if (org < 0 && (ex_subject_is_thing(doc, s) || ex_subject_is_unknown_name(doc, s, trigger)))
		return -1;
	return org >= 0 ? org : topic_org(doc, s);
}

/*
 * A body named between a trigger's two words, the list's: the verb comes
 * before its subject after a fronted adverbial ("I regionrådssamanheng
 * består Setesdal IPR av ...", "Sedan 2015 ägs Vivab av ..."), and the
 * members' noun before its body ("Medlemmarna i Familjen Helsingborg är
 * ...").  The trigger's first word begins at pos and its second at
 * then_at (trigger_at); -1 if no body is named between.  Such a body
 * comes before one named ahead of the trigger: the gap, which no
 * punctuation crosses, is the verb's own clause.
 */
static int
org_in_trigger_gap(const ex_doc *doc, const ex_trigger *trigger, size_t pos, size_t then_at)
{
	if (trigger->then == NULL)
		return -1;
	return ex_org_before(doc, ex_word_end(doc, pos, then_at), then_at);
}

static void
emit_membership(ex_doc *doc, const ex_sentence *s, int org, const ex_item *item,
				const ex_dating *dating, const char *rule, const char *warning)
{
	sc_fact		f;
	char		name[EX_NAME_MAX];

	/* "Kommunerna A, B och C diskuterar att gå med i förbundet" */
	if (item->org == org || ex_sentence_denies(doc, s))
		return;
	ex_init_fact(&f, SC_FACT_MEMBERSHIP, s, rule);
	f.basis = doc->subject_basis;
	f.organisation = doc->orgs[org].name;
	ex_set_member(doc, &f, item->place, item->org, item->span, name);
	f.warning = warning;
	ex_apply_dating(dating, &f);
	ex_emit_at(doc, &f, item->span.start);
}

static void
emit_list(ex_doc *doc, const ex_sentence *s, const ex_list *list, int org,
		  const char *rule, sc_span evidence)
{
	ex_period	period;
	char		warning[96];
	ex_sentence ev = *s;

	if (org < 0)
		return;
	ex_period_in(doc, s->span.start, s->list_end, &period);
	if (list->stated >= 0 && list->stated != list->nitems)
		snprintf(warning, sizeof(warning),
				 "the text states %d members but names %d", list->stated, list->nitems);
	ev.span = evidence;
	for (int i = 0; i < list->nitems; i++)
	{
		ex_dating	own;

		ex_member_dating(doc, org, list->items[i].place, &period, &own);
		emit_membership(doc, &ev, org, &list->items[i], &own,
						period.former ? "member_list.former" : rule,
						list->stated >= 0 && list->stated != list->nitems ? warning : NULL);
	}
}

/*
 * The validity of a listed member: the list's, unless a sentence of its
 * own states when the member joined ("Hörby anslöt sig 2015") or left;
 * a member that left keeps the start the list states, if any.  That
 * sentence is then evidence of the membership too.
 */
void
ex_member_dating(const ex_doc *doc, int org, const sc_place *place,
				 const ex_period *stated, ex_dating *dating)
{
	ex_date_fact(doc, org, stated, dating);
	if (place == NULL)
		return;
	for (int i = 0; i < doc->nmember_periods; i++)
	{
		const ex_member_period *m = &doc->member_periods[i];
		ex_period	merged = m->period;

		if (m->org != org || m->place != place)
			continue;
		if (!merged.has_lower && stated->has_lower)
		{
			merged.lower = stated->lower;
			merged.has_lower = true;
		}
		ex_date_fact(doc, org, &merged, dating);
		return;
	}
}

/* A list in bullets after "Medlemmar:", "följande kommuner ingår:". */
static bool
bullet_list(ex_doc *doc, const ex_sentence *s)
{
	ex_list		list;
	size_t		n;

	if (s->list_end <= s->span.end ||
		ex_find_in(doc, s->span.start, s->span.end, list_cues, &n) == EX_NONE)
		return false;
	read_list(doc, s->span.end, s->list_end, &list);
	if (list.nitems < 2 || unknown_subject_consists(doc, s, s->span.end))
		return false;
	emit_list(doc, s, &list, list_org(doc, s, s->span.end, s->list_end), "member_list.bullets",
			  (sc_span) {s->span.start, s->list_end});
	return true;
}

/*
 * The end of the clause of the member at pos: where the next place of the
 * sentence begins ("Kävlinge ingår sedan 2011 och Hörby från 2015"), or end.
 */
static size_t
clause_end(const ex_doc *doc, size_t pos, size_t end)
{
	for (size_t p = ex_next_word(doc, pos, end); p < end; p = ex_next_word(doc, p, end))
	{
		ex_item		item;

		if (item_at(doc, p, end, &item) > 0 && item.place != NULL)
			return p;
		if (p >= end || ex_next_word(doc, p, end) <= p)
			break;
	}
	return end;
}

/*
 * Words after a single member's verb that may stand before its body's
 * name: "Båstad ingår sedan flera år tillbaka i Familjen Helsingborg".
 */
#define EX_SINGLE_ORG_WORDS 8

/*
 * Words between a verb that comes second and its subject: "Den 1 juni
 * 2005 anslöt sig Hammarö kommun till ...", "Sedan 2015 är även
 * Stockholms läns landsting medlem i ...".
 */
static const char *const inverted_fillers[] = {"sig", "även", "också", "også", NULL};

/* Words that pair each of a list with its own of another: "i X respektive Y". */
static const char *const respective_words[] = {"respektive", "henholdsvis", "respectively", NULL};

/* "gick ... ur", "gikk ... ut": a verb of going and its particle of leaving. */
static const char *const going_verbs[] = {"gick", "gikk", NULL};
static const char *const leaving_particles[] = {"ur", "ut", NULL};

/* Dashes between the two dates of a range: "2012–2016". */
static const char *const range_dashes[] = {"-", "–", NULL};

/*
 * Words a time phrase that begins a sentence has before its date: "Den 1
 * juli 2012", "Sedan 2015", "Från och med 2014-01-01", "Fram till 2016",
 * "Mellan 2012 och 2016", "Under åren 2012–2016", "In 2012".
 */
static const char *const time_phrase_words[] = {
	"den", "år", "året", "åren", "årene", "sedan", "från", "och", "med", "fra",
	"og", "siden", "fram", "frem", "till", "til", "mellan", "mellem", "mellom",
	"i", "under", "per", "in", "since", "from", "as", "of", "on", "the",
	"between", "until", "up", "to", NULL
};

/* Words between the two dates of a range: "mellan 2012 och 2016". */
static const char *const range_joiners[] = {"och", "og", "and", NULL};

/* Words and dates, and the verb or member after them, a fronted time phrase may have. */
#define EX_FRONTED_WORDS 7

/*
 * The bytes from pos of a range's second date after its first ("–2016",
 * " och 2016"), or 0.
 */
static size_t
range_end(const ex_doc *doc, size_t pos, size_t end)
{
	ex_date		date;
	size_t		p = pos,
				n;

	if ((n = ex_mark_at(doc, p, end, range_dashes)) > 0)
		p = ex_skip_space(doc, p + n, end);
	else if ((n = ex_word_in(doc, p, end, range_joiners)) > 0)
		p = ex_skip_space(doc, p + n, end);
	else
		return 0;
	return (n = ex_date_at(doc, p, end, &date)) > 0 ? p + n - pos : 0;
}

/*
 * Where the clause goes on after a time phrase the sentence begins with
 * (time_phrase_words and a date, a range's second date, commas): a verb
 * of a single membership or a word that begins a place right after it;
 * else EX_NONE.  A phrase with any other word dates something else ("Tre
 * år efter starten 2014 anslöt ...", "Enligt avtalet från 2014 är ...",
 * "Den 1 mars 2016 i Linköping anslöt ..."): it opens no such clause.
 */
static size_t
after_fronted_time(const ex_doc *doc, const ex_sentence *s)
{
	size_t		end = s->span.end,
				p = s->span.start,
				n;
	bool		dated = false;
	ex_date		date;

	/* every date holds a digit (ex_date_at): most sentences are passed over here */
	if (!s->has_digit)
		return EX_NONE;
	for (int i = 0; i < EX_FRONTED_WORDS && p < end; i++)
	{
		if (!dated && (n = ex_date_at(doc, p, end, &date)) > 0)
		{
			dated = true;
			p = ex_skip_space(doc, p + n, end);
		}
		else if (!dated && ex_word_in(doc, p, end, time_phrase_words) > 0)
			p = ex_next_word(doc, p, end);
		else if (dated && doc->text[p] == ',')
			p = ex_next_word(doc, p, end);
		else if (dated && (n = range_end(doc, p, end)) > 0)
			p = ex_skip_space(doc, p + n, end);
		else if (dated && (single_verb_at(doc, p, end) || ex_place_at(doc, p, end, &n) != NULL))
			return p;
		else
			return EX_NONE;
	}
	return EX_NONE;
}

/*
 * The verb after the member at pos ("Vimmerby kommun anslöt 2012 till
 * ..."), or EX_NONE if no member stands at pos; *rest is the word after
 * the verb.
 */
static size_t
member_then_verb(const ex_doc *doc, size_t pos, size_t end, ex_item *item, size_t *rest)
{
	size_t		n = item_at(doc, pos, end, item),
				verb;

	if (n == 0)
		return EX_NONE;
	verb = ex_skip_space(doc, item_tail(doc, pos + n, end), end);
	*rest = ex_next_word(doc, verb, end);
	return verb;
}

/*
 * The single member's verb at pos, with its subject in *subjects: the
 * member at pos and its verb after it, or, after a time phrase the
 * sentence begins with, either order: the verb second, as Swedish, Danish
 * and Norwegian put it ("Den 1 juli 2012 anslöt Vimmerby kommun till ...",
 * "Sedan 2015 är Boxholm medlem i ..."), its subject one member or a list
 * of them, or the member first ("In 2012, Lund joined ...").  Returns
 * EX_NONE if there is none; *rest is where the words after the verb and
 * its subject begin.  pos is where the sentence begins.
 */
static size_t
single_clause(const ex_doc *doc, const ex_sentence *s, size_t pos, ex_list *subjects,
			  size_t *rest)
{
	size_t		end = s->span.end,
				verb,
				subject,
				n;
	ex_item    *item = &subjects->items[0];
	ex_date		date;

	subjects->nitems = 1;
	subjects->stated = -1;
	verb = member_then_verb(doc, pos, end, item, rest);
	if (verb != EX_NONE || (pos = after_fronted_time(doc, s)) == EX_NONE)
		return verb;
	/* "In 2012, Lund joined ..." */
	if (!single_verb_at(doc, pos, end))
		return member_then_verb(doc, pos, end, item, rest);
	subject = ex_next_word(doc, pos, end);
	for (int i = 0; i < 2 && ex_word_in(doc, subject, end, inverted_fillers) > 0; i++)
		subject = ex_next_word(doc, subject, end);
	/*
	 * "Den 1 juli 2012 anslöt Vimmerby och Kinda till X", "Sedan 2012 ingår
	 * Kinda och Ydre i X": the verb's subject, each of them a member as a
	 * single one is; but only the first where a later one has a date of its
	 * own ("1996 anslöt sig Hofors kommun, och Älvkarleby kommun 2004",
	 * read as the next clause); none where each has its own body ("... i
	 * Itsam respektive Sydarkivera")
	 */
	read_list(doc, subject, end, subjects);
	if (subjects->nitems == 0 ||
		(subjects->nitems > 1 && ex_find_in(doc, subject, end, respective_words, &n) != EX_NONE))
		return EX_NONE;
	*rest = ex_skip_space(doc, subjects->end, end);
	if (subjects->nitems > 1 && ex_date_at(doc, *rest, end, &date) > 0)
	{
		subjects->nitems = 1;
		*rest = ex_skip_space(doc, item_tail(doc, item->span.end, end), end);
	}
	/* "Den 1 januari 2016 gick Vimmerby kommun ur förbundet": one that left */
	if (ex_word_in(doc, *rest, end, leaving_particles) && ex_word_in(doc, pos, end, going_verbs))
		return EX_NONE;
	return pos;
}

/* Keeps of list's items only the places, in their order; returns how many. */
static int
keep_places(ex_list *list)
{
	int			n = 0;

	for (int i = 0; i < list->nitems; i++)
		if (list->items[i].place != NULL)
			list->items[n++] = list->items[i];
	return list->nitems = n;
}

/*
 * "Kristianstads kommun är med i samarbetet X", "Båstad lämnade ... 2018",
 * "Kävlinge kommun var medlem fram till 2018" on a page about one
 * organisation, "Eslöv är delägare i bolaget".  Returns the organisation,
 * or -1; the members, the places of the subject, are in *subjects (more
 * than one only after a fronted time phrase), and *verb_end is where the
 * statement's verb phrase ends.  A subject with no place (a body) states
 * no single membership.
 */
static int
single_org(ex_doc *doc, const ex_sentence *s, size_t pos, ex_list *subjects,
		   size_t *verb_end)
{
	size_t		end = s->span.end,
				rest,
				verb = single_clause(doc, s, pos, subjects, &rest),
				p;
	int			org = -1;
	bool		role = false,
				perfect;

	if (verb == EX_NONE || keep_places(subjects) == 0)
		return -1;
	/* "lämnade Ystad kommun in en ansökan": handing in, not leaving */
	if (ex_word_is(doc, verb, end, "lämnade") && ex_handing_particle_at(doc, rest, end))
		return -1;
	perfect = ex_perfect_auxiliary(doc, verb, end);
	if (!perfect && !single_verb_at(doc, verb, end))
		return -1;
	/* "Region Halland blev medlem från och med 1 januari 2019", "Lund is a member of" */
	if (perfect || ex_word_in(doc, verb, end, single_copulas))
	{
		/* "har blivit medlem": past the participle */
		p = perfect ? ex_next_word(doc, rest, end) : rest;
		for (int i = 0; i < 2 && ex_word_in(doc, p, end, role_fillers); i++)
			p = ex_next_word(doc, p, end);
		if (!ex_word_in(doc, p, end, role_nouns) && !ex_word_in(doc, p, end, other_roles))
			return -1;
		role = true;
	}
	else
	{
		role = ex_word_in(doc, verb, end, joining_verbs) > 0;
		p = rest;
	}
	for (int i = 0; i < EX_SINGLE_ORG_WORDS && p < end && org < 0; i++, p = ex_next_word(doc, p, end))
	{
		size_t		m;

		org = ex_org_at(doc, p, end, &m);
		doc->subject_basis = SC_BASIS_STATED;
		/* "i Samordningsförbundet och ...": a kind noun refers, as "förbundet" does */
		if (org >= 0 && kind_noun_only(doc->orgs[org].name))
			org = topic_org(doc, s);
		else if (org >= 0)
			p += m;
		/* "i kommunalförbundet Räddningstjänsten Skaraborg": the name after the noun */
		else if (ex_word_in(doc, p, end, org_nouns) &&
				 (org = ex_org_at(doc, ex_next_word(doc, p, end), end, &m)) < 0)
			org = topic_org(doc, s);
		if (org >= 0 || !sc_is_word_char(doc->text, end, p))
			break;
	}
	/* a role with no organisation named: the one the page is about */
	if (org < 0 && role && ex_org_before(doc, s->span.start, end) < 0)
		org = topic_org(doc, s);
	*verb_end = p;
	return org;
}

/*
 * Records the period the clause of a member states, and the sentence that
 * states it, for emit_list.
 */
static void
record_period(ex_doc *doc, const ex_sentence *s, int org, const sc_place *place,
			  size_t from, size_t to)
{
	ex_period	period;

	if (doc->nmember_periods >= EX_MAX_MEMBER_PERIODS ||
		!ex_period_in(doc, from, to, &period))
		return;
	period.dated_by = s->span;
	doc->member_periods[doc->nmember_periods++] = (ex_member_period) {org, place, period};
}

/*
 * The membership in org of the member of a single membership's clause
 * [from, to): emitted, with the period the clause states, or with emit
 * false only its period recorded.
 */
static void
clause_member(ex_doc *doc, const ex_sentence *s, int org, const ex_item *item,
			  size_t from, size_t to, bool emit)
{
	ex_period	period;
	ex_dating	dating;

	if (!emit)
	{
		record_period(doc, s, org, item->place, from, to);
		return;
	}
	ex_period_in(doc, from, to, &period);
	ex_date_fact(doc, org, &period, &dating);
	emit_membership(doc, s, org, item, &dating,
					period.former ? "member.former" : "member.single", NULL);
}

/*
 * The members of a single membership: the first (or those the verb has
 * for its subject after a fronted time phrase), and those that follow
 * with "och" or a comma and a period of their own ("... sedan 2011 och
 * Hörby kommun från och med 2015").  With emit false, only records their
 * periods.
 */
static bool
single_membership(ex_doc *doc, const ex_sentence *s, size_t pos, bool emit)
{
	ex_list		subjects;
	size_t		verb_end,
				end = s->span.end,
				from = s->span.start;
	int			org = single_org(doc, s, pos, &subjects, &verb_end);

	if (org < 0)
		return false;
	for (int i = 0; i < EX_MAX_ITEMS && from < end; i++)
	{
		size_t		to = clause_end(doc, i == 0 ? verb_end : from, end),
					n;
		ex_period	period;
		ex_item    *next = &subjects.items[0];

		if (i > 0 && !ex_period_in(doc, from, to, &period))
			break;
		for (int k = 0; k < subjects.nitems; k++)
			clause_member(doc, s, org, &subjects.items[k], i == 0 ? s->span.start : from, to, emit);
		if (to >= end || (n = item_at(doc, to, end, next)) == 0 || next->place == NULL)
			break;
		subjects.nitems = 1;
		from = to;
	}
	if (emit)
		together_with(doc, s, org, verb_end);
	return true;
}

/* "Trelleborg är medlem i X tillsammans med Burlöv och Lomma". */
static void
together_with(ex_doc *doc, const ex_sentence *s, int org, size_t pos)
{
	size_t		t = ex_find(doc, pos, s->span.end, "tillsammans"),
				with;
	ex_list		list;

	if (t == EX_NONE || !ex_word_is(doc, (with = ex_next_word(doc, t, s->span.end)),
									s->span.end, "med"))
		return;
	read_list(doc, ex_next_word(doc, with, s->span.end), s->span.end, &list);
	emit_list(doc, s, &list, org, "member_list.together", s->span);
}

/*
 * An owner's share of a body: "Växjö kommun äger 22 procent av bolaget",
 * "Uddevalla kommun äger resterande 9 procent", "Lund eier 13,2 prosent i
 * selskapet".  A share under a hundred: a body one place owns whole is
 * that place's, no cooperation, and no membership.
 */
static const char *const owning_verbs[] = {
	"äger", "ejer", "eier", "eig", "owns", NULL
};

/* Words between an owning verb and its share: "äger resterande 9 procent". */
static const char *const share_fillers[] = {
	"resterande", "återstående", "övriga", "resterende", "øvrige", "attverande",
	"remaining", "the", "other", "de", "dei", "cirka", "ca", "drygt", "knapt", "about", NULL
};

/* The words of a per cent in running text, besides "%". */
static const sc_word_entry percent_words[] = {
	{"procent", 0}, {"prosent", 0}, {"percent", 0}, {"per cent", 0}, {NULL, 0}
};

/* Words before the owned body: "av bolaget", "i selskapet", "of the company". */
static const char *const share_ofs[] = {
	"av", "af", "i", "of", "in", NULL
};

/*
 * The share written at pos, in millionths of the whole ("22 procent",
 * "40%", "13,2 %", "9 per cent"), and where the text goes on after it; -1
 * if none is written there.
 */
static int32_t
share_at(const ex_doc *doc, size_t pos, size_t end, size_t *after)
{
	const char *next;
	int32_t		millionths;

	if (sc_lex_percent_in(doc->text + pos, doc->text + end, percent_words, &next,
						  &millionths) != SC_MONEY_OK)
		return -1;
	*after = ex_skip_space(doc, next - doc->text, end);
	return millionths;
}

/*
 * The body an owner's share at pos is of: one named after "av", "i",
 * "of", or the one the text is about where a noun refers to it
 * ("bolaget") or the clause ends with the share; -1 if none.
 */
static int
share_org(ex_doc *doc, const ex_sentence *s, size_t pos, size_t end)
{
	size_t		n;
	int			org;

	doc->subject_basis = SC_BASIS_STATED;
	if (ex_word_in(doc, pos, end, share_ofs))
	{
		pos = ex_next_word(doc, pos, end);
		if (ex_word_is(doc, pos, end, "the"))
			pos = ex_next_word(doc, pos, end);
		if ((org = ex_org_at(doc, pos, end, &n)) >= 0)
			return ex_full_org(doc, org);
		return ex_word_in(doc, pos, end, org_nouns) || ex_word_is(doc, pos, end, "company")
			? topic_org(doc, s) : -1;
	}
	if (pos >= end || ex_word_is(doc, pos, end, "och") || ex_word_is(doc, pos, end, "og") ||
		ex_word_is(doc, pos, end, "and") || strchr(".,;", doc->text[pos]) != NULL)
		return topic_org(doc, s);
	return -1;
}

/*
 * The owners a sentence gives their shares of a body ("Västra
 * Götalandsregionen äger 91 procent av bolaget och Uddevalla kommun äger
 * resterande 9 procent"), read in the pattern stage.
 */
static void
share_owners(ex_doc *doc, const ex_sentence *s)
{
	size_t		end = s->span.end;

	/* an owning verb first: a look-up of a place at each word is the cost */
	if (!doc->pattern_stage || !s->has_digit ||
		!ex_contains_any(doc, s->span.start, end, owning_verbs))
		return;
	for (size_t pos = ex_word_from(doc, s->span.start, end); pos < end;
		 pos = ex_word_from(doc, pos + 1, end))
	{
		ex_item		item;
		size_t		n = item_at(doc, pos, end, &item),
					p,
					after;
		int32_t		share;
		int			org;
		ex_period	period;
		ex_dating	dating;

		if (n == 0 || item.place == NULL)
			continue;
		p = ex_skip_space(doc, item_tail(doc, pos + n, end), end);
		if (!ex_word_in(doc, p, end, owning_verbs))
			continue;
		p = ex_next_word(doc, p, end);
		for (int i = 0; i < 2 && ex_word_in(doc, p, end, share_fillers); i++)
			p = ex_next_word(doc, p, end);
		share = share_at(doc, p, end, &after);
		if (share <= 0 || share >= 1000000 || (org = share_org(doc, s, after, end)) < 0)
			continue;
		ex_period_in(doc, pos, clause_end(doc, pos, end), &period);
		ex_date_fact(doc, org, &period, &dating);
		emit_membership(doc, s, org, &item, &dating, "member.share", NULL);
	}
}

/* Records the periods single memberships state, before any list is read. */
void
ex_find_member_periods(ex_doc *doc, const ex_sentence *s)
{
	/* a period needs a date, which needs a digit */
	if (!s->heading && s->has_digit)
		single_membership(doc, s, s->span.start, false);
}

/*
 * Where the last word of [start, end) that begins with a capital begins,
 * or EX_NONE.  Every item of a list is such a word (item_at), so no list
 * begins after it.
 */
static size_t
last_capital(const ex_doc *doc, size_t start, size_t end)
{
	size_t		last = EX_NONE;

	for (size_t p = ex_word_from(doc, start, end); p < end; p = ex_word_from(doc, p + 1, end))
		if (sc_is_upper(doc->text, end, p))
			last = p;
	return last;
}

/* Finds the memberships the sentence states. */
void
ex_find_memberships(ex_doc *doc, const ex_sentence *s)
{
	size_t		end = s->span.end,
				done = s->span.start,
				capital;
	ex_list		list;
	int			org;

	/* members are members of an organisation the page names */
	if (doc->norgs == 0 || s->heading || bullet_list(doc, s))
		return;
	share_owners(doc, s);
	/* a list as the subject: "Ystad, Sjöbo och Tomelilla samverkar" */
	read_list(doc, s->span.start, end, &list);
	if (list.nitems >= 2 && after_list(doc, "member_list.subject", list.end, end) &&
		!in_unknown_name(doc, list.end, end))
	{
		int			org = list_org(doc, s, s->span.start, list.end);

		if (doc->subject_basis == SC_BASIS_STATED || !having_subject(doc, list.end, end))
			emit_list(doc, s, &list, org, "member_list.subject", s->span);
		return;
	}
	if (list.nitems >= 2 && after_list(doc, "member_list.role", list.end, end))
	{
		emit_list(doc, s, &list, list_org(doc, s, s->span.start, list.end),
				  "member_list.role", s->span);
		return;
	}
	if (single_membership(doc, s, s->span.start, true))
		return;
	pthread_once(&trigger_gate_once, add_trigger_gate);
	capital = last_capital(doc, s->span.start, end);
	for (size_t pos = ex_word_from_gate(doc, s->span.start, end, &trigger_gate); pos < end;
		 pos = ex_word_from_gate(doc, pos + 1, end, &trigger_gate))
	{
		/* a trigger's list begins after it */
		if (capital == EX_NONE || pos >= capital)
			break;
		for (int t = 0; triggers[t].word && pos >= done; t++)
		{
			size_t		then_at,
						n = trigger_at(doc, pos, end, &triggers[t], &then_at),
						start;

			if (n == 0 || (triggers[t].cooperation_before &&
						   !cooperation_before(doc, s->span.start, pos)))
				continue;
			start = pos + n;
			/* "För kommunerna A och B är det X som sköter driften": whom for */
			if (strcmp(triggers[t].rule, "member_list.apposition") == 0 &&
				for_opens_sentence(doc, s, pos))
				continue;
			/* "kommunerna i sydöstra Skåne, A, B": past the area */
			if (strcmp(triggers[t].word, "kommunerna") == 0 &&
				(ex_word_is(doc, ex_skip_space(doc, start, end), end, "i") ||
				 ex_word_is(doc, ex_skip_space(doc, start, end), end, "inom")))
			{
				const char *comma = memchr(doc->text + start, ',', end - start);

				if (!comma)
					continue;
				start = comma - doc->text + 1;
			}
			read_list(doc, start, end, &list);
			if (list.nitems == 0 || (list.nitems < 2 && strcmp(triggers[t].rule, "member_list.ingår") != 0) ||
				bodies_before_unknown(doc, &list, end))
				continue;
			if (!after_list(doc, triggers[t].rule, list.end, end))
				continue;
			/*
			 * the list's body, stated, or the topic's (list_org says
			 * which in doc->subject_basis)
			 */
			if ((org = org_in_trigger_gap(doc, &triggers[t], pos, then_at)) >= 0)
				doc->subject_basis = SC_BASIS_STATED;
			else
				org = list_org(doc, s, pos, list.end);
			/*
			 * A preposition's object in a sentence that names no body
			 * belongs to what the sentence speaks of, which is the page's
			 * body only where a word before it refers back to that body:
			 * "Förbundet startade 2004 med kommunerna A, B och C", not "I
			 * avtalet öppnas möjligheter för de sex kommunerna A, B ...".
			 */
			if (strcmp(triggers[t].rule, "member_list.apposition") == 0 &&
				doc->subject_basis != SC_BASIS_STATED &&
				object_of_preposition(doc, s, pos) && !ex_refers_back_before(doc, s, pos))
				continue;
			emit_list(doc, s, &list, org, triggers[t].rule, s->span);
			done = list.end;
		}
	}
	if (done == s->span.start)
		colon_list(doc, s);
}

/*
 * Whether the municipalities before the colon at "at" are a source
 * (source_prepositions): a noun of municipalities there whose
 * preposition, over determiners and a count, is one.
 */
static bool
colon_lists_sources(const ex_doc *doc, const ex_sentence *s, size_t at)
{
	for (size_t p = ex_word_from(doc, s->span.start, at); p < at; p = ex_word_from(doc, p + 1, at))
	{
		size_t		word;

		if (ex_word_prefix(doc, p, at, "kommun") &&
			(word = word_before_noun_phrase(doc, s->span.start, p)) != EX_NONE &&
			ex_word_in(doc, word, p, source_prepositions) > 0)
			return true;
	}
	return false;
}

/* Finite verbs after a list that make it a clause's subject. */
static const char *const clause_verbs[] = {
	"har", "hade", "är", "var", "er", "ska", "skal", "skall", "vil", "kan",
	"får", "fikk", "fick", "have", "has", "are", "is", "will", NULL
};

/* Words for municipalities a semicolon may stand after as a colon would. */
static const char *const semicolon_nouns[] = {
	"kommuner", "kommunerna", "kommunene", "kommunerne", "kommunar", "kommunane",
	"medlemskommuner", "medlemskommunerna", "medlemskommunene", "medlemskommunerne",
	"municipalities", "councils", NULL
};

/*
 * Prepositions of the body or the area the counted municipalities are
 * of, between their noun and the semicolon: "7 medlemskommuner i
 * Gudenåkomitéen; Favrskov, ...", "de 7 kommunene på Fosen; Osen, ...".
 */
static const char *const semicolon_of[] = {"i", "på", "in", "of", NULL};

/*
 * The colon a list follows, or a semicolon written for one right after a
 * count and a word for municipalities ("et interkommunalt samarbeid med 5
 * kommuner; Farsund, Flekkefjord, ..."); NULL if the sentence has
 * neither.  A semicolon ends a clause far more often than it begins a
 * list ("samverkar med andra kommuner; Umeå och Haparanda har ..."), so
 * its list must also end the sentence (colon_list).
 */
static size_t counted_noun_end(const ex_doc *doc, const ex_sentence *s, size_t pos);

static const char *
list_colon(const ex_doc *doc, const ex_sentence *s)
{
	size_t		len = s->span.end - s->span.start;
	const char *colon = memchr(doc->text + s->span.start, ':', len),
			   *semicolon;
	size_t		at;

	if (colon || !(semicolon = memchr(doc->text + s->span.start, ';', len)))
		return colon;
	at = counted_noun_end(doc, s, semicolon - doc->text);
	for (int i = 0; semicolon_nouns[i]; i++)
	{
		size_t		n = strlen(semicolon_nouns[i]),
					count_at;
		int			count;

		if (at >= s->span.start + n &&
			sc_match_folded(doc->text + at - n, n, semicolon_nouns[i]) == n &&
			ex_word_start(doc, at - n) &&
			(count_at = ex_word_before(doc, s->span.start, at - n)) != EX_NONE &&
			ex_number_any_language(doc, count_at, at - n, &count) > 0)
			return semicolon;
	}
	return NULL;
}

/*
 * Where the counted noun before the semicolon at pos ends: before the
 * preposition and the one word, the body or the area, that may stand
 * between them ("7 medlemskommuner i Gudenåkomitéen;", "7 kommuner i
 * alt;"), else at pos.
 */
static size_t
counted_noun_end(const ex_doc *doc, const ex_sentence *s, size_t pos)
{
	size_t		name = pos,
				of;

	/* back to the name's first character, over the bytes of its letters */
	while (name > s->span.start &&
		   (((unsigned char) doc->text[name] & 0xC0) == 0x80 || !ex_word_start(doc, name)))
		name--;
	if (name == pos || (of = ex_word_before(doc, s->span.start, name)) == EX_NONE ||
		ex_word_in(doc, of, name, semicolon_of) == 0)
		return pos;
	while (of > s->span.start && doc->text[of - 1] == ' ')
		of--;
	return of;
}

/* Whether only spaces and the sentence's closing mark stand from pos to end. */
static bool
ends_there(const ex_doc *doc, size_t pos, size_t end)
{
	pos = ex_skip_space(doc, pos, end);
	if (pos < end && (doc->text[pos] == '.' || doc->text[pos] == '!'))
		pos++;
	return ex_skip_space(doc, pos, end) >= end;
}

/* The verbs whose subject is the body a colon's list after them names the parts of. */
static const char *const consisting_verbs[] = {"består", "consists", NULL};

/*
 * Whether the sentence begins with a name of at most three words, no
 * body, place or word that refers back the page knows
 * (ex_subject_is_unknown_name), and its first "består" or "consists"
 * follows that name, ahead of the colon at pos or of the bullets after
 * the sentence: "IUA Sør-Rogaland består av følgende kommuner:" lists
 * the parts of that name's body, not of the one the page or section is
 * about.
 */
static bool
unknown_subject_consists(ex_doc *doc, const ex_sentence *s, size_t pos)
{
	size_t		n,
				verb = ex_find_in(doc, s->span.start, pos, consisting_verbs, &n);

	return verb != EX_NONE && verb > s->span.start && ex_subject_is_unknown_name(doc, s, verb);
}

/*
 * "Elva kommuner samverkar i X: A, B samt C": a list after a colon inside
 * the sentence, where the words before the colon say members follow.  Its
 * organisation is one the sentence names or the one its section, title or
 * last definition is about, not merely the last one named: "Utanför
 * kommunalförbundet samarbetar A, B och C även – i en gemensam nämnd ... Här
 * deltar ytterligare två kommuner: D och E" lists the members of a body
 * with no name.  A list that a finite verb goes on from is a clause's
 * subject ("samarbeider med andre kommuner: Kristiansand og Arendal har
 * lignende prosjekter"), not the colon's list.
 */
static void
colon_list(ex_doc *doc, const ex_sentence *s)
{
	const char *colon = list_colon(doc, s);
	size_t		at,
				n,
				after;
	ex_list		list;
	int			org;
	sc_fact_basis topic_basis;

	if (!colon)
		return;
	at = colon - doc->text;
	if (ex_find_in(doc, s->span.start, at, list_cues, &n) == EX_NONE ||
		colon_lists_sources(doc, s, at))
		return;
	/* the line of names after a colon that ends the sentence is its list */
	read_list(doc, at + 1, at + 1 == s->span.end ? s->list_end : s->span.end, &list);
	after = ex_skip_space(doc, list.end, s->span.end);
	if (list.nitems < 2 || (*colon == ';' && !ends_there(doc, after, s->span.end)) ||
		ex_word_in(doc, after, s->span.end, clause_verbs) > 0 ||
		unknown_subject_consists(doc, s, at))
		return;
	org = list_org(doc, s, at, list.end);
	if (doc->subject_basis != SC_BASIS_STATED && ex_sentence_topic_basis(doc, s, &topic_basis) < 0)
		return;
	emit_list(doc, s, &list, org, "member_list.colon", s->span);
}

/* ------------------------------------------------------------------------
 * Counted statements
 * ------------------------------------------------------------------------
 */

static const sc_place_set *
set_at(const ex_doc *doc, size_t pos, size_t end)
{
	for (int i = 0; set_words[i].word; i++)
		if (ex_word_is(doc, pos, end, set_words[i].word))
			return &set_words[i].set;
	return NULL;
}

static void
emit_count(ex_doc *doc, const ex_sentence *s, size_t at, int org, int count,
		   const char *qualifier, const sc_place_set *set)
{
	sc_fact		f;
	char		name[EX_NAME_MAX];
	char		warning[96];
	size_t		size = set ? sc_place_set_size(set) : 0;
	ex_period	period;
	ex_dating	dating;

	ex_init_fact(&f, SC_FACT_MEMBER_COUNT, s, "member_count.stated");
	f.basis = doc->subject_basis;
	/* "Skaraborgs Kommunalförbund" where the sentence says "Skaraborgs 15" */
	f.organisation = doc->orgs[ex_full_org(doc, org)].name;
	f.count = count;
	snprintf(name, sizeof(name), "%.60s%skommuner", qualifier, qualifier[0] ? " " : "");
	f.name = name;
	if (set && size != (size_t) count)
	{
		snprintf(warning, sizeof(warning),
				 "the text counts %d but the gazetteer's set has %zu", count, size);
		f.warning = warning;
	}
	ex_period_in(doc, s->span.start, s->span.end, &period);
	ex_date_fact(doc, org, &period, &dating);
	ex_apply_dating(&dating, &f);
	ex_emit_at(doc, &f, at);
	if (!set || size != (size_t) count)
		return;
	for (size_t i = 0; i < sc_gazetteer_nplaces; i++)
	{
		const sc_place *place = &sc_gazetteer_places[i];
		sc_fact		m;

		if (!sc_place_set_contains(set, place))
			continue;
		ex_init_fact(&m, SC_FACT_MEMBERSHIP, s, "member_count.expanded");
		m.organisation = f.organisation;
		m.member = place->name;
		m.member_code = place->code;
		m.derived = true;
		m.basis = f.basis;
		ex_apply_dating(&dating, &m);
		ex_emit_at(doc, &m, at);
	}
}

/*
 * The municipalities of the region an organisation's name names
 * ("Kommunförbundet Skåne"), for a count that names no set of its own
 * ("alla 33 kommuner"); false if the name names no region.
 */
static bool
region_of_name(const char *name, sc_place_set *set)
{
	size_t		len = strlen(name);

	for (size_t i = 0; i < len; i++)
	{
		const sc_place *place;
		size_t		n;

		if (i > 0 && name[i - 1] != ' ')
			continue;
		place = sc_gazetteer_match_prefix(name + i, len - i, &n);
		if (place != NULL && place->kind == SC_PLACE_REGION)
		{
			*set = (sc_place_set) {place->region, NULL};
			return true;
		}
	}
	return false;
}

/*
 * "samtliga 33 skånska och 46 danska kommuner", "85 kommuner i
 * Öresundsregionen", "de elva kommunerna", "Skånes 33 kommuner"; and
 * "alla 33 kommuner" where the organisation's name names a region of as
 * many municipalities.
 */
void
ex_find_counts(ex_doc *doc, const ex_sentence *s)
{
	size_t		end = s->span.end;

	/*
	 * nothing whose members to count; or no counted noun, which every
	 * count needs and each of which holds "kommuner"
	 */
	if (doc->norgs == 0 || !ex_contains(doc, s->span.start, end, "kommuner"))
		return;
	for (size_t pos = ex_word_from(doc, s->span.start, end); pos < end;
		 pos = ex_word_from(doc, pos + 1, end))
	{
		int			counts[8],
					npairs = 0,
					org;
		char		qualifiers[8][32];
		const sc_place_set *sets[8];
		size_t		p = pos,
					n,
					after;
		const sc_place_set *trailing = NULL,
				   *before = NULL;
		sc_place_set region_before,
					region_after;

		if (!ex_may_be_number(doc, pos, end) ||
			ex_number(doc, pos, end, &counts[0]) == 0)
			continue;
		if (pos > s->span.start + 1)
		{
			/* "Skånes 33 kommuner" */
			size_t		q = pos - 1;
			const sc_place *place;

			while (q > s->span.start && ex_word_start(doc, q) == false)
				q--;
			while (q > s->span.start && !ex_word_start(doc, q))
				q--;
			place = sc_gazetteer_match_prefix(doc->text + q, pos - 1 - q, &n);
			if (place && place->kind == SC_PLACE_REGION && q + n == pos - 1)
			{
				region_before = (sc_place_set) {place->region, NULL};
				before = &region_before;
			}
		}
		while (npairs < 8 && (n = ex_number(doc, p, end, &counts[npairs])) > 0)
		{
			p = ex_skip_space(doc, p + n, end);
			sets[npairs] = NULL;
			qualifiers[npairs][0] = '\0';
			/* "Tre av medlemskommunerna har ...": some of them, not their count */
			if (ex_word_in(doc, p, end, partitive_words) > 0)
				break;
			if (sc_is_lower(doc->text, end, p) && !ex_word_in(doc, p, end, counted_nouns))
			{
				sets[npairs] = set_at(doc, p, end);
				ex_copy(doc, (sc_span) {p, ex_word_end(doc, p, end)}, qualifiers[npairs],
						sizeof(qualifiers[npairs]));
				p = ex_next_word(doc, p, end);
			}
			npairs++;
			if ((n = ex_word_is(doc, p, end, "och")) == 0)
				break;
			p = ex_skip_space(doc, p + n, end);
		}
		if ((n = ex_word_in(doc, p, end, counted_nouns)) == 0)
		{
			pos = p > pos ? p - 1 : pos;
			continue;
		}
		after = ex_skip_space(doc, p + n, end);
		if (ex_word_is(doc, after, end, "i"))
		{
			size_t		q = ex_next_word(doc, after, end);
			const sc_place *place;

			trailing = set_at(doc, q, end);
			place = sc_gazetteer_match_prefix(doc->text + q, end - q, &n);
			if (!trailing && place && place->kind == SC_PLACE_REGION)
			{
				region_after = (sc_place_set) {place->region, NULL};
				trailing = &region_after;
			}
		}
		org = ex_org_before(doc, s->span.start, pos);
		doc->subject_basis = org >= 0 ? SC_BASIS_STATED : doc->context_basis;
		/* "Anlægget ejes af fem kommuner": the plant's owners, not a body's */
		if (org < 0 && !ex_subject_is_thing(doc, s))
			org = doc->context;
		for (int i = 0; i < npairs && org >= 0; i++)
		{
			const sc_place_set *set = sets[i] ? sets[i] : before ? before : trailing;
			sc_place_set named;

			if (set == NULL && region_of_name(doc->orgs[org].name, &named) &&
				sc_place_set_size(&named) == (size_t) counts[i])
				set = &named;
			if (counts[i] >= 2 && counts[i] < EX_MEMBER_COUNT_MAX && !ex_count_of_others(doc, s, pos, p))
				emit_count(doc, s, pos, org, counts[i], qualifiers[i], set);
		}
		pos = p;
	}
}
