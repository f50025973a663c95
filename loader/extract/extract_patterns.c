/*
 * extract_patterns.c
 *		Member lists found by the patterns of patterns.tsv: a sentence is
 *		split into words once, its lists of members are read from those
 *		words, and a pattern says which list names members, and whether
 *		the sentence says they are not members at all.
 *
 * A list is two or more items joined by commas, semicolons, bullets or
 * the word for "and" of any of the four languages ("och", "og", "and",
 * "samt", "&"); an item is an organisation the page names, a place of the
 * gazetteer, or a capitalised name that is neither (a municipality the
 * gazetteer does not know: "Essunga", "Region Halland"), with the word for
 * municipality after it left out ("Stevns kommuner", "Vestfold
 * fylkeskommune"); a name cut short ("Greater Copenhagen" of "Greater
 * Copenhagen Forum for ...", "Arbets" of "Arbets- och miljömedicin") is
 * none, and ends the list.  A list of names the gazetteer does not know
 * must have three items or end in a plural "kommuner", so that two names
 * joined by "och" in passing are no list.
 *
 * A member pattern names the list after its trigger ("ejes af A, B og C")
 * or before it ("A, B och C samverkar"); after it, a colon, a "that is"
 * ("dvs.") or a lone semicolon or comma may introduce the list, and a word
 * "#kommuner" of a trigger is one after a number ("12 kommuner A, B").  In
 * the pattern stage a body's name with a parenthesis of municipalities
 * after it names its members without a pattern ("Räddningstjänsten Syd
 * (Malmö, Burlöv och Lund)").  A "not" pattern anywhere in the
 * sentence ("ingår inte", "overvejer") and a "former" one ("utträdde") keep
 * this stage from reading the sentence at all: a missing membership is
 * better than a wrong one, and extract_members.c reads former members
 * with their periods.  A trigger marked "known" reads only lists of places
 * and organisations the page names.  The organisation is the one the
 * sentence names before the list, else after it (for a list before its
 * trigger, after it first: "A og B er deltakere i selskapet"), else the
 * name the trigger has for its subject ("Business Region Aarhus består af
 * ...", ex_subject_org), else, where a word of
 * the sentence refers to one ("I förbundet ingår ...", "Våra
 * medlemskommuner"; the refer lines of patterns.tsv), the one its
 * section's heading, the page's title, its section's first sentence or
 * the last definition before it names (ex_sentence_topic); with none of
 * those, the list is not read: a sentence that names no body and refers
 * to none may be about any ("Alle tre består af ...").
 *
 * The loader reads these lists with --pattern-stage; by default it reads
 * only those of the rules a "default" line of patterns.tsv names, whose
 * precision was measured on pages no one tuned them on.
 *
 * Trigger words are compared by their Snowball stems, so that one line
 * covers a word's inflections.  The stems of the patterns are made once
 * per process; a word of the text is stemmed only where it begins with
 * the stem of a trigger word, so that most words cost one comparison.
 */
#include "extract_int.h"
#include "extract_patterns.h"

#include <libstemmer.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "words.h"

/* Words of one sentence that are read; a longer sentence's rest is not. */
#define EX_MAX_TOKENS 512

/* Lists and pattern matches one sentence may have. */
#define EX_MAX_LISTS 16
#define EX_MAX_MATCHES 16
#define EX_LIST_ITEMS 64

/* Words a gap in a trigger ("består ... av") may stand for. */
#define EX_TRIGGER_GAP 3

/* Bytes of a word that are stemmed; a longer word matches no trigger. */
#define EX_STEM_MAX 64

/*
 * Patterns the tables may hold (patterns.tsv has about 160); with more,
 * patterns-c.awk refuses the file.
 */
#define EX_MAX_PATTERNS 512

/*
 * Words after a trigger before its list must begin ("ägare är 17 kommuner
 * i västra Skåne: Bjuv, ..."); before, after its list ends ("A, B og C
 * kommuner som ejere").  No comma or full stop may stand between.
 */
#define EX_AFTER_GAP 8
#define EX_BEFORE_GAP 3

typedef enum ex_token_kind
{
	EX_TOKEN_WORD,
	EX_TOKEN_MARK				/* one character that is no word's */
} ex_token_kind;

typedef struct ex_token
{
	size_t		start,
				end;
	ex_token_kind kind;
} ex_token;

typedef struct ex_list_item
{
	const sc_place *place;
	int			org;
	size_t		name_start,
				name_end;		/* the name, without "kommun" after it */
	bool		county_tail;	/* "fylkeskommune", "fylke" after it */
	bool		skipped;		/* an item of the list that is no member */
	bool		municipal_tail; /* "kommune", "kommun" ... after it */
	bool		council;		/* an English council's place (council_item) */
} ex_list_item;

typedef struct ex_token_list
{
	int			first,
				last;			/* token range */
	ex_list_item items[EX_LIST_ITEMS];
	int			nitems;
	bool		unknown;		/* an item the gazetteer and page do not know */
	bool		plural_tail;	/* ends in "kommuner", "kommunerne" ... */
	bool		used;
	/* where the list goes on past "og kommunene" (after_municipalities_noun), the last such noun */
	int			noun_item;		/* the first item after the noun, or 0 */
	int			noun_end;		/* the token after the noun */
	int			items_after_noun;	/* the first token of noun_item */
} ex_token_list;

/* Bytes of a sentence folded for the comparison of triggers. */
#define EX_FOLDED_MAX 16384

typedef struct ex_sentence_words
{
	size_t		start;			/* where folded begins in the text */
	size_t		nfolded;
	char		folded[EX_FOLDED_MAX];
	ex_token	tokens[EX_MAX_TOKENS];
	int			ntokens;
	size_t		stemmed_start;	/* the word last stemmed, or EX_NONE */
	ex_lang		stemmed_lang;
	char		stem[EX_STEM_MAX];	/* its stem */
	ex_token_list lists[EX_MAX_LISTS];
	int			nlists;
	ex_token_list tail;			/* a list's items after "og kommunene" */
	ex_token_list *tail_of;		/* the list they are of */
	bool		in_trigger[EX_MAX_TOKENS];	/* a member pattern matched it */
} ex_sentence_words;

/* A pattern word as compared: its folded stem or prefix. */
typedef struct ex_compiled_word
{
	char		text[EX_STEM_MAX];
	size_t		len;
	bool		stemmed;		/* else a prefix or ("=") a whole word */
	bool		whole;
	bool		gap;			/* "...": up to EX_TRIGGER_GAP words */
	bool		counted;		/* "#": a number stands right before it */
} ex_compiled_word;

static const char *const stemmer_names[EX_NLANGS] = {
	"swedish", "danish", "norwegian", "english"
};

static ex_compiled_word compiled[EX_MAX_PATTERNS][EX_TRIGGER_WORDS];
static bool compiled_ok;
/* some member pattern is read by default, out of the pattern stage */
static bool any_by_default;

/*
 * The patterns by the first two bytes of their first word, folded, so that
 * a word is compared with the few patterns that may begin with it: bit
 * i%64 of by_initials[pair_index(a, b)][i/64] for pattern i.
 */
static uint64_t by_initials[256][EX_MAX_PATTERNS / 64];

/*
 * The same for the member patterns read by default only: out of the pattern
 * stage a sentence none of them matches is not matched against the others.
 */
static uint64_t by_default_initials[256][EX_MAX_PATTERNS / 64];

/*
 * One word of each member pattern read by default (gate_word), as
 * compared (folded stems and prefixes), each once; NULL-terminated.  A
 * sentence a pattern matches has a token that begins with each of its
 * words, so out of the pattern stage a sentence none of whose words
 * begins with one of these is passed over unsplit (may_match_by_default):
 * most sentences are, and splitting them cost more than every rule after
 * it.
 */
static const char *default_gate_words[EX_MAX_PATTERNS + 1];
static ex_initials default_initials;	/* how they begin */
static ex_word_gate default_gate;	/* and for ex_word_from_gate */
static bool default_gate_open;	/* one of them is empty */

static unsigned
pair_index(unsigned char a, unsigned char b)
{
	return (a * 31u + b) & 255;
}
static pthread_once_t compile_once = PTHREAD_ONCE_INIT;

/* Words after a name that say it is a municipality, left out of the name. */
static const char *const municipal_words[] = {
	"kommun", "kommune", "kommunes", "stad", "municipality", NULL
};

/* Words after a name that say it is a county, left out of the name. */
static const char *const county_words[] = {
	"fylkeskommune", "fylke", NULL
};
static const char *const municipal_plurals[] = {
	"kommuner", "kommunerna", "kommunerne", "kommunene", "kommunar", "kommunane",
	"municipalities", NULL
};

/*
 * The words a place's name of two words no one knows begins or ends with
 * ("Lilla Edet", "Vestre Toten", "Region Halland", "Pechenga District"):
 * two capitalised words without one are more often a person's name
 * ("Christer Ängehov" in a list of a board's members) than a place's.
 */
static const char *const place_first_words[] = {
	"östra", "västra", "norra", "södra", "övre", "nedre", "lilla", "stora",
	"østre", "vestre", "nordre", "søndre", "indre", "ytre", "midtre", "øvre",
	"store", "lille", "nord", "sør", "syd", "region", "upper", "lower",
	"north", "south", "east", "west", "greater", NULL
};
static const char *const place_last_words[] = {
	"district", "city", "county", "region", "län", "amt", "fylke", NULL
};

/*
 * English councils: what a council's kind says between its place's name
 * and "Council" ("Hart District Council", "Corangamite Shire Council",
 * "Hutt and Wellington city councils"), left out of the member's name as
 * "kommune" is; the word "Council" itself, and its plural, which ends a
 * list as "kommuner" does.
 */
static const char *const council_kinds[] = {
	"district", "borough", "city", "county", "shire", "town", "regional",
	"metropolitan", "municipal", NULL
};
static const char *const council_words[] = {"council", NULL};
static const char *const council_plurals[] = {"councils", NULL};

/* Capitalised words a council's place may have: "South Oxfordshire". */
#define EX_COUNCIL_NAME_WORDS 3

/* Words that join the items of a list. */
static const char *const conjunctions[] = {
	"och", "og", "and", "samt", "&", NULL
};

/* The articles of a plural noun: "de kommuner som ...", "dei fem kommunane". */
static const char *const plural_articles[] = {"de", "dei", NULL};

/*
 * Those that also join the parts of a county's name ("Møre og Romsdal
 * fylke"); "samt" joins two ("i Vestfold samt Vestfold fylkeskommune").
 */
static const char *const county_joiners[] = {
	"og", "and", "&", NULL
};

static bool
stem_into(struct sb_stemmer *stemmer, const char *word, size_t len, char *out)
{
	const sb_symbol *stem;
	int			n;

	stem = sb_stemmer_stem(stemmer, (const sb_symbol *) word, (int) len);
	if (stem == NULL)
		return false;
	n = sb_stemmer_length(stemmer);
	if (n <= 0 || n >= EX_STEM_MAX)
		return false;
	memcpy(out, stem, n);
	out[n] = '\0';
	return true;
}

/* Whether pattern i is a member pattern whose rule is read by default. */
static bool
member_by_default(int i)
{
	return ex_patterns[i].polarity == EX_POLARITY_MEMBER && ex_patterns[i].by_default;
}

/*
 * Adds a member pattern's word to default_gate_words, unless there; an
 * empty one may begin any token, so it stands for every sentence.
 */
static void
add_default_gate_word(const char *word)
{
	int			n = 0;

	for (; default_gate_words[n]; n++)
		if (strcmp(default_gate_words[n], word) == 0)
			return;
	default_gate_words[n] = word;
	if (word[0] == '\0')
		default_gate_open = true;
	else
	{
		ex_initials_add(&default_initials, word);
		ex_gate_add_word(&default_gate, word);
	}
}

/* Bytes a trigger's last word has at least to gate its sentences. */
#define EX_GATE_WORD_MIN 5

/*
 * The word of compiled pattern i that fewest sentences hold, to gate them
 * by: its last where that has EX_GATE_WORD_MIN bytes or more, the word
 * that ties the list ("samarbeid mellom", whose first begins many a
 * Swedish word, "samarbete", "samverkan"), else its first ("ejes af",
 * "består av").
 */
static int
gate_word(int i)
{
	int			last = 0;

	for (int w = 1; w < EX_TRIGGER_WORDS && ex_patterns[i].words[w]; w++)
		if (!compiled[i][w].gap)
			last = w;
	return compiled[i][last].len >= EX_GATE_WORD_MIN ? last : 0;
}

/* Makes the folded stems and prefixes of every pattern word, once. */
static void
compile_patterns(void)
{
	struct sb_stemmer *stemmers[EX_NLANGS] = {NULL};

	if (ex_npatterns > EX_MAX_PATTERNS)
		return;
	for (int l = 0; l < EX_NLANGS; l++)
		if ((stemmers[l] = sb_stemmer_new(stemmer_names[l], "UTF_8")) == NULL)
			goto done;
	for (int i = 0; i < ex_npatterns; i++)
		any_by_default |= member_by_default(i);
	for (int i = 0; i < ex_npatterns; i++)
		for (int w = 0; w < EX_TRIGGER_WORDS && ex_patterns[i].words[w]; w++)
		{
			const char *word = ex_patterns[i].words[w];
			ex_compiled_word *c = &compiled[i][w];
			size_t		len = strlen(word);
			char		folded[EX_STEM_MAX];

			if (len >= EX_STEM_MAX)
				goto done;
			if (strcmp(word, "...") == 0)
			{
				c->gap = true;
				continue;
			}
			/* "#kommuner": the word itself, after a number */
			c->counted = word[0] == '#';
			c->whole = word[0] == '=' || c->counted;
			c->stemmed = !c->whole && word[len - 1] != '*';
			if (c->whole)
				word++, len--;
			else if (!c->stemmed)
				len--;
			memcpy(folded, word, len);
			folded[len] = '\0';
			sc_fold_case(folded, len);
			if (!c->stemmed)
				strcpy(c->text, folded);
			else if (!stem_into(stemmers[ex_patterns[i].lang], folded, len, c->text))
				goto done;
			c->len = strlen(c->text);
			/* a one-byte stem may begin a word with any second byte */
			for (unsigned b = 0; w == 0 && c->len > 0 && b < 256; b++)
				if (c->len == 1 || b == (unsigned char) c->text[1])
				{
					by_initials[pair_index(c->text[0], b)][i / 64] |= UINT64_C(1) << (i % 64);
					if (member_by_default(i))
						by_default_initials[pair_index(c->text[0], b)][i / 64] |=
							UINT64_C(1) << (i % 64);
				}
		}
	for (int i = 0; i < ex_npatterns; i++)
		if (member_by_default(i))
			add_default_gate_word(compiled[i][gate_word(i)].text);
	compiled_ok = true;
done:
	for (int l = 0; l < EX_NLANGS; l++)
		sb_stemmer_delete(stemmers[l]);
}

/* The stemmer of lang for this document, made when first needed. */
static struct sb_stemmer *
doc_stemmer(ex_doc *doc, ex_lang lang)
{
	if (doc->stemmers[lang] == NULL)
		doc->stemmers[lang] = sb_stemmer_new(stemmer_names[lang], "UTF_8");
	return doc->stemmers[lang];
}

/*
 * The stem of the folded word of len bytes in lang, into out (size bytes);
 * false if it has none or it does not fit.
 */
bool
ex_stem(ex_doc *doc, ex_lang lang, const char *folded, size_t len, char *out, size_t size)
{
	char		stem[EX_STEM_MAX];
	struct sb_stemmer *stemmer = doc_stemmer(doc, lang);

	if (stemmer == NULL || !stem_into(stemmer, folded, len, stem) || strlen(stem) >= size)
		return false;
	strcpy(out, stem);
	return true;
}

void
ex_free_stemmers(ex_doc *doc)
{
	for (int l = 0; l < EX_NLANGS; l++)
	{
		sb_stemmer_delete(doc->stemmers[l]);
		doc->stemmers[l] = NULL;
	}
}

/* The folded bytes of the token, or NULL if it lies past those folded. */
static const char *
folded_word(const ex_sentence_words *sw, const ex_token *t)
{
	return t->end - sw->start <= sw->nfolded ? sw->folded + (t->start - sw->start) : NULL;
}

/*
 * Whether the word token is the pattern word c of language lang: it must
 * begin with c's stem or prefix, and only then is it stemmed.
 */
static bool
word_matches(ex_doc *doc, ex_sentence_words *sw, const ex_token *t,
			 const ex_compiled_word *c, ex_lang lang)
{
	const char *folded = folded_word(sw, t);
	char		stem[EX_STEM_MAX];
	size_t		len = t->end - t->start;
	struct sb_stemmer *stemmer;

	if (t->kind != EX_TOKEN_WORD || folded == NULL || len >= EX_STEM_MAX ||
		len < c->len || memcmp(folded, c->text, c->len) != 0)
		return false;
	if (!c->stemmed)
		return !c->whole || len == c->len;
	/* the last word stemmed, for the several patterns that begin alike */
	if (sw->stemmed_start != t->start || sw->stemmed_lang != lang)
	{
		if ((stemmer = doc_stemmer(doc, lang)) == NULL ||
			!stem_into(stemmer, folded, len, stem))
			return false;
		memcpy(sw->stem, stem, sizeof(stem));
		sw->stemmed_start = t->start;
		sw->stemmed_lang = lang;
	}
	return strcmp(sw->stem, c->text) == 0;
}

/*
 * The number of tokens pattern i matches from t on, or 0.  A gap ("består
 * ... av") lets up to EX_TRIGGER_GAP words stand before the word after it.
 */
static int
pattern_at(ex_doc *doc, ex_sentence_words *sw, int t, int i)
{
	int			at = t;
	int			n;

	/* "12 kommuner A, B", "syv kommuner: A, B": a number right before */
	if (compiled[i][0].counted &&
		(t == 0 || sw->tokens[t - 1].kind != EX_TOKEN_WORD ||
		 ex_number_any_language(doc, sw->tokens[t - 1].start, sw->tokens[t - 1].end, &n) !=
		 sw->tokens[t - 1].end - sw->tokens[t - 1].start))
		return 0;
	for (int w = 0; w < EX_TRIGGER_WORDS && ex_patterns[i].words[w]; w++)
	{
		const ex_compiled_word *c = &compiled[i][w];
		int			limit = at;

		if (c->gap)
		{
			limit = at + EX_TRIGGER_GAP;
			c = &compiled[i][++w];
		}
		while (at < sw->ntokens && at <= limit && sw->tokens[at].kind == EX_TOKEN_WORD &&
			   !word_matches(doc, sw, &sw->tokens[at], c, ex_patterns[i].lang))
			at++;
		if (at >= sw->ntokens || at > limit || sw->tokens[at].kind != EX_TOKEN_WORD)
			return 0;
		at++;
	}
	return at - t;
}

/*
 * ex_word_end with ASCII letters and digits told without a call: most
 * bytes of a sentence are those, and every one is looked at here.
 */
static size_t
word_end(const ex_doc *doc, size_t pos, size_t end)
{
	while (pos < end)
	{
		unsigned char c = (unsigned char) doc->text[pos];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
			pos++;
		else if (c >= 0x80 && sc_is_word_char(doc->text, end, pos))
			pos += sc_char_length(doc->text, end, pos);
		else if (c == '-' && sc_is_word_char(doc->text, end, pos + 1))
			pos++;
		else
			break;
	}
	return pos;
}

/* Splits [start, end) into words and marks, spaces left out. */
static void
split_words(const ex_doc *doc, size_t start, size_t end, ex_sentence_words *sw)
{
	size_t		pos = ex_skip_space(doc, start, end);

	sw->start = start;
	sw->stemmed_start = EX_NONE;
	sw->nfolded = end - start < EX_FOLDED_MAX ? end - start : EX_FOLDED_MAX;
	memcpy(sw->folded, doc->text + start, sw->nfolded);
	sc_fold_case(sw->folded, sw->nfolded);
	sw->ntokens = 0;
	while (pos < end && sw->ntokens < EX_MAX_TOKENS)
	{
		size_t		wend = word_end(doc, pos, end);
		ex_token   *t = &sw->tokens[sw->ntokens++];

		t->start = pos;
		if (wend > pos)
		{
			t->end = wend;
			t->kind = EX_TOKEN_WORD;
		}
		else
		{
			t->end = pos + sc_char_length(doc->text, end, pos);
			t->kind = EX_TOKEN_MARK;
		}
		pos = t->end;
		while (pos < end)
		{
			unsigned char c = (unsigned char) doc->text[pos];
			size_t		n;

			if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
				pos++;
			else if (c >= 0x80 && (n = sc_space_length(doc->text, end, pos)) > 0)
				pos += n;		/* a no-break space, ... */
			else
				break;
		}
	}
}

static bool
token_in(const ex_doc *doc, const ex_token *t, const char *const *words)
{
	return ex_word_in(doc, t->start, t->end, words) == t->end - t->start;
}

static bool
is_mark(const ex_doc *doc, const ex_token *t, const char *marks)
{
	return t->kind == EX_TOKEN_MARK && t->end == t->start + 1 &&
		strchr(marks, doc->text[t->start]) != NULL;
}

/* Whether the token is a bullet: "•", "·", or a dash standing alone. */
static bool
is_bullet(const ex_doc *doc, const ex_token *t)
{
	size_t		n = t->end - t->start;
	const char *p = doc->text + t->start;

	return t->kind == EX_TOKEN_MARK &&
		((n == 1 && (*p == '-' || *p == '*')) ||
		 (n == 2 && memcmp(p, "\xC2\xB7", 2) == 0) ||
		 (n == 3 && (memcmp(p, "\xE2\x80\xA2", 3) == 0 || memcmp(p, "\xE2\x80\x93", 3) == 0)));
}

static bool
stop_word(const ex_doc *doc, const ex_token *t)
{
	for (int i = 0; ex_stop_words[i].word; i++)
		if (ex_word_is(doc, t->start, t->end, ex_stop_words[i].word) == t->end - t->start)
			return true;
	return false;
}

/*
 * Whether token t is a capitalised word that may be part of a name: not
 * a stop word, nor the word for municipality after one ("Essunga
 * Kommun").
 */
static bool
capitalised_word(const ex_doc *doc, const ex_sentence_words *sw, int t, size_t end)
{
	const ex_token *tok = &sw->tokens[t];

	return t < sw->ntokens && tok->kind == EX_TOKEN_WORD &&
		sc_is_upper(doc->text, end, tok->start) && !stop_word(doc, tok) &&
		!token_in(doc, tok, municipal_words) && !token_in(doc, tok, county_words) &&
		!token_in(doc, tok, municipal_plurals);
}

/* Whether a place of the gazetteer begins at the token. */
static bool
place_at(const ex_doc *doc, const ex_token *t, size_t end)
{
	size_t		n;

	return t->kind == EX_TOKEN_WORD && sc_is_upper(doc->text, end, t->start) &&
		ex_place_at(doc, t->start, end, &n) != NULL;
}

/* Whether the word token is written in capitals only ("VA SYD"). */
static bool
all_capitals(const ex_doc *doc, const ex_token *tok)
{
	for (size_t i = tok->start; i < tok->end; i += sc_char_length(doc->text, tok->end, i))
		if (!sc_is_upper(doc->text, tok->end, i))
			return false;
	return true;
}

/*
 * Whether the two capitalised words at t and t + 1, which no one knows,
 * may name a place or a body rather than a person: a first or last word
 * of places' names ("Lilla Edet", "Pechenga District"), a place of the
 * gazetteer after the first ("Länsstyrelsen Skåne"), or capitals only
 * ("VA SYD").
 */
static bool
place_like_pair(const ex_doc *doc, const ex_sentence_words *sw, int t, size_t end)
{
	const ex_token *first = &sw->tokens[t],
			   *second = &sw->tokens[t + 1];

	return token_in(doc, first, place_first_words) ||
		token_in(doc, second, place_last_words) ||
		place_at(doc, second, end) ||
		(all_capitals(doc, first) && all_capitals(doc, second));
}

/*
 * National agencies, one body for the whole country, whose name a place
 * after "i" does not go on with ("Arbetsförmedlingen i Östergötland" is
 * its office there).  Whole words, folded.
 */
static const char *const national_agencies[] = {
	"arbetsförmedlingen", "försäkringskassan", "polisen", "skatteverket",
	"kriminalvården", "åklagarmyndigheten", "nav", "politiet", "skatteetaten",
	"skattestyrelsen", NULL
};

/*
 * The token after the place a body that is no place is of ("Arbetsförmedlingen
 * i Östergötland", "Länsstyrelsen i Skåne", "Høgskolen i Molde"): "i" and
 * a place of the gazetteer at token t, whole words; else t.  The place is
 * no item of its own.  It ends the name of a body there is one of in many
 * places ("Høgskolen" alone names no one), not of a national agency, whose
 * office there it says (national_agencies).
 */
static int
where_tail(const ex_doc *doc, const ex_sentence_words *sw, int t, size_t end)
{
	static const char *const in[] = {"i", "in", NULL};
	size_t		n,
				stop;
	int			next = t + 1;

	if (next >= sw->ntokens || sw->tokens[t].kind != EX_TOKEN_WORD ||
		!token_in(doc, &sw->tokens[t], in) || !place_at(doc, &sw->tokens[next], end) ||
		ex_place_at(doc, sw->tokens[next].start, end, &n) == NULL)
		return t;
	stop = sw->tokens[next].start + n;
	while (next < sw->ntokens && sw->tokens[next].start < stop)
		next++;
	return sw->tokens[next - 1].end == stop ? next : t;
}

/*
 * The token after an English council at t, "Hart District Council",
 * "Vale of Glamorgan District Council", "Wellington city councils", or t
 * if none stands there: a place's capitalised words (with "of" between
 * two), the words of its kind and "Council", or "councils" after a list.
 * The item is the place's name, a name the gazetteer does not know (a
 * list of them needs three, or the plural, which ends the list as
 * "kommuner" does).
 */
static int
council_item(const ex_doc *doc, const ex_sentence_words *sw, int t, size_t end,
			 ex_list_item *item, ex_token_list *list)
{
	static const char *const of[] = {"of", NULL};
	int			next = t,
				words = 0,
				name_end;

	while (words < EX_COUNCIL_NAME_WORDS && capitalised_word(doc, sw, next, end) &&
		   !token_in(doc, &sw->tokens[next], council_kinds) &&
		   !token_in(doc, &sw->tokens[next], council_words))
	{
		/* "Executives of Elmbridge Borough Council": the place is the item */
		if (next > t && place_at(doc, &sw->tokens[next], end))
			return t;
		next++;
		words++;
		if (next + 1 < sw->ntokens && token_in(doc, &sw->tokens[next], of) &&
			capitalised_word(doc, sw, next + 1, end))
			next++;
	}
	if (words == 0)
		return t;
	name_end = next;
	while (next < sw->ntokens && token_in(doc, &sw->tokens[next], council_kinds))
		next++;
	if (next >= sw->ntokens)
		return t;
	if (token_in(doc, &sw->tokens[next], council_plurals))
		list->plural_tail = true;
	/* "Arts Council", "Research Council": a council of no place's kind */
	else if (next == name_end || !token_in(doc, &sw->tokens[next], council_words))
		return t;
	item->name_start = sw->tokens[t].start;
	item->name_end = sw->tokens[name_end - 1].end;
	item->municipal_tail = true;
	item->council = true;
	list->unknown = true;
	return next + 1;
}

/*
 * The item at token t, and the token after it, or t if none stands
 * there: an organisation, a place, one capitalised word, or two that may
 * name a place (place_like_pair).  A name cut short is no item: a third
 * capitalised word after two, or a hyphen that joins the name to a word
 * after the list's "och".
 */
static int
read_item(const ex_doc *doc, const ex_sentence_words *sw, int t, size_t end,
		  ex_list_item *item, ex_token_list *list)
{
	const ex_token *tok = &sw->tokens[t];
	size_t		n,
				stop;
	int			next = t,
				tail;

	/* "Eierkommunene Bjerkreim kommune ...": a trigger's word begins no item */
	if (tok->kind != EX_TOKEN_WORD || !sc_is_upper(doc->text, end, tok->start) ||
		stop_word(doc, tok) || sw->in_trigger[t])
		return t;
	item->place = NULL;
	item->county_tail = false;
	item->skipped = false;
	item->municipal_tail = false;
	item->council = false;
	item->org = ex_org_at(doc, tok->start, end, &n);
	if (item->org < 0)
		item->place = ex_place_at(doc, tok->start, end, &n);
	if (item->org >= 0 || item->place != NULL)
	{
		stop = tok->start + n;
		while (next < sw->ntokens && sw->tokens[next].start < stop)
			next++;
		/* a name that ends inside a word is not this word's name */
		if (next > t && sw->tokens[next - 1].end != stop)
			return t;
		/*
		 * "Roskilde Amtskommuner": a county of the past, not the
		 * municipality, "Norrbottens Länsstyrelse": the state's county
		 * board, not the region; an item of the list, but no member
		 */
		if (item->place != NULL && next < sw->ntokens &&
			ex_county_office_word(doc, sw->tokens[next].start, sw->tokens[next].end))
		{
			item->place = NULL;
			item->skipped = true;
			item->name_start = tok->start;
			item->name_end = stop;
			return next + 1;
		}
		item->name_start = tok->start;
		item->name_end = stop;
		/* "Hol kommune": the gazetteer reads the word for municipality too */
		item->municipal_tail = next > t + 1 && token_in(doc, &sw->tokens[next - 1], municipal_words);
		/* "Telemark fylkeskommune": the gazetteer reads the suffix too */
		item->county_tail = item->place != NULL && item->place->kind == SC_PLACE_FYLKE &&
			ex_contains(doc, tok->start, stop, "fylke");
	}
	else if ((next = council_item(doc, sw, t, end, item, list)) > t)
		return next;
	else
	{
		/*
		 * a name no one knows that the page's text ends with, nothing
		 * after it, may be one a text cut at a stored length has cut
		 * ("Hof og Holmest", "och Nya Hol"); a place's whole name is one
		 * still
		 */
		next = t + 1;
		if (capitalised_word(doc, sw, next, end))
		{
			if (!place_like_pair(doc, sw, t, end))
				return t;		/* "Christer Ängehov" */
			next++;
		}
		/* "Greater Copenhagen Forum for ...": a longer name, not read */
		if (capitalised_word(doc, sw, next, end) || sw->tokens[next - 1].end == doc->len)
			return t;
		item->name_start = tok->start;
		item->name_end = sw->tokens[next - 1].end;
		list->unknown = true;
	}
	/* "Arbets- och miljömedicin Syd": the first part of a compound */
	if (next < sw->ntokens && sw->tokens[next].start == item->name_end &&
		is_mark(doc, &sw->tokens[next], "-"))
		return t;
	/* "Stevns kommuner", "Vestfold fylkeskommune" */
	if (next < sw->ntokens && token_in(doc, &sw->tokens[next], municipal_words))
	{
		item->municipal_tail = true;
		next++;
	}
	else if (next < sw->ntokens && token_in(doc, &sw->tokens[next], county_words))
	{
		item->county_tail = true;
		next++;
	}
	else if (next < sw->ntokens && token_in(doc, &sw->tokens[next], municipal_plurals))
	{
		list->plural_tail = true;
		next++;
	}
	else if (item->place == NULL && (tail = where_tail(doc, sw, next, end)) != next)
	{
		if (next != t + 1 || !token_in(doc, tok, national_agencies))
			item->name_end = sw->tokens[tail - 1].end;
		next = tail;
	}
	return next;
}

/* Whether token t is a word of ASCII digits. */
static bool
digits_token(const ex_doc *doc, const ex_sentence_words *sw, int t)
{
	if (t >= sw->ntokens || sw->tokens[t].kind != EX_TOKEN_WORD)
		return false;
	for (size_t i = sw->tokens[t].start; i < sw->tokens[t].end; i++)
		if (doc->text[i] < '0' || doc->text[i] > '9')
			return false;
	return true;
}

/*
 * The token after an owner's share at t ("eierandel 0,71 %", "50 %",
 * "(12,5 %)"), or t: a table of owners gives one after each, and no comma.
 */
static int
owner_share(const ex_doc *doc, const ex_sentence_words *sw, int t)
{
	int			next = t;

	if (next < sw->ntokens && is_mark(doc, &sw->tokens[next], "("))
		next++;
	if (next < sw->ntokens && sw->tokens[next].kind == EX_TOKEN_WORD &&
		ex_contains(doc, sw->tokens[next].start, sw->tokens[next].end, "andel"))
		next++;
	if (!digits_token(doc, sw, next))
		return t;
	next++;
	if (next + 1 < sw->ntokens && is_mark(doc, &sw->tokens[next], ",.") &&
		sw->tokens[next].end == sw->tokens[next + 1].start && digits_token(doc, sw, next + 1))
		next += 2;
	if (next >= sw->ntokens || !is_mark(doc, &sw->tokens[next], "%"))
		return t;
	next++;
	if (next < sw->ntokens && is_mark(doc, &sw->tokens[next], ")"))
		next++;
	return next;
}

/*
 * The token after the separator at t ("," ", och" "og" "•"), or t; an
 * owner's share before it is passed over (owner_share).
 */
static int
separator(const ex_doc *doc, const ex_sentence_words *sw, int t)
{
	int			share = owner_share(doc, sw, t),
				next = share;

	if (next < sw->ntokens && (is_mark(doc, &sw->tokens[next], ",;+") ||
							   is_bullet(doc, &sw->tokens[next])))
		next++;
	if (next < sw->ntokens && token_in(doc, &sw->tokens[next], conjunctions))
		next++;
	else if (next < sw->ntokens && is_mark(doc, &sw->tokens[next], "&"))
		next++;
	/* "Bjerkreim kommune eierandel 0,71 % Eigersund kommune ...": a share alone separates */
	if (next == share && share > t && next < sw->ntokens &&
		sw->tokens[next].kind == EX_TOKEN_WORD && sc_is_upper(doc->text, sw->tokens[next].end, sw->tokens[next].start))
		return next;
	return next == share ? t : next;
}

/* Where a place lies, for list_majority: its country, or its region. */
static const char *
country_of(const sc_place *place)
{
	return place->country;
}

static const char *
region_of(const sc_place *place)
{
	return place->region;
}

/*
 * Where more than half of the list's places lie, by where_of
 * (ex_majority_key), or NULL if no place or key has as many.
 */
static const char *
list_majority(const ex_token_list *list, const char *(*where_of) (const sc_place *))
{
	const char *keys[EX_LIST_ITEMS];
	int			n = 0;

	for (int i = 0; i < list->nitems; i++)
		if (list->items[i].place != NULL)
			keys[n++] = where_of(list->items[i].place);
	return ex_majority_key(keys, n);
}

/* Whether the item is a name the gazetteer and the page do not know. */
static inline bool
item_unknown(const ex_list_item *item)
{
	return item->place == NULL && item->org < 0 && !item->skipped;
}

/*
 * Names no one knew alone that the list's other places tell: a name that
 * is also a word ("Odder", "Kil") among places is one, a name of two
 * countries (Lund on a page in English) is the one of the others' country,
 * and a name of two places of one country ("Våler", "Herøy") the one of
 * their region, where more than half of them lie in one.  The list then
 * has no unknown item if none is left.
 */
static void
resolve_by_list(const ex_doc *doc, ex_token_list *list)
{
	sc_gazetteer_context context = {NULL, true, false, NULL};

	/* asked of every list: its places are counted only where a name is unknown */
	if (!list->unknown || (context.country = list_majority(list, country_of)) == NULL)
		return;
	context.region = list_majority(list, region_of);
	list->unknown = false;
	for (int i = 0; i < list->nitems; i++)
	{
		ex_list_item *item = &list->items[i];

		if (item_unknown(item))
			item->place = sc_gazetteer_resolve(doc->text + item->name_start,
											   item->name_end - item->name_start,
											   &context, NULL);
		list->unknown |= item_unknown(item);
	}
}

/* The plural nouns that say a list after them names regions. */
static const char *const region_plurals[] = {
	"regioner", "regionerna", "regionerne", "regionene", "regionane", "regions", NULL
};

/*
 * "de svenske regioner Blekinge, Kalmar og Kronoberg": after a plural
 * noun for regions, an item that names a municipality and, with "Region"
 * before it or "län" after it, a region ("Region Kalmar", "Örebro län",
 * "Jönköpings län") is the region.  The gazetteer
 * reads the bare "Kalmar" as the municipality, which is right everywhere
 * else; "Blekinge" and "Kronoberg" are regions alone.
 */
static void
regions_by_head(const ex_doc *doc, const ex_sentence_words *sw, ex_token_list *list)
{
	/* the forms a region's name takes that its bare name does not */
	static const char *const forms[] = {"Region %.*s", "%.*s län", "%.*ss län", NULL};
	const sc_gazetteer_context context = {NULL, false, false, NULL};
	char		name[SC_PLACE_NAME_SIZE + 16];

	if (list->first == 0 || !token_in(doc, &sw->tokens[list->first - 1], region_plurals))
		return;
	for (int i = 0; i < list->nitems; i++)
	{
		ex_list_item *item = &list->items[i];
		int			len = (int) (item->name_end - item->name_start);
		const sc_place *region = NULL;

		if (item->place == NULL || !sc_place_is_municipality(item->place) ||
			item->municipal_tail || len > SC_PLACE_NAME_SIZE)
			continue;
		for (int f = 0; forms[f] && (region == NULL || !sc_place_is_region(region)); f++)
		{
			int			n = snprintf(name, sizeof(name), forms[f], len, doc->text + item->name_start);

			region = sc_gazetteer_resolve(name, (size_t) n, &context, NULL);
		}
		if (region != NULL && sc_place_is_region(region))
			item->place = region;
	}
}

/*
 * Whether the item before an "og" and the county item after it are one
 * county's name ("Vestfold og Telemark fylkeskommune", "Møre og Romsdal
 * fylke"), not two items: the first no county itself, nor written as a
 * municipality ("Oslo kommune og Viken fylkeskommune"), and the words from
 * it on beginning with a county's name the gazetteer knows.
 */
static bool
joined_county(const ex_doc *doc, const ex_list_item *first, const ex_list_item *county)
{
	sc_gazetteer_context context = {NULL, true, false, NULL};
	sc_place_match match;
	if (first->county_tail || first->municipal_tail)
		return false;
	/*
	 * the singular "fylkeskommune" says one county even where the
	 * gazetteer knows only the first part ("Rogaland og Agder
	 * fylkeskommune" is no phrase: two counties would be
	 * "fylkeskommuner")
	 */
	return sc_gazetteer_find(doc->text + first->name_start,
							 county->name_end - first->name_start, &context, &match) != NULL &&
		match.place->kind == SC_PLACE_FYLKE;
}

/*
 * Splits the unknown item i that is two places' names run together with
 * no space, the second capitalised ("HortenHolmestrand, LarvikFærder":
 * a page's list items whose separators its text lost), into the two; the
 * list's other items move up.  Whether it did.
 */
static bool
split_joined_places(const ex_doc *doc, ex_token_list *list, int i)
{
	ex_list_item *item = &list->items[i];
	const sc_place *first,
			   *second;

	if (!item_unknown(item) || list->nitems >= EX_LIST_ITEMS)
		return false;
	for (size_t k = item->name_start + 2; k + 2 < item->name_end; k++)
	{
		if (!sc_is_upper(doc->text, item->name_end, k) ||
			!sc_is_lower(doc->text, item->name_end, ex_char_start(doc, k - 1, item->name_start)) ||
			(first = ex_place_named(doc, item->name_start, k)) == NULL ||
			(second = ex_place_named(doc, k, item->name_end)) == NULL)
			continue;
		memmove(&list->items[i + 2], &list->items[i + 1],
				(list->nitems - i - 1) * sizeof(list->items[0]));
		list->items[i + 1] = *item;
		list->items[i + 1].name_start = k;
		list->items[i + 1].place = second;
		item->name_end = k;
		item->place = first;
		item->municipal_tail = item->county_tail = false;
		list->nitems++;
		return true;
	}
	return false;
}

/* Whether an item of the list is neither a place nor an organisation. */
static bool
list_has_unknown(const ex_token_list *list)
{
	for (int i = 0; i < list->nitems; i++)
		if (item_unknown(&list->items[i]))
			return true;
	return false;
}

/*
 * The token after the words that may stand before a noun for the
 * municipalities from token k on, each left out at will, none at end or
 * past it: a plural article or one of more (NULL for none), then a
 * number ("de 13 kommuner", "dei fem kommunane").
 */
static int
past_plural_determiners(const ex_doc *doc, const ex_sentence_words *sw, int k, int end,
						const char *const *more)
{
	int			value;

	if (k < end && (token_in(doc, &sw->tokens[k], plural_articles) ||
					(more != NULL && token_in(doc, &sw->tokens[k], more))))
		k++;
	if (k < end &&
		ex_number_any_language(doc, sw->tokens[k].start, sw->tokens[k].end, &value) ==
		sw->tokens[k].end - sw->tokens[k].start)
		k++;
	return k;
}

/*
 * The token after the noun for municipalities at t where a list goes on
 * past a conjunction with it before its next items ("eigd av Buskerud
 * fylkeskommune og dei fem kommunane Hol, Nore og Uvdal, ...",
 * "Västra Götalandsregionen samt kommunerna Alingsås, ..."): an article,
 * a number, the noun and a colon or semicolon, each but the noun left
 * out at will; *noun_end the token after the noun itself.  t if the noun
 * does not stand there.
 */
static int
after_municipalities_noun(const ex_doc *doc, const ex_sentence_words *sw, int t, int *noun_end)
{
	int			k = past_plural_determiners(doc, sw, t, sw->ntokens, NULL);

	if (k >= sw->ntokens || !token_in(doc, &sw->tokens[k], municipal_plurals))
		return t;
	*noun_end = ++k;
	if (k < sw->ntokens && is_mark(doc, &sw->tokens[k], ":;"))
		k++;
	return k;
}

/*
 * Words a list joined past the noun for the municipalities may end
 * before: a relative pronoun or a preposition ("... og kommunene A og B
 * som ...", "... i fællesskab"); other words begin a clause of the items
 * after the noun ("og kommunene Ål og Gol samarbeider med selskapet"),
 * which then are no items of the list before it.
 */
static const char *const joined_list_ends[] = {
	"som", "der", "hvor", "which", "who", "that", "i", "in", "på", "med", "with",
	"fra", "från", "from", "til", "till", "to", "af", "av", "of", "siden",
	"sedan", "since", "för", "for", NULL
};

/*
 * Whether the list joined past the noun for the municipalities ends
 * where a list may: at the sentence's end, a mark other than a comma, or
 * one of joined_list_ends.
 */
static bool
joined_list_ends_well(const ex_doc *doc, const ex_sentence_words *sw, const ex_token_list *list)
{
	int			t = list->last + 1;

	return t >= sw->ntokens ||
		(sw->tokens[t].kind != EX_TOKEN_WORD && !is_mark(doc, &sw->tokens[t], ",")) ||
		token_in(doc, &sw->tokens[t], joined_list_ends);
}

/* Whether a clause ends between tokens [from, to): a comma, a stop. */
static bool
clause_break(const ex_doc *doc, const ex_sentence_words *sw, int from, int to)
{
	for (int t = from; t < to; t++)
		if (is_mark(doc, &sw->tokens[t], ",;.!?"))
			return true;
	return false;
}

/* The plurals of the Danish word for a county of the past. */
static const char *const county_past_plurals[] = {
	"amter", "amterne", "amtskommuner", "amtskommunerne", NULL
};

/*
 * "København, Frederiksborg og Roskilde amter": where an item of the list
 * is a county of the past (read_item skipped it) whose word is in the
 * plural, the items before it are counties too, and no members either,
 * back to the list's start, a word for the municipalities ("København og
 * Frederiksberg kommuner samt ...", "Gentofte kommune, ...") or a
 * conjunction but the one before that item ("Assens, Faaborg og Odense
 * samt Fyns og Vejle amter").
 */
static void
skip_counties_before(const ex_doc *doc, const ex_sentence_words *sw, ex_token_list *list)
{
	int			t = 0;

	for (int c = 1; c < list->nitems; c++)
	{
		/* the county's plural word, the token after its name */
		while (t < sw->ntokens && sw->tokens[t].start < list->items[c].name_end)
			t++;
		if (!list->items[c].skipped || t >= sw->ntokens ||
			!token_in(doc, &sw->tokens[t], county_past_plurals))
			continue;
		for (int i = c - 1, w = t; i >= 0; i--)
		{
			ex_list_item *item = &list->items[i];

			/*
			 * back over the words between this item and the next (not
			 * the next one's own): a word for the municipalities ends the
			 * counties, and so does a conjunction but the one before the
			 * county with the plural ("Assens, Faaborg og Odense samt Fyns
			 * og Vejle amter")
			 */
			while (w > 0 && sw->tokens[w - 1].start >= item->name_end)
			{
				const ex_token *tok = &sw->tokens[--w];

				if (tok->start >= list->items[i + 1].name_start)
					continue;
				if (token_in(doc, tok, municipal_plurals) ||
					(i + 1 < c && token_in(doc, tok, conjunctions)))
					return;
			}
			/* "Gentofte kommune, ...": the gazetteer read the word with the name */
			if (item->municipal_tail)
				return;
			item->place = NULL;
			item->org = -1;
			item->skipped = true;
		}
	}
}

/* Reads every list of the sentence's words, left to right. */
static void
read_lists(const ex_doc *doc, ex_sentence_words *sw, size_t end)
{
	sw->nlists = 0;
	for (int t = 0; t < sw->ntokens && sw->nlists < EX_MAX_LISTS;)
	{
		ex_token_list *list = &sw->lists[sw->nlists];
		int			next,
					joined_at = 0,	/* where the list went on past the noun */
					last_before = 0;
		bool		unknown_before = false;

		memset(list, 0, sizeof(*list));
		list->first = t;
		next = read_item(doc, sw, t, end, &list->items[0], list);
		if (next == t)
		{
			t++;
			continue;
		}
		list->nitems = 1;
		list->last = next - 1;
		for (;;)
		{
			int			after = separator(doc, sw, next),
						item_end;
			bool		share_only = after > next && after == owner_share(doc, sw, next),
						unknown = list->unknown,
						tail_joined = false;

			/*
			 * a missing comma between two places: "Båstad Helsingborg";
			 * a word for municipality or county ends an item ("Andebu
			 * kommune Buskerud fylkeskommune Bø kommune")
			 */
			if (after == next && list->nitems > 0 &&
				list->items[list->nitems - 1].place != NULL &&
				next < sw->ntokens && place_at(doc, &sw->tokens[next], end))
				after = next;
			else if (after == next && list->nitems > 0 &&
					 (list->items[list->nitems - 1].municipal_tail ||
					  list->items[list->nitems - 1].county_tail))
				tail_joined = true;
			else if (after == next)
				break;
			/* ", og kommunene Ål og Gol er kunder": a comma ends the list first */
			if (after > next && after < sw->ntokens &&
				token_in(doc, &sw->tokens[after - 1], conjunctions) &&
				!clause_break(doc, sw, next, after))
			{
				int			noun_end = 0,
							items = after_municipalities_noun(doc, sw, after, &noun_end);

				if (items > after)
				{
					list->noun_item = list->nitems;
					list->noun_end = noun_end;
					list->items_after_noun = items;
					joined_at = next;
					last_before = list->last;
					unknown_before = list->unknown;
					after = items;
				}
			}
			if (after >= sw->ntokens || list->nitems == EX_LIST_ITEMS)
				break;
			item_end = read_item(doc, sw, after, end, &list->items[list->nitems], list);
			if (item_end == after)
				break;
			/* with no separator, the next item must end in such a word too */
			if (tail_joined && !list->items[list->nitems].municipal_tail &&
				!list->items[list->nitems].county_tail)
			{
				list->unknown = unknown;
				break;
			}
			/*
			 * "... eierandel 4,16 % Oppsummering": after a share, a name
			 * known, or written with "kommune" ("Finnøy kommune", merged
			 * since)
			 */
			if (share_only && list->items[list->nitems].place == NULL &&
				list->items[list->nitems].org < 0 && !list->items[list->nitems].municipal_tail)
			{
				list->unknown = unknown;
				break;
			}
			/*
			 * "Vestfold og Telemark fylkeskommune", "Møre og Romsdal
			 * fylke": one county, the "og" part of its name (two would be
			 * "fylkeskommuner"), left out of the list
			 */
			if (list->nitems > 0 && list->items[list->nitems].county_tail &&
				after == next + 1 && token_in(doc, &sw->tokens[next], county_joiners) &&
				joined_county(doc, &list->items[list->nitems - 1], &list->items[list->nitems]))
			{
				list->nitems--;
				list->last = item_end - 1;
				next = item_end;
				continue;
			}
			list->nitems++;
			list->last = item_end - 1;
			next = item_end;
		}
		if (list->unknown)
		{
			bool		split = false;

			for (int i = list->nitems - 1; i >= 0; i--)
				split |= split_joined_places(doc, list, i);
			if (split)
				list->unknown = list_has_unknown(list);
		}
		/*
		 * items after the noun that a clause of theirs follows are a list
		 * of their own, read from where the join was
		 */
		if (list->noun_item > 0 && !joined_list_ends_well(doc, sw, list))
		{
			list->nitems = list->noun_item;
			list->last = last_before;
			list->unknown = unknown_before;
			list->noun_item = 0;
			next = joined_at;
		}
		skip_counties_before(doc, sw, list);
		resolve_by_list(doc, list);
		regions_by_head(doc, sw, list);
		/*
		 * two names the page and the gazetteer do not know may be any two
		 * names: a list of them needs a third, or "kommuner" after it
		 */
		if (list->nitems >= 2 && (!list->unknown || list->nitems >= 3 || list->plural_tail))
			sw->nlists++;
		t = next;
	}
}

/*
 * Whether the list after a trigger, whose gap runs over tokens [from,
 * to), is the object of another clause's preposition: "X eies av
 * kommunene i Sør-Rogaland og leverer vann til A, B og C".  A conjunction
 * in the gap that only joins words of its noun ("består av svenske og
 * norske kommuner samt A, B og C") leaves no preposition before the list.
 */
static bool
other_clause_list(const ex_doc *doc, const ex_sentence_words *sw, int from, int to)
{
	static const char *const prepositions[] = {
		"til", "till", "to", "i", "in", "med", "with", "fra", "från", "frå", "from", "hos", NULL
	};

	if (to - 1 <= from || sw->tokens[to - 1].kind != EX_TOKEN_WORD ||
		!token_in(doc, &sw->tokens[to - 1], prepositions))
		return false;
	for (int t = from; t < to - 1; t++)
		if (sw->tokens[t].kind == EX_TOKEN_WORD && token_in(doc, &sw->tokens[t], conjunctions))
			return true;
	return false;
}

/*
 * The words that say the list after them names what the words before them
 * do: "kommunerna i Storgöteborg, dvs. Ale, ...", "ägarkommuner, det vill
 * säga Gävle, ...", "the partners, i.e. A, B and C".  Each is its words
 * one after the other, a full stop after any of them passed over.
 */
static const char *const *const that_is_words[] = {
	(const char *const[]) {"dvs", NULL},
	(const char *const[]) {"d", "v", "s", NULL},
	(const char *const[]) {"det", "vill", "säga", NULL},
	(const char *const[]) {"det", "vil", "si", NULL},
	(const char *const[]) {"det", "vil", "sige", NULL},
	(const char *const[]) {"nämligen", NULL},
	(const char *const[]) {"nemlig", NULL},
	(const char *const[]) {"namely", NULL},
	(const char *const[]) {"i", "e", NULL},
	NULL
};

/*
 * Where the words of a that_is_words phrase that ends right before token
 * to begin, or to if none does.
 */
static int
that_is_start(const ex_doc *doc, const ex_sentence_words *sw, int from, int to)
{
	for (int p = 0; that_is_words[p]; p++)
	{
		int			nwords = 0,
					t = to;

		while (that_is_words[p][nwords])
			nwords++;
		for (int w = nwords - 1; w >= 0; w--)
		{
			const char *const word[2] = {that_is_words[p][w], NULL};

			if (t > from && is_mark(doc, &sw->tokens[t - 1], "."))
				t--;
			if (t <= from || sw->tokens[t - 1].kind != EX_TOKEN_WORD ||
				!token_in(doc, &sw->tokens[t - 1], word))
				break;
			t--;
			if (w == 0)
				return t;
		}
	}
	return to;
}

/*
 * Where the words of the gap [from, to) between a trigger and its list
 * end, and the marks and words that introduce the list begin: a colon
 * ("består af følgende kommuner: A, B"), a "that is" (that_is_start) and
 * the comma before it, or a semicolon or comma that is all the gap holds
 * ("som länets sju kommuner är medlemmar i; A, B", "de åtta
 * kommunerna; A, B", "Roslagsvattens ägarkommuner, A, B och C");
 * *introduced says whether any does.
 */
static int
gap_words_end(const ex_doc *doc, const ex_sentence_words *sw, int from, int to,
			  bool *introduced)
{
	int			end = that_is_start(doc, sw, from, to);

	*introduced = true;
	if (end < to)
	{
		if (end > from && is_mark(doc, &sw->tokens[end - 1], ","))
			end--;
		return end;
	}
	if (to > from && is_mark(doc, &sw->tokens[to - 1], ":"))
		return to - 1;
	if (to == from + 1 && is_mark(doc, &sw->tokens[from], ";,"))
		return from;
	*introduced = false;
	return to;
}

/*
 * Words a list introduced by a colon or "that is" may stand after its
 * trigger: "consisting of seven Danish municipalities on the Danish
 * peninsula of Jutland and the island of Funen: Billund, ...".
 */
#define EX_INTRODUCED_GAP 16

/*
 * Words that may follow a list's items inside their clause: where they
 * are ("Osen, Roan og Rissa i Sør-Trøndelag"), what they are ("som",
 * "kommuner"), with whom.
 */
static const char *const list_followers[] = {
	"i", "på", "in", "on", "inom", "innen", "ved", "vid", "med", "with", "från", "fra",
	"frå", "from", "till", "til", "to", "for", "för", "som", "that", "which", "who",
	"kommun", "kommune", "kommuner", "kommunene", "kommunerna", "kommunerne", NULL
};

/*
 * Whether a semicolon in tokens [from, list's end] and a lower-case word
 * right after the list make the list a clause of its own, its items the
 * subject of that word: "X ägs av kommuner i Skåne; Lund, Malmö och Eslöv
 * köper också vatten".  A semicolon that only introduces the list ("fire
 * kommuner i vest; Skive, Struer, Lemvig og Holstebro.") has nothing
 * after it, or only a word of its own clause (list_followers, an "og"
 * before a name a cut text lost).
 */
static bool
clause_after_semicolon(const ex_doc *doc, const ex_sentence_words *sw, int from,
					   const ex_token_list *list)
{
	int			next = list->last + 1;
	bool		before = false,
				inside = false,
				comma = false;

	for (int k = from; k <= list->last; k++)
	{
		bool		semicolon = is_mark(doc, &sw->tokens[k], ";");

		before |= semicolon && k < list->first;
		inside |= semicolon && k >= list->first;
		comma |= k >= list->first && is_mark(doc, &sw->tokens[k], ",");
	}
	/*
	 * inside the list, a semicolon ends a clause only among commas
	 * ("Skåne; Lund, Malmö och Eslöv"), not where it separates every item
	 * ("Horten; Holmestrand; Larvik og Færder")
	 */
	return (before || (inside && comma)) &&
		next < sw->ntokens && sw->tokens[next].kind == EX_TOKEN_WORD &&
		sc_is_lower(doc->text, sw->tokens[next].end, sw->tokens[next].start) &&
		!token_in(doc, &sw->tokens[next], conjunctions) &&
		!token_in(doc, &sw->tokens[next], list_followers);
}

/*
 * Whether the list at tokens [first, ...) is the one a trigger that ends
 * at token after names: it begins a few words on, with no clause's end and
 * no other clause's preposition between (gap_words_end says what
 * introduces it).
 */
static bool
list_after_trigger(const ex_doc *doc, const ex_sentence_words *sw, int after,
				   const ex_token_list *list)
{
	int			first = list->first;
	bool		introduced;
	int			end;

	if (first < after)
		return false;
	end = gap_words_end(doc, sw, after, first, &introduced);
	return end - after <= (introduced ? EX_INTRODUCED_GAP : EX_AFTER_GAP) &&
		!clause_break(doc, sw, after, end) &&
		!other_clause_list(doc, sw, after, end) &&
		!clause_after_semicolon(doc, sw, after, list);
}

/* Prepositions a trigger before its body may end in ("er del av", "are part of"). */
static const char *const trigger_prepositions[] = {"av", "af", "of", "i", "in", NULL};

/*
 * Whether the trigger that ends before token t ends in a preposition whose
 * object is an indefinite noun: "Randers og Viborg er en del af et
 * projekt, som Business Region Aarhus leder", "are part of a bid with
 * ...": what the list is part of is no body the sentence names.
 */
static bool
indefinite_object(const ex_doc *doc, const ex_sentence_words *sw, int t)
{
	return t > 0 && t < sw->ntokens && token_in(doc, &sw->tokens[t - 1], trigger_prepositions) &&
		token_in(doc, &sw->tokens[t], ex_indefinite_articles);
}

/*
 * The items of the list after its noun for the municipalities, as a list
 * of their own in sw->tail, where a trigger ends at that noun: "samt de
 * åtta kommunerna; Bollebygd, Borås ...", where the apposition's list is
 * the municipalities, not the items before.  NULL unless the trigger ends
 * at token after, the noun's end.
 */
static ex_token_list *
list_after_noun(ex_sentence_words *sw, ex_token_list *list, int after)
{
	ex_token_list *tail = &sw->tail;

	if (list->noun_item == 0 || list->noun_end != after)
		return NULL;
	tail->first = list->items_after_noun;
	tail->last = list->last;
	tail->nitems = list->nitems - list->noun_item;
	memcpy(tail->items, &list->items[list->noun_item], tail->nitems * sizeof(list->items[0]));
	tail->unknown = list_has_unknown(tail);
	tail->plural_tail = list->plural_tail;
	tail->used = list->used;
	tail->noun_item = 0;
	sw->tail_of = list;
	return tail;
}

/* The list a pattern matched at tokens [t, t + n) names, or NULL. */
static ex_token_list *
list_of_match(const ex_doc *doc, ex_sentence_words *sw, int i, int t, int n)
{
	for (int l = 0; l < sw->nlists; l++)
	{
		ex_token_list *list = &sw->lists[l],
				   *tail;

		if (ex_patterns[i].where == EX_WHERE_AFTER &&
			list_after_trigger(doc, sw, t + n, list))
			return list;
		if (ex_patterns[i].where == EX_WHERE_AFTER &&
			(tail = list_after_noun(sw, list, t + n)) != NULL)
			return tail;
		if (ex_patterns[i].where == EX_WHERE_BEFORE && list->last < t &&
			list->last + EX_BEFORE_GAP >= t &&
			!clause_break(doc, sw, list->last + 1, t) &&
			!indefinite_object(doc, sw, t + n))
			return list;
	}
	return NULL;
}

/* The endings of a Nordic noun's definite singular: "havnevesenet", "lufthavnen". */
static const char *const definite_endings[] = {"et", "en", "t", "n", NULL};

/* Characters a last word needs to be referred to by its definite: not "Syd", "Nord", "Väst". */
#define EX_DEFINITE_STEM_CHARS 5

/*
 * The organisation a word of tokens [from, to) refers to in the definite
 * of its name's last word: "Havnevesenet ... eies av kommunene" after
 * "Karmsund Havnevesen", "Lufthavnen" after "Billund Lufthavn"; -1 if
 * none, or if it could be either of two.  Callers ask the subject's word,
 * or the words after a list before its trigger: "Samarbeidsorganet for
 * krisesenteret består av" lists another body's members.
 */
static int
org_of_definite(const ex_doc *doc, const ex_sentence_words *sw, int from, int to)
{
	for (int t = from; t < to && t < sw->ntokens; t++)
	{
		const ex_token *tok = &sw->tokens[t];
		bool		either = false;
		int			org;

		if (tok->kind != EX_TOKEN_WORD)
			continue;
		org = ex_org_by_last_word(doc, tok->start, tok->end, definite_endings,
								  EX_DEFINITE_STEM_CHARS, &either);
		if (org >= 0 || either)
			return org;
	}
	return -1;
}

/*
 * Whether a word of tokens [from, to) refers to an organisation it does
 * not name: "I förbundet ingår kommunerna A, B och C", "Samarbejdet har
 * følgende kommuner som medlemmer", "Våra medlemskommuner är", "It
 * comprises the municipalities of".  A word contains a refer word of
 * patterns.tsv, or ("=vi") is it.
 */
static bool
refers_to_organisation(const ex_doc *doc, const ex_sentence_words *sw, int from, int to)
{
	for (int t = from; t < to && t < sw->ntokens; t++)
	{
		const ex_token *tok = &sw->tokens[t];

		if (tok->kind != EX_TOKEN_WORD)
			continue;
		for (int i = 0; ex_refer_words[i].word; i++)
		{
			const char *word = ex_refer_words[i].word;

			if (word[0] == '=' ?
				ex_word_is(doc, tok->start, tok->end, word + 1) == tok->end - tok->start :
				ex_contains(doc, tok->start, tok->end, word))
				return true;
		}
	}
	return false;
}

/* The token that ends the clause from t on: ";", a stop, or the sentence's end. */
static int
clause_end_token(const ex_doc *doc, const ex_sentence_words *sw, int t)
{
	while (t < sw->ntokens && !is_mark(doc, &sw->tokens[t], ";.!?"))
		t++;
	return t;
}

/* The first organisation named in tokens [from, to), or -1. */
static int
org_in_tokens(const ex_doc *doc, const ex_sentence *s, const ex_sentence_words *sw,
			  int from, int to)
{
	size_t		n;
	int			org = -1;

	for (int t = from; org < 0 && t < to; t++)
		org = ex_org_at(doc, sw->tokens[t].start, s->list_end, &n);
	return org;
}

/* Whether token t joins the items of an enumeration: a comma or a conjunction. */
static bool
joins_items(const ex_doc *doc, const ex_sentence_words *sw, int t)
{
	return is_mark(doc, &sw->tokens[t], ",") || token_in(doc, &sw->tokens[t], conjunctions);
}

/*
 * The first organisation named in tokens [from, to), right after the
 * list, that is not another item of its enumeration, or -1.  While only
 * commas, conjunctions, capitalised words and single lower-case words
 * between two of those joiners follow the list, the names there go on
 * with it ("I styrelsen ingår ledamöter från Gnesta, Trosa och Södertälje
 * kommuner, länsstyrelsen, Lantbrukarnas Riksförbund och Telge Nät");
 * past a word of another kind, a name is what the list is of ("A ingår,
 * tillsammans med B och C, i X"; "... har fået A og B til at oprette det
 * kommunalt ejede affaldsselskab, Ressourceindsamling A/S").
 */
static int
org_after_list(const ex_doc *doc, const ex_sentence *s, const ex_sentence_words *sw,
			   int from, int to)
{
	bool		enumeration = true;

	for (int t = from; t < to; t++)
	{
		const ex_token *token = &sw->tokens[t];
		size_t		n;
		int			org = ex_org_at(doc, token->start, s->list_end, &n);

		if (org >= 0 && !enumeration)
			return org;
		if (!joins_items(doc, sw, t) &&
			!(token->kind == EX_TOKEN_WORD &&
			  (sc_is_upper(doc->text, token->end, token->start) ||
			   (t > from && joins_items(doc, sw, t - 1) &&
				(t + 1 == sw->ntokens || joins_items(doc, sw, t + 1))))))
			enumeration = false;
	}
	return -1;
}

/*
 * The organisation the list's members are members of.  A list before its
 * trigger ("A, B og C er deltakere i selskapet") is of the one its clause
 * names after it, or refers to there (the sentence's topic); a name
 * before the list is another clause's.  Otherwise: the last one named
 * before the list, else the first after it up to the end of its clause (a
 * comma does not end it: "A ingår, tillsammans med B och C, i X"), else
 * the one the sentence is about (ex_sentence_topic) unless the sentence's
 * subject is a thing that is not a body (ex_subject_is_thing), else none;
 * basis says which, and where the one the sentence is about was named.
 * Without before_ok a body named before the list is not its (an
 * apposition that is a verb's object: apposition_names_body_before).
 * *definite says the body was known by the definite of its name's last
 * word (org_of_definite), which refers to it as a refer word would.
 */
static int
list_org(const ex_doc *doc, const ex_sentence *s, const ex_sentence_words *sw,
		 const ex_token_list *list, ex_where where, bool before_ok, sc_fact_basis *basis,
		 bool *definite)
{
	int			after_end = clause_end_token(doc, sw, list->last + 1),
				org = -1;

	*basis = SC_BASIS_STATED;
	*definite = false;
	if (where == EX_WHERE_BEFORE)
	{
		org = org_in_tokens(doc, s, sw, list->last + 1, after_end);
		/* "A og B er eiere i havnevesenet": the body of that name */
		if (org < 0 && (org = org_of_definite(doc, sw, list->last + 1, after_end)) >= 0)
		{
			*basis = SC_BASIS_SENTENCE;
			*definite = true;
			return ex_full_org(doc, org);
		}
		if (org < 0 && refers_to_organisation(doc, sw, list->last + 1, after_end))
			return ex_sentence_topic_basis(doc, s, basis);
	}
	if (org < 0 && before_ok)
		org = ex_org_before(doc, s->span.start, sw->tokens[list->first].start);
	if (org < 0)
		org = org_after_list(doc, s, sw, list->last + 1, after_end);
	/* "Havnevesenet ... eies av": the subject, where a body before may be the list's */
	if (org < 0 && before_ok && (org = org_of_definite(doc, sw, 0, 1)) >= 0)
	{
		*basis = SC_BASIS_SENTENCE;
		*definite = true;
	}
	if (org >= 0)
		return ex_full_org(doc, org);
	if (ex_subject_is_thing(doc, s))
		return -1;
	return ex_sentence_topic_basis(doc, s, basis);
}

/*
 * Whether the item is a name no one knows in a genitive that may or may
 * not be its own "s" ("Lysekils, Munkedals och Uddevalla kommuner", but
 * "Grums och Kil kommuner"; "Kimitoöns kommun", but "Pargas stad"): it is
 * left out rather than guessed.  An English council's place has no such
 * genitive ("Southern Grampians Shire Council").
 */
static bool
genitive_guess(const ex_doc *doc, const ex_token_list *list, const ex_list_item *item)
{
	return (list->plural_tail || item->municipal_tail) && item->place == NULL &&
		item->org < 0 && !item->council && doc->text[item->name_end - 1] == 's';
}

/* Bytes of a name no one knows that are tried as a misspelt place. */
#define EX_MISSPELT_MAX 48

/*
 * Whether the item is a name no one knows that is a place of the gazetteer
 * with one letter too many ("Helsingsborg"): a misspelt place is left out
 * rather than read as a member of that name, or guessed.
 */
static bool
misspelt_place(const ex_doc *doc, const ex_list_item *item)
{
	size_t		len = item->name_end - item->name_start;
	const char *name = doc->text + item->name_start;
	char		shorter[EX_MISSPELT_MAX];
	const sc_gazetteer_context context = {doc->country, false, false, NULL};

	if (item->place != NULL || item->org >= 0 || len < 5 || len >= EX_MISSPELT_MAX ||
		memchr(name, ' ', len) != NULL)
		return false;
	for (size_t at = 0, n; at < len; at += n)
	{
		n = sc_char_length(name, len, at);
		memcpy(shorter, name, at);
		memcpy(shorter + at, name + at + n, len - at - n);
		if (sc_gazetteer_resolve(shorter, len - n, &context, NULL) != NULL)
			return true;
	}
	return false;
}

/*
 * Whether the list's first item is where the others are, not one of them:
 * "kommunerna i Halland, Falkenberg, Halmstad ...", "i sydöstra Skåne, A,
 * B", "85 kommuner i Öresundsregionen samt Region Skåne": a region or a
 * name no one knows after a preposition, not a municipality.
 */
static bool
area_first(const ex_doc *doc, const ex_sentence_words *sw, const ex_token_list *list)
{
	static const char *const prepositions[] = {"i", "inom", "in", "within", "på", NULL};

	/* a county written without "fylkeskommune" is a place too ("i Vestfold") */
	if (list->items[0].place != NULL && !ex_region_named_as_land(list->items[0].place) &&
		(list->items[0].place->kind != SC_PLACE_FYLKE || list->items[0].county_tail))
		return false;
	/* "i Halland", "i sydöstra Skåne", "åtte kommuner i Vestfold samt ..." */
	for (int t = list->first - 1; t >= 0 && t >= list->first - 2; t--)
		if (token_in(doc, &sw->tokens[t], prepositions))
			return true;
	return false;
}

/*
 * Whether the item is a region named as a land, not as the body: "Skåne",
 * "Halland", Finland's "Österbotten", a county without "fylkeskommune";
 * "Region Skåne" is a body.
 */
static bool
bare_region(const ex_doc *doc, const ex_list_item *item)
{
	return ex_land_written(doc, item->place, item->name_start, item->name_end) ||
		(item->place != NULL && item->place->kind == SC_PLACE_FYLKE && !item->county_tail);
}

/*
 * The items at the list's start that say where the others are, not which
 * (area_first), and the lands joined to the first ("fem kommuner i Halland
 * och Skåne"): 0 if the first is no such.
 */
static int
area_items(const ex_doc *doc, const ex_sentence_words *sw, const ex_token_list *list)
{
	int			n;

	if (!area_first(doc, sw, list))
		return 0;
	for (n = 1; n < list->nitems && bare_region(doc, &list->items[n]); n++)
		;
	return n;
}

static void
emit_items(ex_doc *doc, const ex_sentence *s, const ex_sentence_words *sw,
		   const ex_token_list *list, int org, sc_fact_basis basis, const char *rule)
{
	ex_period	period;

	ex_period_in(doc, s->span.start, s->list_end, &period);
	if (period.former)
		return;					/* extract_members.c reads former members */
	for (int i = area_items(doc, sw, list); i < list->nitems; i++)
	{
		const ex_list_item *item = &list->items[i];
		sc_fact		f;
		char		name[EX_NAME_MAX];
		ex_dating	dating;

		if (item->org == org || item->skipped || genitive_guess(doc, list, item) ||
			misspelt_place(doc, item))
			continue;
		ex_init_fact(&f, SC_FACT_MEMBERSHIP, s, rule);
		f.basis = basis;
		f.evidence.end = s->list_end;
		f.organisation = doc->orgs[org].name;
		ex_set_member(doc, &f, item->place, item->org,
					  (sc_span) {item->name_start, item->name_end}, name);
		if (ex_membership_emitted(doc, f.organisation, f.member))
			continue;
		ex_member_dating(doc, org, item->place, &period, &dating);
		ex_apply_dating(&dating, &f);
		ex_emit_at(doc, &f, item->name_start);
	}
}

/*
 * The body a heading's or label's list is of: the one the sentence is
 * about (ex_sentence_topic), else the one named last before it, as the
 * member rules take it ("Selskapet hadde 44 eiere ... Eiere Andebu
 * kommune ..." on a page whose title names no body).
 */
static int
label_topic(const ex_doc *doc, const ex_sentence *s, sc_fact_basis *basis)
{
	int			org = ex_sentence_topic_basis(doc, s, basis);

	if (org < 0)
	{
		org = doc->context;
		*basis = doc->context_basis;
	}
	return org;
}

/* Lines a list under its heading may have; blank lines between are passed over. */
#define EX_LINES_MAX EX_LIST_ITEMS

/*
 * Whether the member pattern i matched at tokens [t, t + n) is the whole
 * line of the sentence: a heading or label ("Deltakarar", "Eiere",
 * "Medlemskommuner:"), after a word that refers to the body ("Våre
 * eiere") if any, and before a colon if any.
 */
static bool
whole_line(const ex_doc *doc, const ex_sentence *s, const ex_sentence_words *sw,
		   int t, int n)
{
	int			last = t + n;

	if (t > 1 || (t == 1 && !refers_to_organisation(doc, sw, 0, 1)))
		return false;
	if (last < sw->ntokens && sw->tokens[last].start < s->span.end &&
		is_mark(doc, &sw->tokens[last], ":"))
		last++;
	return last == sw->ntokens || sw->tokens[last].start >= s->span.end;
}

/* The start of the line after the one pos stands in, or end. */
static size_t
next_line(const ex_doc *doc, size_t pos, size_t end)
{
	const char *nl = memchr(doc->text + pos, '\n', end - pos);

	return nl ? (size_t) (nl - doc->text) + 1 : end;
}

/*
 * Reads the list of one item a line under a heading from pos on, into
 * list, and returns where its last line ends (pos if it has none): a line
 * is a bullet if any and one item, a place or organisation the page names
 * or a name written with "kommune" ("Askvoll kommune", "Vestland
 * fylkeskommune"), with an owner's share after it if any, and nothing else;
 * the first other line ends the list ("Styremedlemmar:", "Geir Liavåg
 * Strand, Gloppen kommune (styreleiar)").  One blank line may stand
 * between two.
 */
static size_t
lines_list(const ex_doc *doc, size_t pos, ex_sentence_words *lw, ex_token_list *list)
{
	size_t		end = doc->len,
				list_end = pos;
	int			blank = 0;

	memset(list, 0, sizeof(*list));
	memset(lw->in_trigger, 0, sizeof(lw->in_trigger));
	for (size_t line = next_line(doc, pos, end); line < end && list->nitems < EX_LINES_MAX;
		 line = next_line(doc, line, end))
	{
		size_t		line_end = next_line(doc, line, end);
		ex_list_item *item = &list->items[list->nitems];
		bool		unknown = list->unknown;
		int			t = 0,
					next;

		if (ex_skip_space(doc, line, line_end) >= line_end)
		{
			if (++blank > 1)
				break;
			continue;
		}
		blank = 0;
		split_words(doc, line, line_end, lw);
		if (lw->ntokens > 0 && is_bullet(doc, &lw->tokens[0]))
			t++;
		next = read_item(doc, lw, t, line_end, item, list);
		if (next == t || owner_share(doc, lw, next) != lw->ntokens ||
			(item->place == NULL && item->org < 0 && !item->municipal_tail &&
			 !item->county_tail))
		{
			list->unknown = unknown;
			break;
		}
		list->nitems++;
		list_end = lw->tokens[lw->ntokens - 1].end;
	}
	return list_end;
}

/*
 * The members listed one a line under a heading or label the pattern i
 * matched ("Deltakarar", "Eiere:"): of the body the page or section is
 * about (ex_sentence_topic), which such a heading refers to.
 */
static void
heading_members(ex_doc *doc, const ex_sentence *s, int i, const char *only_org)
{
	ex_sentence_words *lw;
	ex_token_list list;
	ex_sentence evidence = *s;
	sc_fact_basis basis;
	int			org = label_topic(doc, s, &basis);

	if (org < 0 || (only_org != NULL && doc->orgs[org].name != only_org) ||
		(lw = malloc(sizeof(*lw))) == NULL)
		return;
	evidence.list_end = lines_list(doc, s->span.end, lw, &list);
	resolve_by_list(doc, &list);
	if (list.nitems >= 2)
		emit_items(doc, &evidence, lw, &list, org, basis, ex_patterns[i].rule);
	free(lw);
}

/*
 * Whether pattern i is the apposition "kommunene A, B og C", or one with
 * a number ("12 kommuner A, B og C").
 */
static bool
is_apposition(int i)
{
	return strcmp(ex_patterns[i].rule, "member_list.apposition") == 0 ||
		strcmp(ex_patterns[i].rule, "member_list.counted_apposition") == 0;
}

/*
 * Whether the trigger of pattern i at token t is the label its sentence
 * begins with ("Eiere Andebu kommune Buskerud fylkeskommune ...",
 * "Medlemskommuner: A, B och C."), which refers to the body the page is
 * about as a heading does: nothing but the list follows it, up to the
 * sentence's end or the next capitalised word.  "Kommunene A, B og C" is
 * no label but the sentence's subject, and in "Ägarkommunerna A, B och C
 * äger tillsammans X" the list is X's.  Nor is a trigger that names its
 * body before the list: "Medlemskommunerna i X är A och B" are X's.
 */
static bool
label(const ex_doc *doc, const ex_sentence_words *sw, const ex_token_list *list,
	  int i, int t)
{
	int			after = list->last + 1;

	if (t != 0 || ex_patterns[i].where != EX_WHERE_AFTER ||
		is_apposition(i) ||
		ex_org_before(doc, sw->tokens[t].end, sw->tokens[list->first].start) >= 0)
		return false;
	return after >= sw->ntokens || is_mark(doc, &sw->tokens[after], ".;") ||
		(sw->tokens[after].kind == EX_TOKEN_WORD &&
		 sc_is_upper(doc->text, sw->tokens[after].end, sw->tokens[after].start));
}

/*
 * Words that may stand before a trigger that begins its sentence and
 * leave the body it speaks of the text's: "Övriga ägare är A och B",
 * "Current members are".  Not "Tidigare" or "Nya": former members, and
 * newcomers of a date the sentence need not give.
 */
static const char *const present_determiners[] = {
	"övriga", "øvrige", "other", "nuvarande", "nuværende", "nåværende", "current",
	"present", NULL
};

/* The words of pattern i's trigger, its gaps ("...") not counted. */
static int
trigger_words(int i)
{
	int			n = 0;

	for (int w = 0; w < EX_TRIGGER_WORDS && ex_patterns[i].words[w]; w++)
		n += !compiled[i][w].gap;
	return n;
}

/*
 * Whether tokens [0, t) name the municipalities alone, as the subject of
 * a relative clause pattern i's trigger begins: "Kommunerna som ingår är
 * ...", "De 13 kommuner som ingår är ...", "Kommunene som er med er ...":
 * an article or present determiner, a number, then the noun, and no word
 * in the trigger's gap, which would say what they are in ("Kommunerna som
 * ingår i projektet är ...").  Or the noun is the one word in the gap,
 * after the article: "De deltagende kommuner er ...".  What they are
 * members of is the body the text is about, as where the sentence begins
 * with its trigger.  n is the trigger's tokens.
 */
static bool
municipalities_subject(const ex_doc *doc, const ex_sentence_words *sw, int i, int t, int n)
{
	int			k = past_plural_determiners(doc, sw, 0, t, present_determiners),
				gap = n - trigger_words(i);

	if (k + 1 == t)
		return gap == 0 && token_in(doc, &sw->tokens[k], municipal_plurals);
	/* "De deltagende kommuner er ...": the noun is the gap's one word */
	if (k != t || k == 0 || gap != 1)
		return false;
	for (int w = t; w < t + n && w < sw->ntokens; w++)
		if (token_in(doc, &sw->tokens[w], municipal_plurals))
			return true;
	return false;
}

/*
 * Whether the trigger of pattern i at token t begins its sentence, which
 * leaves its subject out: "Omfattar kommunerna i Storgöteborg, dvs. Ale,
 * ..." after "Göteborgsregionen är ett kommunalförbund ...", "Består av
 * A, B og C.", "Övriga ägare är ...", or follows a subject that names the
 * municipalities alone (municipalities_subject; n is the trigger's
 * tokens).  The subject is the body the text is about, as a label's
 * (label) is; "Kommunene A, B og C ..." is its sentence's subject itself.
 */
static bool
subject_left_out(const ex_doc *doc, const ex_sentence_words *sw, int i, int t, int n)
{
	return (t == 0 || (t == 1 && token_in(doc, &sw->tokens[0], present_determiners)) ||
			municipalities_subject(doc, sw, i, t, n)) &&
		ex_patterns[i].where == EX_WHERE_AFTER && !is_apposition(i);
}

/* Whether the trigger of pattern i has a gap ("består ... av"). */
static bool
has_gap(int i)
{
	for (int w = 0; w < EX_TRIGGER_WORDS && ex_patterns[i].words[w]; w++)
		if (compiled[i][w].gap)
			return true;
	return false;
}

/* An English copula between a subject and a trigger of the passive. */
static const char *const subject_copulas[] = {"is", "was", NULL};

/* Words in lower case inside an English name ("Tyne and Wear", "Isle of Man"). */
static const char *const name_joiners[] = {"and", "of", "for", "&", NULL};

/*
 * Whether the sentence's tokens before token t are a name alone, "The"
 * perhaps before it: capitalised words and the words that join them, not
 * "The bid sent to the Welsh Government".
 */
static bool
name_alone_before(const ex_doc *doc, const ex_sentence_words *sw, int t)
{
	static const char *const the[] = {"the", NULL};
	int			k = t > 0 && token_in(doc, &sw->tokens[0], the) ? 1 : 0;

	if (k >= t)
		return false;
	for (; k < t; k++)
		if (sw->tokens[k].kind != EX_TOKEN_WORD ||
			!(sc_is_upper(doc->text, sw->tokens[k].end, sw->tokens[k].start) ||
			  token_in(doc, &sw->tokens[k], name_joiners)))
			return false;
	return true;
}

/*
 * Whether pattern i, matched at token t, begins with a copula and then a
 * gap ("er ... for kommunene"): the gap is the predicate, which says what
 * the subject is.
 */
static bool
copula_then_gap(const ex_doc *doc, const ex_sentence_words *sw, int i, int t)
{
	return ex_patterns[i].words[1] != NULL && compiled[i][1].gap &&
		ex_copula(doc, sw->tokens[t].start, sw->tokens[t].end);
}

/* What an organ is called, the end of its noun: "fellesorgan", "politisk organ". */
#define EX_ORGAN "organ"

/* Whether the token ends with EX_ORGAN, folded. */
static bool
ends_in_organ(const ex_doc *doc, const ex_token *token)
{
	size_t		n = strlen(EX_ORGAN);

	return token->end - token->start >= n &&
		sc_match_folded(doc->text + token->end - n, n, EX_ORGAN) == n;
}

/*
 * The adjectives that make any noun after them a body the municipalities
 * share: "et felles advokatkontor", "ei interkommunal teneste".
 */
static const char *const joint_adjectives[] = {
	"felles", "fælles", "interkommunal", "interkommunalt", "fælleskommunal",
	"fælleskommunalt", "gemensam", "gemensamt", NULL
};

/* Whether a token of [from, to) is one of joint_adjectives. */
static bool
joint_adjective_in(const ex_doc *doc, const ex_sentence_words *sw, int from, int to)
{
	for (int k = from; k < to; k++)
		if (token_in(doc, &sw->tokens[k], joint_adjectives))
			return true;
	return false;
}

/*
 * Whether the predicate of such a match, n tokens from t, defines a body:
 * "er et samarbeidsorgan for", "er regionrådet for" (a defining noun),
 * "er et fellesorgan for" (an organ), "er et felles advokatkontor for",
 * "er ei interkommunal teneste for" (a noun the municipalities share);
 * not "er daglig leder for kommunene" (an office), "er et tilbud for",
 * "er åpent for", "er viktig for" (a service, a quality).  The gap's words
 * are the match's between the copula and the trigger's words after the
 * gap ("for kommunene").
 */
static bool
predicate_defines_body(const ex_doc *doc, const ex_sentence_words *sw, int i, int t, int n)
{
	int			after = 0,
				gap_end;

	for (int w = 2; w < EX_TRIGGER_WORDS && ex_patterns[i].words[w]; w++)
		after++;
	gap_end = t + n - after;
	return ex_definition_kind(doc, sw->tokens[t + 1].start, sw->tokens[gap_end].start) != NULL ||
		(gap_end > t + 1 && ends_in_organ(doc, &sw->tokens[gap_end - 1])) ||
		joint_adjective_in(doc, sw, t + 1, gap_end);
}

/*
 * The body a predicate after a copula defines, the name the sentence
 * begins with ("Samarbeidsrådet for Sunnhordland er regionrådet for
 * kommunane ..."), not one a fronted phrase names ("Etter avtalen med
 * Helse Nord er ..."), nor a word that refers back; -1 if none.
 */
static int
copula_subject(ex_doc *doc, const ex_sentence *s, const ex_sentence_words *sw, int t)
{
	size_t		start = sw->tokens[0].start,
				matched;
	int			org = ex_org_at(doc, start, sw->tokens[t].start, &matched);

	/* a body the page knows, by any of its names ("ROAF er ...") */
	if (org >= 0)
		return ex_full_org(doc, org);
	if ((org = ex_subject_org(doc, s, s->span.start, sw->tokens[t].start)) < 0)
		return -1;
	/* the name recorded is the one the sentence begins with */
	return ex_org_at(doc, start, sw->tokens[t].start, &matched) == org ? org : -1;
}

/*
 * The organisation a trigger after its subject names ("Business Region
 * Aarhus består af", "Vestfoldmuseene eies av", "X is owned by"): the
 * name in its gap, or right before it (ex_subject_org); -1 if none.  A
 * list before its trigger has none.
 */
static int
trigger_subject(ex_doc *doc, const ex_sentence *s, const ex_sentence_words *sw,
				int i, int t, int n)
{
	/*
	 * "... Redning Sønderjylland sammen med A og B": no subject of
	 * "together"; "BAKGRUNNEN FOR SAKEN Kommunene A, B og C har inngått
	 * ...": the apposition's noun is itself the subject, and a name before
	 * it is a heading's or another clause's
	 */
	if (ex_patterns[i].where != EX_WHERE_AFTER ||
		strcmp(ex_patterns[i].rule, "member_list.together") == 0 ||
		is_apposition(i))
		return -1;
	/*
	 * "består samarbetet av": the subject in the gap; "Umeåregionen består
	 * av", the gap empty: the subject before the trigger, as any other's
	 */
	if (n > 2 && has_gap(i))
		return ex_subject_org(doc, s, sw->tokens[t + 1].start,
							  sw->tokens[t + n - 1].start);
	/*
	 * "The North Wales Regional Partnership Board is made up of": its
	 * copula, where the name is all the sentence has before it
	 */
	if (t > 0 && ex_patterns[i].lang == EX_LANG_EN &&
		token_in(doc, &sw->tokens[t - 1], subject_copulas) && name_alone_before(doc, sw, t - 1))
		t--;
	return ex_subject_org(doc, s, s->span.start, sw->tokens[t].start);
}

/* Words before a service's "for" the apposition looks back over. */
#define EX_SERVICE_WORDS 3

/*
 * Whether the "for" at token f says whom a service is for: "X har
 * 110-sentral for kommunene A, B og C", "X driver legevakt for kommunene
 * ...", "X utför tillsyn för kommunerna ...": a verb of having, running or
 * providing a few words before it, with no comma between, or "for" first
 * in the sentence ("För kommunerna A och B är det X som sköter driften"),
 * makes the municipalities served, not members ("X er et fellesorgan for
 * kommunene A og B" names members).
 */
static bool
service_for(const ex_doc *doc, const ex_sentence_words *sw, int f)
{
	static const char *const fors[] = {"for", "för", NULL};
	static const char *const verbs[] = {
		"har", "hade", "hadde", "havde", "has", "have", "had", "driver", "drifter",
		"driv", "drives", "runs", "operates", "leverer", "levererer", "levererar",
		"leverar", "yter", "utfører", "utför", "udfører", "tilbyr", "tilbyder",
		"erbjuder", "provides", "handles", "ivaretar", "varetager", NULL
	};

	if (!token_in(doc, &sw->tokens[f], fors))
		return false;
	/* "För kommunerna A, B och C är det X som sköter driften": whom for */
	if (f == 0)
		return true;
	for (int v = f - 1; v >= 0 && v >= f - 1 - EX_SERVICE_WORDS; v--)
	{
		if (sw->tokens[v].kind != EX_TOKEN_WORD)
		{
			if (is_mark(doc, &sw->tokens[v], ",;:"))
				return false;
			continue;
		}
		if (token_in(doc, &sw->tokens[v], verbs))
			return true;
	}
	return false;
}

/*
 * Whether the apposition of pattern i at token t follows a preposition
 * that makes its list a party to something else than the body: "har
 * avtale med kommunene A og B", "samarbejder med kommunerne ...",
 * "leverer vann til kommunene ...", "representanter fra kommunene ...".
 * "Et fellesorgan for kommunene A, B og C" names members, so "for" is
 * not among them unless a service stands before it (service_for).
 */
static bool
apposition_of_party(const ex_doc *doc, const ex_sentence_words *sw, int i, int t)
{
	static const char *const prepositions[] = {
		"med", "with", "til", "till", "to", "fra", "från", "frå", "from", "mot", NULL
	};

	return is_apposition(i) && t > 0 &&
		sw->tokens[t - 1].kind == EX_TOKEN_WORD &&
		(token_in(doc, &sw->tokens[t - 1], prepositions) ||
		 service_for(doc, sw, t - 1));
}

/*
 * The token an apposition whose pattern i matched at token t begins at:
 * its number's, if it is counted ("med fem kommuner A, B og C"), for the
 * words before it to be looked at.
 */
static int
apposition_start(int i, int t)
{
	return compiled[i][0].counted && t > 0 ? t - 1 : t;
}

/*
 * Whether a body named before an apposition in its sentence may be the
 * one its list belongs to: the word before the noun makes the list a
 * subject ("I dag er det kommunene A, B og C som eier X", "I 2020 har
 * kommunerne ..."), continues one ("for X fylkeskommune og kommunene
 * ..."), counts it ("de sju kommunerna"), or says whose organ the body is
 * ("X er et fellesorgan for kommunene ...").  After any other word the
 * list is a verb's object ("X reviderer kommunene A, B og C", "Avtalen om
 * X gjelder kommunene ..."), not the body's members.
 */
static bool
apposition_names_body_before(const ex_doc *doc, const ex_sentence_words *sw, int i, int t)
{
	static const char *const before_subject[] = {
		"for", "för", "af", "av", "of", "det", "de", "dei", "dem", "the", "alle", "alla",
		"samtlige", "samtliga", "all", "og", "och", "and", "samt", "har", "hadde", "havde",
		"hade", "er", "var", "ble", "blev", "blir", "bliver", "är", "has", "had",
		"are", "were", "mellom", "mellem", "mellan", "between", NULL
	};
	const ex_token *prev;
	int			n;

	if (!is_apposition(i) || t == 0)
		return true;
	prev = &sw->tokens[t - 1];
	if (prev->kind != EX_TOKEN_WORD)
		return true;
	return token_in(doc, prev, before_subject) ||
		ex_number_any_language(doc, prev->start, prev->end, &n) == prev->end - prev->start;
}

/* Tokens before an apposition's "og" looked back over for the body. */
#define EX_COORDINATED_WORDS 6

/*
 * Whether the body named right before the "og" of an apposition at token
 * t is org itself: in "avtalen er inngått mellom X og kommunene A, B og C"
 * the municipalities are parties to something beside the body, not its
 * members.
 */
static bool
apposition_beside_body(const ex_doc *doc, const ex_sentence_words *sw, int t, int org)
{
	size_t		n;

	if (t < 2 || sw->tokens[t - 1].kind != EX_TOKEN_WORD ||
		!token_in(doc, &sw->tokens[t - 1], conjunctions))
		return false;
	for (int u = t - 2; u >= 0 && u >= t - 1 - EX_COORDINATED_WORDS; u--)
	{
		int			named = ex_org_at(doc, sw->tokens[u].start, sw->tokens[t - 1].start, &n);

		if (named >= 0 && sw->tokens[u].start + n >= sw->tokens[t - 2].end &&
			ex_full_org(doc, named) == org)
			return true;
	}
	return false;
}

/*
 * Whether the body an apposition's list is given to, named after the
 * list in its clause, is a party to it or another clause's: "Kommunene
 * A, B og C har inngått en avtale med X", "... samarbeider med X", "...
 * får levert vann fra X", "... har egne brannvesen, men X ...".  The
 * apposition is then its clause's subject and names no members of X;
 * "er med i X" (a particle, not a preposition) and "har fået kommunerne
 * A, B og C til at oprette X" (an infinitive's mark) still do.
 */
static bool
apposition_body_is_party(const ex_doc *doc, const ex_sentence *s, const ex_sentence_words *sw,
						 const ex_token_list *list, int org)
{
	static const char *const party_words[] = {
		"med", "with", "fra", "från", "frå", "from", "til", "till", "to", "mot", "hos",
		"men", "mens", "but", "while", NULL
	};
	static const char *const med[] = {"med", NULL};
	static const char *const til[] = {"til", "till", NULL};
	static const char *const particle_after[] = {"i", "på", "in", NULL};
	static const char *const infinitive_after[] = {"at", "å", "att", NULL};
	int			end = clause_end_token(doc, sw, list->last + 1),
				at = -1;
	size_t		n;

	for (int u = list->last + 1; at < 0 && u < end; u++)
	{
		int			named = ex_org_at(doc, sw->tokens[u].start, s->list_end, &n);

		if (named >= 0 && ex_full_org(doc, named) == org)
			at = u;
	}
	for (int u = list->last + 1; u < at; u++)
	{
		const ex_token *next = &sw->tokens[u + 1];

		/* "er med i X", "fået kommunerne ... til at oprette X" */
		if (sw->tokens[u].kind != EX_TOKEN_WORD || !token_in(doc, &sw->tokens[u], party_words) ||
			(token_in(doc, &sw->tokens[u], med) && token_in(doc, next, particle_after)) ||
			(token_in(doc, &sw->tokens[u], til) && token_in(doc, next, infinitive_after)))
			continue;
		return true;
	}
	return false;
}

/*
 * Whether the body an apposition at token t is given to, named before it,
 * is the object of a preposition that makes it a party beside the list:
 * "I tillegg til X har kommunene A, B og C egne brannvesen", "Sammen med
 * X har kommunene ...".
 */
static bool
apposition_after_party(const ex_doc *doc, const ex_sentence_words *sw, int t, int org)
{
	static const char *const prepositions[] = {
		"til", "till", "to", "med", "with", "fra", "från", "frå", "from", "mot", "hos", NULL
	};
	size_t		n;

	for (int u = t - 1; u > 0; u--)
	{
		int			named = ex_org_at(doc, sw->tokens[u].start, sw->tokens[t].start, &n);

		if (named >= 0 && ex_full_org(doc, named) == org)
			return sw->tokens[u - 1].kind == EX_TOKEN_WORD &&
				token_in(doc, &sw->tokens[u - 1], prepositions);
	}
	return false;
}

/*
 * Whether the list names the body it would be given to among its items:
 * "Larvik kommune, Sandefjord kommune og X samarbeider om beredskap"
 * names X's partners, not its members.
 */
static bool
list_names_body(const ex_doc *doc, const ex_token_list *list, int org)
{
	for (int i = 0; i < list->nitems; i++)
		if (list->items[i].org >= 0 && ex_full_org(doc, list->items[i].org) == org)
			return true;
	return false;
}

/* Words of a body's name before the parenthesis of its members. */
#define EX_PARENTHESIS_NAME_WORDS 8

/*
 * Whether the sentence may hold a list of members in parentheses after a
 * body's name, which the pattern stage reads (parenthesis_members).
 */
static bool
may_have_parenthesis_list(const ex_doc *doc, const ex_sentence *s)
{
	return doc->pattern_stage &&
		memchr(doc->text + s->span.start, '(', s->list_end - s->span.start) != NULL;
}

/*
 * The body whose name ends right before the parenthesis that holds the
 * list and nothing else ("Räddningstjänsten Syd (Malmö, Burlöv, Lund,
 * Kävlinge och Eslöv)"), the longest name that does; -1 if none.
 */
static int
parenthesis_org(const ex_doc *doc, const ex_sentence_words *sw, const ex_token_list *list)
{
	int			open = list->first - 1,
				close = list->last + 1;
	size_t		n;

	if (open < 1 || close >= sw->ntokens || !is_mark(doc, &sw->tokens[open], "(") ||
		!is_mark(doc, &sw->tokens[close], ")"))
		return -1;
	for (int u = open - EX_PARENTHESIS_NAME_WORDS; u < open; u++)
	{
		int			org;

		if (u < 0 || sw->tokens[u].kind != EX_TOKEN_WORD)
			continue;
		org = ex_org_at(doc, sw->tokens[u].start, sw->tokens[open].start, &n);
		if (org >= 0 && sw->tokens[u].start + n == sw->tokens[open - 1].end)
			return ex_full_org(doc, org);
	}
	return -1;
}

/* Whether every item of the list is a municipality of the gazetteer. */
static bool
municipalities_only(const ex_token_list *list)
{
	for (int i = 0; i < list->nitems; i++)
		if (list->items[i].place == NULL || !sc_place_is_municipality(list->items[i].place))
			return false;
	return true;
}

/*
 * The members a body's name has after it in parentheses, a list of
 * municipalities of the gazetteer and nothing else: "RSYD – Räddningstjänsten
 * Syd (Malmö, Burlöv, Lund, Kävlinge och Eslöv)".  A list of places that
 * are no municipalities names where a body works ("LÄSK-samarbetet
 * (Lindalen, Älta, Skrubba)"), and one after no name of a body is any
 * aside; neither is read.  The pattern stage's alone (rule
 * member_list.parenthesis), no pattern of patterns.tsv.
 */
static void
parenthesis_members(ex_doc *doc, const ex_sentence *s, ex_sentence_words *sw,
					const char *only_org)
{
	for (int l = 0; l < sw->nlists; l++)
	{
		ex_token_list *list = &sw->lists[l];
		int			org;

		if (list->used || list->unknown || !municipalities_only(list) ||
			(org = parenthesis_org(doc, sw, list)) < 0 ||
			(only_org != NULL && doc->orgs[org].name != only_org))
			continue;
		list->used = true;
		emit_items(doc, s, sw, list, org, SC_BASIS_STATED, "member_list.parenthesis");
	}
}

/* The first pattern from i on whose bit is set in may, or -1. */
static int
next_pattern(const uint64_t *may, int i)
{
	for (int w = i / 64; w < EX_MAX_PATTERNS / 64 && i < ex_npatterns; w++, i = w * 64)
	{
		uint64_t	bits = may[w] >> (i % 64);

		if (bits != 0)
		{
			i += ex_lowest_bit(bits);
			return i < ex_npatterns ? i : -1;
		}
	}
	return -1;
}

/*
 * Whether a list names a municipality or region among its items.  By
 * default only such lists are read: one of organisations alone may tell
 * of bodies the municipalities own owning another ("Sweden Water Research
 * ägs av Sydvatten, NSVA och VA SYD") but as often of companies owning
 * companies ("Svelgen Kraft Holding eies av Sognekraft og Tafjord
 * Kraftproduksjon"), which the pattern stage alone reads.
 */
static bool
names_municipality_or_region(const ex_token_list *list)
{
	for (int i = 0; i < list->nitems; i++)
		if (list->items[i].place != NULL || list->items[i].municipal_tail)
			return true;
	return false;
}

/*
 * Whether the memberships of member pattern i are stated in this
 * document: in the pattern stage, or where its rule is on by default.
 * Every pattern is matched either way, so that a sentence reads the same
 * in both (a trigger's words are no list item, a list one pattern took is
 * no other's): the default reading states a part of the pattern stage's.
 */
static bool
pattern_is_stated(const ex_doc *doc, int i)
{
	return doc->pattern_stage || ex_patterns[i].by_default;
}

/*
 * The patterns of table (by_initials or by_default_initials) that may begin
 * at token t, by its first two bytes; NULL for no word.
 */
static const uint64_t *
patterns_at(const ex_sentence_words *sw, int t, uint64_t table[][EX_MAX_PATTERNS / 64])
{
	const ex_token *tok = &sw->tokens[t];
	const char *folded = folded_word(sw, tok);

	if (tok->kind != EX_TOKEN_WORD || folded == NULL)
		return NULL;
	return table[pair_index(folded[0], tok->end - tok->start > 1 ? folded[1] : 0)];
}

/*
 * Whether a word of the sentence begins with one of default_gate_words.
 * A token split_words makes begins where its first one does or where a
 * word may begin (after a character that is no letter or digit), so
 * these are the places looked at: past the first, only those
 * default_gate lets by, most of the rest at the cost of ex_initials_has;
 * a sentence whose byte pairs rule out every gate word is not read.
 */
static bool
may_match_by_default(const ex_doc *doc, const ex_sentence *s)
{
	size_t		end = s->list_end;

	if (default_gate_open)
		return true;
	if (!ex_may_contain_any(doc, s->span.start, end, default_gate_words))
		return false;
	for (size_t pos = ex_skip_space(doc, s->span.start, end); pos < end;
		 pos = ex_word_from_gate(doc, pos + 1, end, &default_gate))
	{
		if (!ex_initials_has(&default_initials, doc, pos, end))
			continue;
		for (int i = 0; default_gate_words[i]; i++)
			if (sc_match_folded(doc->text + pos, end - pos, default_gate_words[i]) > 0)
				return true;
	}
	return false;
}

/*
 * Whether a member pattern read by default matches the sentence: out of
 * the pattern stage, the only sentences worth matching against every
 * pattern.
 */
static bool
default_pattern_matches(ex_doc *doc, ex_sentence_words *sw)
{
	for (int t = 0; t < sw->ntokens; t++)
	{
		const uint64_t *may = patterns_at(sw, t, by_default_initials);

		for (int i = may ? next_pattern(may, 0) : -1; i >= 0; i = next_pattern(may, i + 1))
			if (pattern_at(doc, sw, t, i) > 0)
				return true;
	}
	return false;
}

/*
 * Puts the last match of the sentence, pattern i of n tokens at token t,
 * before the earlier ones of other languages that took the same words
 * ("medlemskommune*" of Danish and of Norwegian) where i is of the page's
 * language: the first match of a list takes it, and the page's language's
 * pattern may be read by default where the other is not.
 */
static void
page_language_first(const ex_doc *doc, int matches[][3], int nmatches)
{
	int			last = nmatches - 1,
				t = matches[last][0],
				i = matches[last][1],
				n = matches[last][2];
	ex_lang		lang = doc->language;
	int			first = last;

	if (ex_patterns[i].lang != lang)
		return;
	for (int m = last - 1; m >= 0 && matches[m][0] == t; m--)
		if (matches[m][2] == n && ex_patterns[matches[m][1]].lang != lang)
			first = m;
	matches[last][1] = matches[first][1];
	matches[first][1] = i;
}

/*
 * Matches the patterns against the sentence's words, keeping the member
 * patterns' matches (token, pattern, length) in matches; returns the
 * polarity of the first "not" or "former" pattern found, at which it
 * stops, else EX_POLARITY_MEMBER.  With only_not, only the "not"
 * patterns are tried.
 */
static ex_polarity
match_patterns(ex_doc *doc, ex_sentence_words *sw, int matches[][3], int *nmatches,
			   bool only_not)
{
	int			n;

	*nmatches = 0;
	for (int t = 0; t < sw->ntokens; t++)
	{
		const uint64_t *may = patterns_at(sw, t, by_initials);

		for (int i = may ? next_pattern(may, 0) : -1; i >= 0; i = next_pattern(may, i + 1))
		{
			if ((only_not && ex_patterns[i].polarity != EX_POLARITY_NOT) ||
				(n = pattern_at(doc, sw, t, i)) == 0)
				continue;
			if (ex_patterns[i].polarity != EX_POLARITY_MEMBER)
				return ex_patterns[i].polarity;
			if (*nmatches < EX_MAX_MATCHES)
			{
				matches[*nmatches][0] = t;
				matches[*nmatches][1] = i;
				matches[(*nmatches)++][2] = n;
				page_language_first(doc, matches, *nmatches);
			}
		}
	}
	return EX_POLARITY_MEMBER;
}

/*
 * The polarity of the patterns of patterns.tsv the sentence matches
 * (match_patterns, with only_not as there): member where none of "not"
 * or "former" does.
 */
static ex_polarity
sentence_polarity(ex_doc *doc, const ex_sentence *s, bool only_not)
{
	ex_sentence_words *sw;
	int			matches[EX_MAX_MATCHES][3],
				nmatches;
	ex_polarity polarity;

	pthread_once(&compile_once, compile_patterns);
	if (!compiled_ok || (sw = malloc(sizeof(*sw))) == NULL)
		return EX_POLARITY_MEMBER;
	split_words(doc, s->span.start, s->list_end, sw);
	polarity = match_patterns(doc, sw, matches, &nmatches, only_not);
	free(sw);
	return polarity;
}

/*
 * Whether a "not" pattern of patterns.tsv matches the sentence: it says
 * that the places it lists are not, or not yet, members ("diskuterar att
 * gå med", "ingår inte", "vurderer"), or names twin towns.  The member
 * rules of extract_members.c read no list of such a sentence either.  The
 * answer for the sentence last asked about is kept.
 */
bool
ex_sentence_denies(ex_doc *doc, const ex_sentence *s)
{
	if (doc->denial_of == s->span.start + 1)
		return doc->denied;
	doc->denied = sentence_polarity(doc, s, true) == EX_POLARITY_NOT;
	doc->denial_of = s->span.start + 1;
	return doc->denied;
}

/*
 * Whether a "not" or "former" pattern matches the sentence: its places are
 * not members now ("udtræder af", "ingår inte", "lämnade").  The learned
 * stage reads no candidate there.
 */
bool
ex_sentence_not_member(ex_doc *doc, const ex_sentence *s)
{
	return sentence_polarity(doc, s, false) != EX_POLARITY_MEMBER;
}

/* Words a list that says where may stand after a preposition of place. */
#define EX_WHERE_WORDS 5

/*
 * Whether the list says where, not who: a preposition of place or of
 * direction stands a few words before it in its clause ("ansvarar för
 * räddningstjänsten i Botkyrka och Salem", "in the border region between
 * Göteborg and Oslo"), which a list of members around a cue does not
 * have; a colon or semicolon before the list begins it anew ("i vest;
 * Skive, Struer og Lemvig").
 */
static bool
where_list(const ex_doc *doc, const ex_sentence_words *sw, const ex_token_list *list)
{
	static const char *const prepositions[] = {
		"i", "in", "inom", "within", "på", "across", "throughout", "over", "över",
		"från", "fra", "from", "till", "til", "to", "mot", "mod", "towards", NULL
	};

	for (int t = list->first - 1; t >= 0 && t >= list->first - EX_WHERE_WORDS; t--)
	{
		if (sw->tokens[t].kind == EX_TOKEN_MARK)
			return false;
		if (token_in(doc, &sw->tokens[t], prepositions))
			return true;
	}
	return false;
}

/* Whether a list of the sentence names the organisation: a party, not the body. */
static bool
org_is_listed(const ex_doc *doc, const ex_sentence_words *sw, int org)
{
	for (int l = 0; l < sw->nlists; l++)
		if (list_names_body(doc, &sw->lists[l], org))
			return true;
	return false;
}

/*
 * The list a pattern around its trigger names: the longest of the
 * sentence's lists no other pattern took whose every item is a place of
 * the gazetteer, or NULL.  A name the gazetteer does not know, or an
 * organisation among the items, may be anything the sentence speaks of.
 */
static ex_token_list *
places_list(const ex_doc *doc, ex_sentence_words *sw)
{
	ex_token_list *best = NULL;

	for (int l = 0; l < sw->nlists; l++)
	{
		ex_token_list *list = &sw->lists[l];
		bool		places = !list->unknown;

		for (int i = 0; places && i < list->nitems; i++)
			places = (list->items[i].place != NULL && !bare_region(doc, &list->items[i])) ||
				list->items[i].skipped;
		if (places && !list->used && !where_list(doc, sw, list) &&
			(best == NULL || list->nitems > best->nitems))
			best = list;
	}
	return best;
}

/*
 * Where the sentence names bodies around a list: the last it names before
 * the list and the first after it, each with the token it begins at (-1
 * for none).  A name is passed over whole, so that a word inside it names
 * no other.
 */
typedef struct ex_around_bodies
{
	int			before,
				before_at,
				after,
				after_at;
} ex_around_bodies;

static void
bodies_around(const ex_doc *doc, const ex_sentence *s, const ex_sentence_words *sw,
			  const ex_token_list *list, ex_around_bodies *bodies)
{
	*bodies = (ex_around_bodies) {-1, -1, -1, -1};
	for (int t = 0; t < sw->ntokens && bodies->after < 0; t++)
	{
		size_t		n,
					name_end;
		int			org;

		if (t >= list->first && t <= list->last)
			continue;
		if ((org = ex_org_at(doc, sw->tokens[t].start, s->list_end, &n)) < 0)
			continue;
		if (t < list->first)
		{
			bodies->before = org;
			bodies->before_at = t;
		}
		else
		{
			bodies->after = org;
			bodies->after_at = t;
		}
		name_end = sw->tokens[t].start + n;
		while (t + 1 < sw->ntokens && sw->tokens[t + 1].start < name_end)
			t++;
	}
}

/*
 * The organisation of a list around a trigger at token cue: the one the
 * sentence names last before the list with the cue between them ("X er
 * et samarbejde mellem A, B og C"), else, where it names none before, the
 * first after it with the cue between ("A, B och C samverkar i X"); never
 * one the sentence is about without naming it, nor one the cue does not
 * stand between, since a cue word alone says too little of whose members
 * a list may be ("Vore ejere er NRGI, ..., samt A og B": the owners', not
 * NRGI's).
 */
static int
around_org(const ex_doc *doc, const ex_token_list *list, const ex_around_bodies *bodies,
		   int cue)
{
	if (bodies->before >= 0)
		return bodies->before_at < cue && cue < list->first ?
			ex_full_org(doc, bodies->before) : -1;
	if (bodies->after >= 0 && list->last < cue && cue < bodies->after_at)
		return ex_full_org(doc, bodies->after);
	return -1;
}

/*
 * Whether match m is an apposition ("kommunerna A, B och C") with another
 * trigger between it and the list: "Kommunerna som ingår är A, B och C" is
 * the list of "som ingår är", which the apposition would take and then
 * find no body's.
 */
static bool
nearer_trigger(int matches[][3], int nmatches, int m, const ex_token_list *list)
{
	int			end = matches[m][0] + matches[m][2];

	if (!is_apposition(matches[m][1]))
		return false;
	for (int o = 0; o < nmatches; o++)
	{
		int			i = matches[o][1],
					o_end = matches[o][0] + matches[o][2];

		if (o != m && ex_patterns[i].where == EX_WHERE_AFTER && !is_apposition(i) &&
			matches[o][0] >= end && o_end <= list->first)
			return true;
	}
	return false;
}

/*
 * The members of the first pattern around its trigger whose cue stands
 * between the body the sentence names and the list of places the other
 * patterns left ("Business Region MidtVest er et samarbejde mellem syv
 * midt- og vestjyske kommuner; Skive, Struer, ...").  One list a
 * sentence: the cue says the sentence speaks of cooperation, not which
 * of two lists it joins.
 */
static void
around_members(ex_doc *doc, const ex_sentence *s, ex_sentence_words *sw,
			   int matches[][3], int nmatches, const char *only_org)
{
	ex_token_list *list = NULL;
	ex_around_bodies bodies;

	for (int m = 0; m < nmatches; m++)
	{
		int			i = matches[m][1],
					org;

		/* no rule around a cue is read by default: nothing to look for then */
		if (ex_patterns[i].where != EX_WHERE_AROUND || !pattern_is_stated(doc, i))
			continue;
		if (list == NULL)
		{
			if ((list = places_list(doc, sw)) == NULL)
				return;
			bodies_around(doc, s, sw, list, &bodies);
		}
		if ((org = around_org(doc, list, &bodies, matches[m][0])) < 0 ||
			org_is_listed(doc, sw, org) ||
			clause_after_semicolon(doc, sw, matches[m][0] < list->first ? matches[m][0] : list->first,
								   list))
			continue;
		list->used = true;
		if (only_org == NULL || doc->orgs[org].name == only_org)
			emit_items(doc, s, sw, list, org, SC_BASIS_STATED, ex_patterns[i].rule);
		return;
	}
}

/*
 * Finds the memberships the patterns of patterns.tsv state in the
 * sentence; with only_org, those of the organisation of that name only
 * (the one the member rules read in the sentence).  Out of the pattern
 * stage only the member patterns whose rule is on by default are read.
 */
void
ex_find_pattern_memberships(ex_doc *doc, const ex_sentence *s, const char *only_org)
{
	ex_sentence_words words;
	ex_sentence_words *sw = &words;
	int			matches[EX_MAX_MATCHES][3],
				nmatches = 0;

	/* a page that names no body may name one as a trigger's subject */
	pthread_once(&compile_once, compile_patterns);
	if (!compiled_ok || (!doc->pattern_stage && !(any_by_default && may_match_by_default(doc, s))))
		return;
	split_words(doc, s->span.start, s->list_end, sw);
	if ((!doc->pattern_stage && !default_pattern_matches(doc, sw)) ||
		match_patterns(doc, sw, matches, &nmatches, false) != EX_POLARITY_MEMBER ||
		(nmatches == 0 && !may_have_parenthesis_list(doc, s)))
		return;
	memset(sw->in_trigger, 0, sizeof(sw->in_trigger));
	for (int m = 0; m < nmatches; m++)
		for (int t = matches[m][0]; t < matches[m][0] + matches[m][2] && t < sw->ntokens; t++)
			sw->in_trigger[t] = true;
	read_lists(doc, sw, s->list_end);
	for (int m = 0; m < nmatches; m++)
	{
		int			i = matches[m][1];
		ex_token_list *list = list_of_match(doc, sw, i, matches[m][0], matches[m][2]);
		int			org,
					subject;
		sc_fact_basis basis;
		bool		inferred,
					definite = false,
					predicate = copula_then_gap(doc, sw, i, matches[m][0]);

		if (ex_patterns[i].where == EX_WHERE_AROUND)
			continue;			/* read once the other patterns took their lists */
		if (ex_patterns[i].where == EX_WHERE_LINES)
		{
			if (pattern_is_stated(doc, i) && whole_line(doc, s, sw, matches[m][0], matches[m][2]))
				heading_members(doc, s, i, only_org);
			continue;
		}
		if (list == NULL || list->used || (ex_patterns[i].known && list->unknown) ||
			nearer_trigger(matches, nmatches, m, list) ||
			apposition_of_party(doc, sw, i, apposition_start(i, matches[m][0])) ||
			(predicate && !predicate_defines_body(doc, sw, i, matches[m][0], matches[m][2])))
			continue;
		list->used = true;
		/* the municipalities of a list taken, the list is */
		if (list == &sw->tail)
			sw->tail_of->used = true;
		/*
		 * "X er et samarbeidsorgan for kommunene A, B og C": X's, named
		 * where no member rule read the sentence
		 */
		if (predicate)
		{
			if (only_org != NULL || (org = copula_subject(doc, s, sw, matches[m][0])) < 0)
				continue;
			basis = SC_BASIS_STATED;
			inferred = false;
		}
		/* a label's list is of the body the page is about, not of one named after it */
		else if (label(doc, sw, list, i, matches[m][0]))
		{
			org = label_topic(doc, s, &basis);
			inferred = true;
		}
		else
		{
			org = list_org(doc, s, sw, list, ex_patterns[i].where,
						   apposition_names_body_before(doc, sw, i, matches[m][0]), &basis,
						   &definite);
			inferred = basis != SC_BASIS_STATED;
		}
		/* a sentence the member rules read names no new body */
		if ((org < 0 || inferred) && only_org == NULL &&
			(subject = trigger_subject(doc, s, sw, i, matches[m][0], matches[m][2])) >= 0)
		{
			org = subject;
			basis = SC_BASIS_STATED;
		}
		else if (org < 0 || (inferred && !definite &&
							 !refers_to_organisation(doc, sw, 0, sw->ntokens) &&
							 !label(doc, sw, list, i, matches[m][0]) &&
							 !subject_left_out(doc, sw, i, matches[m][0], matches[m][2])))
			continue;
		/* parties beside the body, not its members */
		if (list_names_body(doc, list, org) ||
			(is_apposition(i) && (apposition_beside_body(doc, sw, apposition_start(i, matches[m][0]), org) ||
								  apposition_after_party(doc, sw, apposition_start(i, matches[m][0]), org) ||
								  apposition_body_is_party(doc, s, sw, list, org))))
			continue;
		if (pattern_is_stated(doc, i) && (only_org == NULL || doc->orgs[org].name == only_org) &&
			(doc->pattern_stage || names_municipality_or_region(list)))
			emit_items(doc, s, sw, list, org, basis, ex_patterns[i].rule);
	}
	around_members(doc, s, sw, matches, nmatches, only_org);
	if (may_have_parenthesis_list(doc, s))
		parenthesis_members(doc, s, sw, only_org);
}
