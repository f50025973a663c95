/*
 * extract_fees.c
 *		Membership fees as pages state them: an amount per inhabitant or per
 *		year, a base plus an amount per inhabitant, in Swedish, Danish or
 *		Norwegian kronor or euro, read by core/'s fee-rule parser
 *		(fee_rule.h), which knows the amounts as written ("tkr", "mnkr",
 *		"öre", "2,88 kr. pr. indbygger", "kronor per invånare och år", "EUR
 *		2 per capita").
 *
 * "kr" is the kroner of the page's language: "15 kr. pr. indbygger" on a
 * Danish page is DKK, "12 kr/år" on a Norwegian one NOK; "kronor" and
 * "SEK" are Swedish wherever they stand.  A fee fee_rate can hold (Swedish
 * kronor, per inhabitant or flat) is stated as a rate, as the loader has
 * always stored it; any other as a fee rule (sc_fact.fee_rule).
 *
 * Charges that are no membership fee (a taxa, a household's waste charge,
 * a course's price, a grant) are not read, and an amount that is no rate
 * per inhabitant is a fee only where the sentence says it is the
 * membership fee ("medlemsavgift", "kontingent"): precision first.
 */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

/* Words of a sentence about a charge, a grant or money that is no fee. */
static const char *const not_fees[] = {
	"taxa", "bygglov", "biljett", "billet", "husstand", "hushåll",
	"husholdning", "gebyr", "renhållning", "renovasjon", "per ton", "kurs",
	"konferens", "entré", "anläggningsavgift", "brukningsavgift",
	"omsætning", "omsättning", "omsetning", "tilskud", "tilskudd", "tillskott",
	"investering", "engångs", "ticket", "admission",
	/* one-off charges for joining, no yearly fee */
	"anslutningsavgift", "inträdesavgift", "medlemsinsats", "indskud",
	NULL
};

/*
 * Words that put a total another way ("5.495.000 kroner svarende til ca.
 * 29 kroner pr. indbygger"), as written in lower case: an amount right
 * after one is no rate the members are charged.  A sentence's first
 * "Tilsvarende" ("likewise") is none of them, and a rate before one
 * ("5 kr per invånare, motsvarande 400 000 kronor") is a fee still.
 */
static const char *const equivalences[] = {
	"svarende til", "tilsvarende", "motsvarande", "motsvarar", "equivalent to",
	"corresponding to", NULL
};

/* Bytes before an amount an equivalence may stand in ("svarende til ca. "). */
#define EX_EQUIVALENCE_REACH 24

/*
 * Words of a one-off charge for joining, which a paragraph may name in a
 * sentence before the one of its amount: "Anslutningsavgiften betalas av
 * de organisationer som ... De organisationer som ... betalar 4 kr per
 * kommuninvånare."
 */
static const char *const one_off[] = {
	"anslutningsavgift", "inträdesavgift", "medlemsinsats", "indskud",
	"engångs", NULL
};

/*
 * Words that make an amount the membership fee, per inhabitant or not:
 * the fee's names, and each member as the one who pays it ("Varje
 * medlemskommun betalar 150 000 kronor per år"); what the members pay
 * together ("medlemskommunerna betalar 12 mnkr") is a total, no member's
 * fee.
 */
static const char *const fee_words[] = {
	"medlemsavgift", "årsavgift", "förbundsavgift", "medlemsbidrag",
	"grundavgift", "kontingent", "medlemskontingent", "medlemsgebyr",
	"membership fee", "member fee", "annual fee", "varje medlemskommun",
	"varje kommun", "hver kommune", "hver ejerkommune", "hver eierkommune",
	"hver medlemskommune", "each member", "varje medlem", "hvert medlem",
	"hvert enkelt medlem", NULL
};

/* Words of a fee per inhabitant whose amount is not given. */
static const char *const per_inhabitant[] = {
	"per invånare", "per kommuninvånare", "antalet invånare", "invånarantal",
	"per innbygger", "per indbygger", "pr. indbygger", "innbyggertal",
	"indbyggertal", "antall innbyggere", "antal indbyggere", NULL
};

/*
 * Words of the members of the body written about: a sentence of their
 * fee that names no body ("Medlemskommunerna beslutar om ...
 * medlemsavgift", "Medlemsavgifterna utgörs av 0,4 promille av
 * medlemskommunernas ... intäkter") speaks of that body's.
 */
static const char *const its_members[] = {
	"medlemskommun", "medlemmarna", "medlemmene", "medlemmerne", "medlemmer",
	"ejerkommun", "eierkommun", "eigarkommun", "ägarkommun", "member municipalit",
	NULL
};

/*
 * A share of a body's costs by population whose amount is not given:
 * words of members paying or of costs shared, and words of the
 * population it goes by ("Eigarkommunane betaler årleg inn tilskot til
 * drifta basert på folketall", "Kostnaderna fördelas efter invånarantal").
 */
static const char *const shares_paid[] = {
	"betalar", "betaler", "fördelas", "fordeles", "fördelar", "fordeler",
	"are shared", "is shared", "are divided", "apportioned", NULL
};
static const char *const population_bases[] = {
	"folketal", "innbyggertal", "indbyggertal", "invånarantal", "antal invånare",
	"antalet invånare", "antal indbyggere", "antallet af indbyggere",
	"antall innbyggere", "antallet innbyggere", "number of inhabitants",
	"by population", NULL
};

/* Words that name a member's yearly fee, amount or not. */
static const char *const membership_fees[] = {
	"medlemsavgift", "förbundsavgift", "kontingent", "membership fee",
	"member fee", "driftsbidrag", "eieravgift", NULL
};

/*
 * Words after an amount without its currency that make it a rate per
 * inhabitant in the page's kroner: "avgiften på 42,25 per invånare och år".
 */
static const char *const per_inhabitant_rates[] = {
	"per invånare", "pr. indbygger", "per indbygger", "per innbygger", NULL
};

/* Words an amount may go on for, past its first: "50 000 kr och 3,50 kr ..." */
#define EX_FEE_WORDS 14

static bool
contains_any(const ex_doc *doc, const ex_sentence *s, const char *const *parts)
{
	return ex_contains_any(doc, s->span.start, s->span.end, parts);
}

/*
 * Whether part stands in the sentence as the beginning of a word's end:
 * followed by no ASCII letter or digit, or by one of the letters in more
 * ("kr" in "kronor").
 */
static bool
ends_word_in(const ex_doc *doc, const ex_sentence *s, const char *part,
			 const char *more)
{
	size_t		len = strlen(part);

	for (size_t pos = ex_find_part(doc, s->span.start, s->span.end, part);
		 pos != EX_NONE; pos = ex_find_part(doc, pos + 1, s->span.end, part))
	{
		unsigned char c = pos + len < s->span.end ?
			sc_ascii_folded(doc->text[pos + len]) : ' ';

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ||
			strchr(more, c) != NULL)
			return true;
	}
	return false;
}

/*
 * Whether the sentence names a currency the parser reads: "kr", "kr.",
 * "kronor", "kroner", "öre", "SEK", "DKK", "NOK", "EUR", not inside "krav" or
 * "sekretariat".  Most sentences name none, which this tells sooner.
 */
static bool
names_currency(const ex_doc *doc, const ex_sentence *s)
{
	return ends_word_in(doc, s, "kr", "oe") || ends_word_in(doc, s, "sek", "") ||
		ends_word_in(doc, s, "dkk", "") || ends_word_in(doc, s, "nok", "") ||
		ends_word_in(doc, s, "eur", "o") || ends_word_in(doc, s, "öre", "") ||
		ends_word_in(doc, s, "øre", "");
}

/* How many digits stand from pos on, before end. */
static size_t
digits_at(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		n = 0;

	while (pos + n < end && doc->text[pos + n] >= '0' && doc->text[pos + n] <= '9')
		n++;
	return n;
}

/* Currencies an amount may follow: "EUR 2 per capita", "kr 12,50 per innbygger". */
static const char *const currencies_first[] = {
	"EUR", "SEK", "NOK", "DKK", "kr", "kroner", "kronor", NULL
};

/*
 * Words of an amount the parser does not know, and the words it reads for
 * them: a year after an amount ("årligt", "i året") as "per år"; Danish
 * and Norwegian millions ("2 mill. kr.", "2 millioner kr") as "mio.";
 * Nynorsk "innbyggar", Danish "indb." and Swedish "kommuninvånare" as the
 * inhabitant they are.  A longer word stands before its prefix.
 */
static const struct
{
	const char *written;
	const char *read;
}			rewritten[] = {
	{"årligt", "per år"}, {"årligen", "per år"}, {"årlig", "per år"},
	{"årleg", "per år"}, {"i året", "per år"},
	{"millioner kr", "mio. kr"}, {"mill.", "mio."}, {"mill", "mio."},
	{"innbyggar", "innbygger"}, {"indb.", "indbygger"}, {"indb", "indbygger"},
	{"kommuninvånare", "invånare"}, {NULL, NULL}
};

/*
 * Words of each member as the one who pays, between an amount and its
 * period, which the parser does not read: "1000 kroner for hvert medlem
 * per år", "1 500 kr per medlem och år".  Each member pays the amount, so
 * it is read as "1000 kroner per år"; a conjunction after them ("och år")
 * is read as "per".
 */
static const char *const each_member[] = {
	"for hvert medlem", "for hver medlem", "för varje medlem", "per medlem",
	"pr. medlem", "for each member", "per member", NULL
};
static const char *const and_words[] = {"och", "og", "and", NULL};

/* Kroner written before their amount: "kroner 1000", "kr 12,50". */
static const char *const kroner_first[] = {"kroner", "kronor", "kr", NULL};

/* The bytes of the rewritten words at pos, *read what the parser reads; or 0. */
static size_t
rewritten_at(const ex_doc *doc, size_t pos, size_t end, const char **read)
{
	size_t		len;

	for (int i = 0; rewritten[i].written; i++)
		if ((len = ex_word_is(doc, pos, end, rewritten[i].written)) > 0)
		{
			*read = rewritten[i].read;
			return len;
		}
	return 0;
}

/*
 * The fee rule [from, to) states, read as the parser of core/ reads amounts,
 * once the ways of writing them it does not know are written as it knows
 * them: "kr 12,50" (the currency first) as "12,50 kr", "25.000" (a
 * thousands' stop, on a Nordic page or in kroner) as "25000", the words of
 * rewritten as it reads them, a member who pays as no word.
 */
static bool
parse_as_written(const ex_doc *doc, size_t from, size_t to, sc_fee_rule *rule)
{
	char		buf[256];
	size_t		n = 0,
				p = from,
				len;
	const char *moved = NULL;	/* a currency written before the amount */
	const char *read;
	bool		nordic;

	if (to - from >= sizeof(buf) / 2)
		return false;
	/* a stop in kroner or on a Nordic page parts thousands; in English, decimals */
	nordic = doc->country != NULL || ex_contains(doc, from, to, "kr");
	if ((len = ex_word_in(doc, p, to, kroner_first)) > 0)
	{
		size_t		q = ex_skip_space(doc, p + len + (p + len < to && doc->text[p + len] == '.'), to);

		if (q >= to || doc->text[q] < '0' || doc->text[q] > '9')
			return sc_fee_rule_parse(doc->text + from, to - from, rule) == SC_MONEY_OK;
		/* "kroner" is Danish or Norwegian: the page's, as "kr" is */
		moved = ex_word_is(doc, p, to, "kronor") > 0 ? "kronor" : "kr";
		p = q;
	}
	while (p < to && n + 16 < sizeof(buf))
	{
		char		c = doc->text[p];

		if (c == '.' && nordic && p > from && doc->text[p - 1] >= '0' &&
			doc->text[p - 1] <= '9' && digits_at(doc, p + 1, to) == 3 &&
			!(p + 4 < to && doc->text[p + 4] == ','))
		{
			p++;				/* "25.000": thousands */
			continue;
		}
		if (ex_word_start(doc, p) && (len = rewritten_at(doc, p, to, &read)) > 0)
		{
			n += (size_t) snprintf(buf + n, sizeof(buf) - n, "%s", read);
			p += len;
			continue;
		}
		if (ex_word_start(doc, p) && (len = ex_word_in(doc, p, to, each_member)) > 0)
		{
			p = ex_skip_space(doc, p + len, to);
			if ((len = ex_word_in(doc, p, to, and_words)) > 0)
			{
				n += (size_t) snprintf(buf + n, sizeof(buf) - n, "per ");
				p = ex_skip_space(doc, p + len, to);
			}
			continue;
		}
		buf[n++] = c;
		p++;
		/* the amount's end, where a currency written before it goes */
		if (moved && !((p < to && ((doc->text[p] >= '0' && doc->text[p] <= '9') ||
								   doc->text[p] == ',' || doc->text[p] == '.' ||
								   (doc->text[p] == ' ' && digits_at(doc, p + 1, to) == 3)))))
		{
			n += (size_t) snprintf(buf + n, sizeof(buf) - n, " %s", moved);
			moved = NULL;
		}
	}
	return p >= to && !moved && sc_fee_rule_parse(buf, n, rule) == SC_MONEY_OK;
}

/*
 * The longest fee rule that begins at pos and ends at a word's end within
 * EX_FEE_WORDS words, with *end where it ends; false if none begins there.
 */
static bool
rule_at(const ex_doc *doc, size_t pos, size_t end, sc_fee_rule *rule, size_t *rule_end)
{
	bool		found = false;
	size_t		p = pos;

	for (int k = 0; k < EX_FEE_WORDS && p < end; k++)
	{
		size_t		wend = ex_word_end(doc, p, end);

		/* "kr." and "pr." with their stop, a sentence's last word without */
		for (int stop = 0; stop < 2; stop++)
		{
			sc_fee_rule r;
			size_t		to = wend + (stop && wend < end && doc->text[wend] == '.');

			if (to > p && parse_as_written(doc, pos, to, &r))
			{
				*rule = r;
				*rule_end = to;
				found = true;
			}
		}
		p = ex_next_word(doc, p, end);
	}
	return found;
}

/*
 * Where an amount glued to the word before it begins: a table's cells run
 * together when a page is flattened ("avrinningsområde1,25 kr/invånare",
 * "invånare5 000 kr"), so the amount is the digits after the word's
 * letters; EX_NONE if the word at pos has none.
 */
static size_t
glued_amount(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		wend = ex_word_end(doc, pos, end);

	for (size_t p = pos + 1; p < wend; p++)
		if (doc->text[p] >= '0' && doc->text[p] <= '9')
			return sc_is_lower(doc->text, end, p - 1) || (unsigned char) doc->text[p - 1] >= 0x80 ?
				p : EX_NONE;
	return EX_NONE;
}

/*
 * Whether the digits at pos are the decimals or the thousands of a number
 * that began before them ("1,25" read from its "25"), which are no amount
 * of their own.
 */
static bool
inside_number(const ex_doc *doc, size_t start, size_t pos)
{
	return pos >= start + 2 && (doc->text[pos - 1] == ',' || doc->text[pos - 1] == '.') &&
		doc->text[pos - 2] >= '0' && doc->text[pos - 2] <= '9';
}

/*
 * The first fee rule the sentence states, [*start, *end) its words: at a
 * number, or at the words that begin a base ("en grundavgift på ..."), or
 * at an amount glued to the word before it.
 */
static bool
rule_in(const ex_doc *doc, const ex_sentence *s, sc_fee_rule *rule,
		size_t *start, size_t *end)
{
	for (size_t pos = ex_word_from(doc, s->span.start, s->span.end); pos < s->span.end;
		 pos = ex_word_from(doc, pos + 1, s->span.end))
	{
		char		c = doc->text[pos];
		size_t		glued;

		if (c >= '0' && c <= '9' && inside_number(doc, s->span.start, pos))
			continue;
		if (!(c >= '0' && c <= '9') &&
			(glued = glued_amount(doc, pos, s->span.end)) != EX_NONE &&
			rule_at(doc, glued, s->span.end, rule, end))
		{
			*start = glued;
			return true;
		}
		if (!((c >= '0' && c <= '9') || ex_word_is(doc, pos, s->span.end, "en") ||
			  ex_word_in(doc, pos, s->span.end, currencies_first) > 0))
			continue;
		if (rule_at(doc, pos, s->span.end, rule, end))
		{
			*start = pos;
			return true;
		}
		while (pos + 1 < s->span.end && ((doc->text[pos + 1] >= '0' && doc->text[pos + 1] <= '9') ||
										 ((doc->text[pos + 1] == '.' || doc->text[pos + 1] == ',') &&
										  digits_at(doc, pos + 2, s->span.end) > 0)))
			pos++;				/* not again inside the number: "25.000", "12,50" */
	}
	return false;
}

/*
 * "avgiften på 42,25 per invånare och år": an amount without its currency,
 * right before words of a rate per inhabitant, in the sentence of a fee;
 * read as the same words with "kr" after the amount.
 */
static bool
rule_without_currency(const ex_doc *doc, const ex_sentence *s, sc_fee_rule *rule,
					  size_t *start, size_t *end)
{
	char		buf[128];

	if (!ex_contains(doc, s->span.start, s->span.end, "avgift"))
		return false;
	for (size_t pos = ex_word_from(doc, s->span.start, s->span.end); pos < s->span.end;
		 pos = ex_word_from(doc, pos + 1, s->span.end))
	{
		size_t		number_end = pos,
					p,
					q,
					n;
		bool		found = false;

		if (doc->text[pos] < '0' || doc->text[pos] > '9')
			continue;
		while (number_end < s->span.end &&
			   ((doc->text[number_end] >= '0' && doc->text[number_end] <= '9') ||
				(doc->text[number_end] == ',' && number_end + 1 < s->span.end &&
				 doc->text[number_end + 1] >= '0' && doc->text[number_end + 1] <= '9')))
			number_end++;
		p = ex_skip_space(doc, number_end, s->span.end);
		if (p == number_end || ex_find_in(doc, p, s->span.end, per_inhabitant_rates, &n) != p)
		{
			pos = number_end;
			continue;
		}
		q = p;
		/* the longest rate the words make: "per invånare och år" */
		for (int k = 0; k < EX_FEE_WORDS && p < s->span.end; k++)
		{
			size_t		e = ex_word_end(doc, p, s->span.end);
			int			len = snprintf(buf, sizeof(buf), "%.*s kr %.*s",
									   (int) (number_end - pos), doc->text + pos,
									   (int) (e - q), doc->text + q);
			sc_fee_rule r;

			if (len > 0 && (size_t) len < sizeof(buf) &&
				sc_fee_rule_parse(buf, (size_t) len, &r) == SC_MONEY_OK)
			{
				*rule = r;
				*start = pos;
				*end = e;
				found = true;
			}
			p = ex_next_word(doc, p, s->span.end);
		}
		if (found)
			return true;
		pos = number_end;
	}
	return false;
}

/*
 * "kr" as the page's language has it: a rule the parser took for Swedish
 * kronor on a Danish or Norwegian page is in Danish or Norwegian kroner,
 * unless its words say "kronor" or "SEK".
 */
static void
kroner_of_page(ex_doc *doc, sc_fee_rule *rule, size_t start, size_t end)
{
	const char *country = doc->country;

	/* Danish kroner ("mio. kr", "kroner") on a Norwegian page are Norwegian */
	if (rule->currency == SC_CURRENCY_DKK && country && strcmp(country, "NO") == 0 &&
		!ex_contains(doc, start, end, "dkk"))
		rule->currency = SC_CURRENCY_NOK;
	if (rule->currency != SC_CURRENCY_SEK ||
		ex_contains(doc, start, end, "kronor") || ex_contains(doc, start, end, "sek"))
		return;
	if (country && strcmp(country, "DK") == 0)
		rule->currency = SC_CURRENCY_DKK;
	else if (country && strcmp(country, "NO") == 0)
		rule->currency = SC_CURRENCY_NOK;
}

static bool per_inhabitant_fee(const ex_doc *doc, const ex_sentence *s);

/* Words after which a sentence names who pays: "Medlemsavgift betalas av kommunerna och Flügger AB". */
static const char *const paid_by[] = {
	"betalas av", "betales af", "betales av", "betalast av", "paid by", NULL
};

/* Where the sentence begins to name who pays a fee, or its end. */
static size_t
payers_from(const ex_doc *doc, const ex_sentence *s)
{
	size_t		matched,
				at = ex_find_in(doc, s->span.start, s->span.end, paid_by, &matched);

	return at == EX_NONE ? s->span.end : at;
}

/*
 * The organisation the sentence names first: the body whose fees it
 * speaks of ("The Kvarken Council's operations are financed partly by the
 * Nordic Council of Ministers and partly by membership fees"), or -1.
 * One named as a payer is a member, no payee.
 */
static int
first_org(const ex_doc *doc, const ex_sentence *s)
{
	size_t		end = payers_from(doc, s);

	for (size_t pos = ex_word_from(doc, s->span.start, end); pos < end;
		 pos = ex_word_from(doc, pos + 1, end))
	{
		size_t		n;
		int			org = ex_org_at(doc, pos, s->span.end, &n);

		if (org >= 0)
			return org;
	}
	return -1;
}

/* Whether the sentence speaks of a member's fee without its amount. */
static bool
fee_without_amount(const ex_doc *doc, const ex_sentence *s)
{
	return contains_any(doc, s, membership_fees) || per_inhabitant_fee(doc, s);
}

/*
 * "en avgift per kommuninvånare", "avgiften efter antalet invånare",
 * "Kostnaderna fördelas efter invånarantal"
 */
static bool
per_inhabitant_fee(const ex_doc *doc, const ex_sentence *s)
{
	return (ex_contains(doc, s->span.start, s->span.end, "avgift") &&
			contains_any(doc, s, per_inhabitant)) ||
		(contains_any(doc, s, shares_paid) && contains_any(doc, s, population_bases));
}

/* Words before the body a fee is paid to. */
static const char *const paid_to[] = {"till", "til", "to", NULL};

/*
 * A body the page names, after "till" in [pos, end): "Kommunerna betalar
 * 12 kronor per invånare till X"; or -1.
 */
static int
org_paid_to(const ex_doc *doc, size_t pos, size_t end)
{
	for (pos = ex_word_from(doc, pos, end); pos < end; pos = ex_word_from(doc, pos + 1, end))
	{
		size_t		n = ex_word_in(doc, pos, end, paid_to);
		int			org;

		if (n > 0 && (org = ex_org_at(doc, ex_skip_space(doc, pos + n, end), end, &n)) >= 0)
			return org;
	}
	return -1;
}

/*
 * The organisation a fee is paid to: one with its amount at amount (or
 * one per inhabitant without it), the last one named before, else the
 * one the text is about; one named only as a membership fee
 * ("medlemsavgiften"), the body the sentence names first, or none: a fee
 * of a body the page never names is no fee of another.  A body named
 * after "betalas av" pays it (payers_from).
 */
static int
payee(ex_doc *doc, const ex_sentence *s, size_t amount)
{
	int			org;
	size_t		payers;

	doc->subject_basis = SC_BASIS_STATED;
	if (amount == EX_NONE && !per_inhabitant_fee(doc, s))
	{
		if ((org = first_org(doc, s)) >= 0 || !contains_any(doc, s, its_members))
			return org;
		doc->subject_basis = doc->context_basis;
		return doc->context;
	}
	payers = payers_from(doc, s);
	org = ex_org_before(doc, s->span.start,
						amount == EX_NONE || amount > payers ? payers : amount);
	if (org < 0 && amount != EX_NONE)
		org = org_paid_to(doc, amount, s->span.end);
	if (org < 0)
		doc->subject_basis = doc->context_basis;
	return org >= 0 ? org : doc->context;
}

/* The ends of one word that names an association: "Kommunförbundet". */
static const char *const body_endings[] = {
	"förbundet", "förbund", "forbundet", "forbund", "föreningen",
	"foreningen", "forening", "förening", NULL
};

/* Words a fee's noun and "till" may have between them: "förbundsavgift år 2024 till". */
#define EX_FEE_PAID_TO_WORDS 4

/* Codes in capitals that are no body: "höjs till SEK 12", "raised to EUR 2". */
static const char *const currency_codes[] = {
	"SEK", "DKK", "NOK", "EUR", "USD", "GBP", "ISK", NULL
};

/*
 * The bytes of the abbreviation in capitals at pos (2 to 6 letters), or 0;
 * not a currency's code, nor a compound's first part.
 */
static size_t
capitals_at(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		wend = ex_word_end(doc, pos, end),
				n = 0;

	if (ex_word_in(doc, pos, end, currency_codes) > 0 ||
		(wend < end && doc->text[wend] == '-'))
		return 0;				/* nor the first part of "IT-stöd", "EU-projekt" */
	for (size_t p = pos; p < wend; p += sc_char_length(doc->text, end, p), n++)
		if (!sc_is_upper(doc->text, end, p))
			return 0;
	return n >= 2 && n <= 6 ? wend - pos : 0;
}

/* Lower-case words a name may have between its capitalised ones. */
static const char *const name_joiners[] = {
	"och", "og", "and", "of", "for", "för", "i", "af", "av", NULL
};

/* Words before "(SKR)" that a name spelled out may have. */
#define EX_SPELLED_WORDS 10

/*
 * The name that the capitalised words before "(ABB)" at paren spell, their
 * initials the abbreviation's letters ("Sveriges Kommuner och Regioner
 * (SKR)", not "Styrelsen för" before it); false if they spell none.
 */
static bool
spelled_name(const ex_doc *doc, size_t paren, const char *abbreviation, sc_span *name)
{
	int			k = (int) strlen(abbreviation) - 1;
	size_t		end = paren;

	while (end > 0 && doc->text[end - 1] == ' ')
		end--;
	for (int words = 0; words < EX_SPELLED_WORDS && end > 0 && k >= 0; words++)
	{
		size_t		start = end;

		while (start > 0 && doc->text[start - 1] != ' ' && doc->text[start - 1] != '\n')
			start--;
		if (start == end)
			return false;
		if (sc_ascii_folded(doc->text[start]) == sc_ascii_folded(abbreviation[k]) &&
			sc_is_upper(doc->text, end, start))
		{
			k--;
			name->start = start;
		}
		else if (k == (int) strlen(abbreviation) - 1 ||
				 ex_word_in(doc, start, end, name_joiners) != end - start)
			return false;
		if (k < 0)
			break;
		end = start;
		while (end > 0 && doc->text[end - 1] == ' ')
			end--;
	}
	if (k >= 0)
		return false;
	name->end = paren;
	while (name->end > name->start && doc->text[name->end - 1] == ' ')
		name->end--;
	return true;
}

/*
 * The body an abbreviation [pos, pos + len) stands for, recorded: where the
 * page writes it in brackets, the name before them whose initials it is
 * ("Sveriges Kommuner och Regioner (SKR)"), or -1 if no such name stands
 * there (the name is not sure); where the page does not, the abbreviation
 * itself ("KL").  An abbreviation with a letter outside ASCII spells no
 * name here.
 */
static int
abbreviated_payee(ex_doc *doc, const ex_sentence *s, size_t pos, size_t len)
{
	char		bracketed[16],
				abbreviation[8];
	size_t		paren;
	sc_span		name = {pos, pos + len};

	/* a search of the whole text, which the document's budget bounds */
	if (len >= sizeof(abbreviation) || !ex_take_scan(doc))
		return -1;
	snprintf(abbreviation, sizeof(abbreviation), "%.*s", (int) len, doc->text + pos);
	snprintf(bracketed, sizeof(bracketed), "(%s)", abbreviation);
	if ((paren = ex_find_part(doc, 0, doc->len, bracketed)) != EX_NONE &&
		!spelled_name(doc, paren, abbreviation, &name))
		return -1;
	return ex_add_payee_org(doc, name, s);
}

/* Whether the word at pos is a capitalised one of an association's kind. */
static bool
body_word_at(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		wend = ex_word_end(doc, pos, end),
				next = ex_skip_space(doc, wend, end);

	if (!sc_is_upper(doc->text, end, pos) ||
		(next < end && sc_is_upper(doc->text, end, next)))
		return false;			/* "Kommunförbundet Skåne": a longer name */
	for (int i = 0; body_endings[i]; i++)
	{
		size_t		n = strlen(body_endings[i]);

		if (wend - pos > n + 2 &&
			sc_match_folded(doc->text + wend - n, n, body_endings[i]) == n)
			return true;
	}
	return false;
}

/*
 * The body a fee sentence names as the one paid, after the fee's noun and
 * "till", "til" or "to": "kommunernes kontingent til KL", "kommunernas
 * medlemsavgifter till Kommunförbundet", "förbundsavgift år 2024 till
 * SKR"; or -1.  A body the page names elsewhere is that one; one it names
 * only here is recorded (ex_add_payee_org) where its name is sure: an
 * abbreviation in capitals (abbreviated_payee), or one word of an
 * association's kind (body_word_at).
 */
static int
named_payee(ex_doc *doc, const ex_sentence *s)
{
	size_t		at,
				n;

	for (at = ex_find_prefix_in(doc, s->span.start, s->span.end, membership_fees);
		 at != EX_NONE;
		 at = ex_find_prefix_in(doc, ex_word_end(doc, at, s->span.end), s->span.end,
								membership_fees))
	{
		size_t		p = ex_next_word(doc, at, s->span.end);

		for (int k = 0; k < EX_FEE_PAID_TO_WORDS && p < s->span.end; k++)
		{
			size_t		name;
			int			org;

			if ((n = ex_word_in(doc, p, s->span.end, paid_to)) == 0)
			{
				p = ex_next_word(doc, p, s->span.end);
				continue;
			}
			name = ex_skip_space(doc, p + n, s->span.end);
			if ((org = ex_org_at(doc, name, s->span.end, &n)) >= 0)
				return org;
			if ((n = capitals_at(doc, name, s->span.end)) > 0)
				return abbreviated_payee(doc, s, name, n);
			if (body_word_at(doc, name, s->span.end))
				return ex_add_payee_org(doc, (sc_span) {name, ex_word_end(doc, name, s->span.end)}, s);
			break;
		}
	}
	return -1;
}

/* Words of a listed base amount, and of a listed amount per inhabitant. */
static const char *const base_words[] = {
	"grundbeløb", "grundbeløp", "grunnbeløp", "grundbelopp", "grundavgift",
	"basbelopp", "base fee", "fixed fee", NULL
};
static const char *const inhabitant_words[] = {
	"indbygger", "innbygger", "invånare", "inhabitant", "per capita", NULL
};

/* Currencies of an amount on a list's line, as written, and as read. */
static const struct
{
	const char *written;
	const char *read;
}			listed_currencies[] = {
	{"kronor", "kronor"}, {"kroner", "kr"}, {"kr", "kr"}, {"SEK", "SEK"},
	{"DKK", "DKK"}, {"NOK", "NOK"}, {"EUR", "EUR"}, {"euro", "EUR"}, {NULL, NULL}
};

/*
 * The first amount with its currency on a line of a list that has one of
 * words, as the fee-rule parser reads amounts: "2.500 kr." as "2500 kr",
 * "0,270 kr." as "0,27 kr" (a Danish or Norwegian thousands' stop and a
 * third decimal that is naught left out).  Written to buf, of size bytes.
 */
static bool
listed_amount(const ex_doc *doc, sc_span line, const char *const *words,
			  char *buf, size_t size)
{
	const ex_sentence s = {.span = line, .list_end = line.end};

	if (!contains_any(doc, &s, words))
		return false;
	for (size_t pos = line.start; pos < line.end; pos++)
	{
		size_t		p = pos,
					n = 0,
					len;
		const char *comma = NULL;
		char		number[32];

		if (!(doc->text[pos] >= '0' && doc->text[pos] <= '9') ||
			(pos > line.start && sc_is_word_char(doc->text, pos, pos - 1)))
			continue;
		for (; p < line.end && n + 1 < sizeof(number); p++)
		{
			char		c = doc->text[p];

			if (c >= '0' && c <= '9')
				number[n++] = c;
			else if (c == '.' && !comma && digits_at(doc, p + 1, line.end) == 3)
				continue;		/* "2.500": thousands */
			else if (c == ',' && !comma && p + 1 < line.end &&
					 doc->text[p + 1] >= '0' && doc->text[p + 1] <= '9')
				comma = number + n, number[n++] = ',';
			else
				break;
		}
		number[n] = '\0';
		while (comma && strlen(comma) > 3 && number[n - 1] == '0')
			number[--n] = '\0';	/* "0,270": 0,27 */
		p = ex_skip_space(doc, p, line.end);
		for (int i = 0; listed_currencies[i].written; i++)
			if (ex_word_is(doc, p, line.end, listed_currencies[i].written) > 0)
			{
				len = (size_t) snprintf(buf, size, "%s %s", number, listed_currencies[i].read);
				return len < size;
			}
		pos = p > pos ? p - 1 : pos;
	}
	return false;
}

/*
 * "Kontingentets opbyggelse: • Grundbeløb på 2.500 kr. • Indbyggervariabel
 * på 0,270 kr.": a fee's base and its amount per inhabitant on lines of a
 * list after the words of the fee, read as the sentence "en grundavgift på
 * 2.500 kr och 0,270 kr per invånare och år" would be.
 */
static bool
listed_rule(const ex_doc *doc, const ex_sentence *s, sc_fee_rule *rule)
{
	char		base[48] = "",
				per[48] = "",
				buf[160];
	int			len;

	if (s->list_end <= s->span.end || !contains_any(doc, s, membership_fees))
		return false;
	for (size_t pos = ex_skip_space(doc, s->span.end, s->list_end); pos < s->list_end;)
	{
		const char *nl = memchr(doc->text + pos, '\n', s->list_end - pos);
		sc_span		line = sc_span_trim(doc->text,
										(sc_span) {pos, nl ? (size_t) (nl - doc->text) : s->list_end});

		if (base[0] == '\0' && listed_amount(doc, line, base_words, base, sizeof(base)))
			;
		else if (per[0] == '\0')
			listed_amount(doc, line, inhabitant_words, per, sizeof(per));
		pos = ex_skip_space(doc, line.end, s->list_end);
	}
	if (base[0] == '\0' || per[0] == '\0')
		return false;
	len = snprintf(buf, sizeof(buf), "en grundavgift på %s och %s per invånare och år", base, per);
	return len > 0 && (size_t) len < sizeof(buf) &&
		sc_fee_rule_parse(buf, (size_t) len, rule) == SC_MONEY_OK &&
		rule->shape == SC_SHAPE_BASE_AND_INHABITANT;
}

/*
 * A table of yearly fees by the members' size, flattened to a line a row:
 * "mindre än 7 000 invånare5 000 kr5 000 kr" under
 * "KommunstorlekMedlemsinsatsÅrsavgift", "10.000-29.999 1 500 kronor 1 800
 * kronor" under "Medlemskategori Medlemsavgift 2017 Medlemsavgift 2023 /
 * Kommuner, invånarantal".  A row begins with a band of inhabitants or
 * names them; the fee is its last amount, the last column (the yearly fee
 * beside a one-off sum, the latest year beside an earlier one).  The rows
 * of other members ("Andra organisationer", "Enskild medlem") name no band.
 */
static const char *const band_words[] = {
	"invånare", "invånarantal", "innbyggere", "indbyggere", "inhabitants", NULL
};

/* Bytes before a row where its table's header is looked for. */
#define EX_FEE_TABLE_REACH 320

/*
 * Whether the sentence holds a range of numbers, a band of sizes:
 * "10.000-29.999", "100.000- 4 000", "-9.999", "7 000 – 15 000".
 */
static bool
has_range(const ex_doc *doc, const ex_sentence *s)
{
	for (size_t p = s->span.start; p < s->span.end; p++)
	{
		size_t		dash = doc->text[p] == '-' ? 1 :
			(p + 2 < s->span.end && memcmp(doc->text + p, "\xe2\x80\x93", 3) == 0) ? 3 : 0;
		size_t		before = p;

		if (dash == 0)
			continue;
		while (before > s->span.start && doc->text[before - 1] == ' ')
			before--;
		if (before == s->span.start ||
			(doc->text[before - 1] >= '0' && doc->text[before - 1] <= '9'))
		{
			size_t		after = ex_skip_space(doc, p + dash, s->span.end);

			if (after < s->span.end && doc->text[after] >= '0' && doc->text[after] <= '9')
				return true;
		}
	}
	return false;
}

/*
 * Words of a table of charges that are no membership fee, above its rows:
 * "Renhållningsavgift", "Taxa för ...", "per hushåll".
 */
static const char *const charge_tables[] = {
	"taxa", "bygglov", "biljett", "billet", "husstand", "hushåll",
	"husholdning", "gebyr", "renhållning", "renovasjon", "per ton",
	"anläggningsavgift", "brukningsavgift", NULL
};

static size_t table_start(const ex_doc *doc, size_t pos);

/* Whether [from, to), before a table's row, says it is a table of charges. */
static bool
charge_table(const ex_doc *doc, size_t from, size_t to)
{
	const ex_sentence before = {.span = {from, to}, .list_end = to};

	return contains_any(doc, &before, charge_tables);
}

/*
 * Whether the sentence is a row of a table of fees by size: the fee's
 * words in the bytes before it, or above its table's first row.
 */
static bool
band_row(const ex_doc *doc, const ex_sentence *s)
{
	size_t		from = s->span.start > EX_FEE_TABLE_REACH ?
		s->span.start - EX_FEE_TABLE_REACH : 0,
				table;
	bool		band = ex_find_prefix_in(doc, s->span.start, s->span.end, band_words) != EX_NONE;

	if (!band && !has_range(doc, s))
		return false;
	if ((table = table_start(doc, s->span.start)) < from)
		from = table;
	if (!ex_contains(doc, from, s->span.start, "avgift") &&
		!ex_contains(doc, from, s->span.start, "kontingent"))
		return false;
	if (charge_table(doc, from, s->span.start))
		return false;
	return band || ex_find_prefix_in(doc, from, s->span.start, band_words) != EX_NONE;
}

/*
 * A table of yearly fees by the kind of member, flattened to a line a row:
 * "Granne med strandnära kommun25 000 kr", "Landsting/Regioner52 500 kr"
 * under "MedlemstypMedlemsavgift".  The rows of municipalities and regions
 * are the fees of the members this extension knows; those of other kinds
 * ("Länsstyrelser", "Företag", "Ideella organisationer") are not read, nor
 * a fee's floor or ceiling ("Minimiavgift strandnära kommun35 000 kr").
 */
static const char *const municipal_members[] = {
	"region", "regioner", "regionen", "regionerna", "regions", "landsting",
	"landstinget", "fylke", "fylker", "fylket", "fylkeskommune",
	"fylkeskommuner", NULL
};
static const char *const fee_limits[] = {
	"minimi", "minimum", "maximi", "maximum", "max", "lägsta", "högsta",
	"mindst", "højst", "tak", "loft", NULL
};

/*
 * Whether the row names a municipality or a region: "kommun" in a word
 * ("Dricksvattenkommun", "Kommun längre bort"), not "kommunal" ("kommunala
 * bolag"), or a word of regions ("Landsting/Regioner"), not "regionala".
 */
static bool
names_municipal_member(const ex_doc *doc, const ex_sentence *s)
{
	for (size_t pos = ex_find_part(doc, s->span.start, s->span.end, "kommun");
		 pos != EX_NONE; pos = ex_find_part(doc, pos + 1, s->span.end, "kommun"))
		if (!(pos + 8 <= s->span.end && sc_match_folded(doc->text + pos + 6, 2, "al") == 2))
			return true;
	/* the word may run into the row's amount: "Regioner52 500 kr" */
	for (int i = 0; municipal_members[i]; i++)
	{
		size_t		len = strlen(municipal_members[i]);

		for (size_t pos = ex_find_part(doc, s->span.start, s->span.end, municipal_members[i]);
			 pos != EX_NONE;
			 pos = ex_find_part(doc, pos + 1, s->span.end, municipal_members[i]))
		{
			unsigned char next = pos + len < s->span.end ?
				(unsigned char) sc_ascii_folded(doc->text[pos + len]) : ' ';

			if (ex_word_start(doc, pos) && !(next >= 'a' && next <= 'z') && next < 0x80)
				return true;
		}
	}
	return false;
}

/* Bytes a row of a table may have: a label and an amount or two. */
#define EX_FEE_ROW_BYTES 120

/* Whether the sentence is a whole line, no longer than a table's row. */
static bool
whole_line(const ex_doc *doc, const ex_sentence *s)
{
	size_t		before = s->span.start,
				after = s->span.end;

	if (s->span.end - s->span.start > EX_FEE_ROW_BYTES)
		return false;
	while (before > 0 && (doc->text[before - 1] == ' ' || doc->text[before - 1] == '\t'))
		before--;
	while (after < doc->len && (doc->text[after] == ' ' || doc->text[after] == '\t'))
		after++;
	return (before == 0 || doc->text[before - 1] == '\n') &&
		(after == doc->len || doc->text[after] == '\n' || doc->text[after] == '\r');
}

/* Lines before a row where its table's header is looked for. */
#define EX_FEE_TABLE_LINES 32

/*
 * Where the table whose row begins at pos begins: back over the short
 * lines before it, as many as a table has, to a blank line or a paragraph
 * (after which another table or text begins).
 */
static size_t
table_start(const ex_doc *doc, size_t pos)
{
	for (int lines = 0; lines < EX_FEE_TABLE_LINES && pos > 0; lines++)
	{
		size_t		start = pos - 1;	/* the newline ending the line before */

		while (start > 0 && doc->text[start - 1] != '\n' && pos - start <= EX_FEE_ROW_BYTES + 1)
			start--;
		if (pos - start > EX_FEE_ROW_BYTES + 1 ||
			ex_skip_space(doc, start, pos - 1) >= pos - 1)
			break;
		pos = start;
	}
	return pos;
}

/* Whether the sentence is a row of a table of fees by kind of member. */
static bool
member_kind_row(const ex_doc *doc, const ex_sentence *s)
{
	ex_sentence header = {.span = {0, 0}};

	if (!whole_line(doc, s) || !names_municipal_member(doc, s) ||
		ex_find_prefix_in(doc, s->span.start, s->span.end, fee_limits) != EX_NONE)
		return false;
	header.span = (sc_span) {table_start(doc, s->span.start), s->span.start};
	header.list_end = s->span.start;
	/* a table of the membership fee, not of a taxa's charges ("anslutningsavgift") */
	return header.span.start < header.span.end &&
		(contains_any(doc, &header, membership_fees) ||
		 ex_contains(doc, header.span.start, header.span.end, "årsavgift")) &&
		!charge_table(doc, header.span.start, header.span.end);
}

/*
 * Where the number that ends at end begins: its digits, in groups of three
 * after the first (of one to three), each after one of separators
 * ("65 000", "25.000"); EX_NONE if no such number ends there.
 */
static size_t
grouped_number_start(const ex_doc *doc, size_t start, size_t end, const char *separators)
{
	size_t		p = end,
				first = EX_NONE;

	for (;;)
	{
		size_t		q = p;

		while (q > start && doc->text[q - 1] >= '0' && doc->text[q - 1] <= '9')
			q--;
		if (q == p || p - q > 3)
			break;
		first = q;
		if (q < start + 2 || strchr(separators, doc->text[q - 1]) == NULL ||
			doc->text[q - 2] < '0' || doc->text[q - 2] > '9' || p - q != 3)
			break;
		p = q - 1;				/* a group of thousands before */
	}
	return first;
}

/* The digits of [from, to) as a flat fee a year in currency. */
static bool
yearly_amount(const ex_doc *doc, size_t from, size_t to, const char *currency,
			  sc_fee_rule *rule)
{
	char		buf[64];
	size_t		n = 0;
	int			len;

	for (size_t p = from; p < to && n + 1 < sizeof(buf); p++)
		if (doc->text[p] >= '0' && doc->text[p] <= '9')
			buf[n++] = doc->text[p];
	len = snprintf(buf + n, sizeof(buf) - n, " %s per år", currency);
	return len > 0 && n + (size_t) len < sizeof(buf) &&
		sc_fee_rule_parse(buf, n + (size_t) len, rule) == SC_MONEY_OK &&
		rule->shape == SC_SHAPE_FLAT;
}

/*
 * The last amount of a row, "65 000 kr" in "... invånare20 000 kr 65 000
 * kr", read as a fee a year: the digits in groups of three after the
 * first, back from the row's last currency.
 */
static bool
last_amount(const ex_doc *doc, const ex_sentence *s, sc_fee_rule *rule, size_t *start)
{
	static const char *const row_currencies[] = {"kronor", "kr", NULL};
	size_t		cur = EX_NONE,
				p,
				first;

	for (size_t pos = s->span.start; pos < s->span.end; pos++)
		if ((pos == s->span.start || !sc_is_lower(doc->text, s->span.end, pos - 1)) &&
			ex_word_in(doc, pos, s->span.end, row_currencies) > 0)
			cur = pos;
	if (cur == EX_NONE)
		return false;
	/* a row ends with its last amount: a sentence going on is no row */
	for (p = cur + ex_word_in(doc, cur, s->span.end, row_currencies); p < s->span.end; p++)
		if (doc->text[p] != ' ' && doc->text[p] != '.')
			return false;
	p = cur;
	while (p > s->span.start && doc->text[p - 1] == ' ')
		p--;
	first = grouped_number_start(doc, s->span.start, p, " ");
	if (first == EX_NONE || inside_number(doc, s->span.start, first) ||
		(first > s->span.start && doc->text[first - 1] == '.'))
		return false;
	*start = first;
	return yearly_amount(doc, first, cur, "kr", rule);
}

/* Currencies written before the amount that ends a row, as written and as read. */
static const struct
{
	const char *written;
	const char *read;
}			row_currencies_first[] = {
	{"NOK", "NOK"}, {"DKK", "DKK"}, {"SEK", "SEK"}, {"EUR", "EUR"},
	{"kroner", "kr"}, {"kronor", "kronor"}, {"kr.", "kr"}, {"kr", "kr"},
	{NULL, NULL}
};

/*
 * The amount that ends a row after its currency, "NOK 25.000" in
 * "Kommuner med inntil 2000 innbyggere – NOK 25.000", read as a fee a
 * year: its digits, a stop or a space before each group of three, or its
 * digits alone ("NOK 25000").
 */
static bool
amount_after_currency(const ex_doc *doc, const ex_sentence *s, sc_fee_rule *rule,
					  size_t *start)
{
	size_t		end = s->span.end,
				first,
				q;

	while (end > s->span.start && (doc->text[end - 1] == ' ' || doc->text[end - 1] == '.'))
		end--;
	if ((first = grouped_number_start(doc, s->span.start, end, ". ")) == EX_NONE)
		for (first = end; first > s->span.start && doc->text[first - 1] >= '0' &&
			 doc->text[first - 1] <= '9'; first--)
			;
	if (first == end || first == s->span.start || doc->text[first - 1] != ' ')
		return false;
	*start = first;
	q = first;
	while (q > s->span.start && doc->text[q - 1] == ' ')
		q--;
	for (int i = 0; row_currencies_first[i].written; i++)
	{
		size_t		w = strlen(row_currencies_first[i].written);

		if (q - s->span.start >= w && ex_word_start(doc, q - w) &&
			sc_match_folded(doc->text + q - w, w, row_currencies_first[i].written) == w)
			return yearly_amount(doc, first, end, row_currencies_first[i].read, rule);
	}
	return false;
}

/* The fee a row of a table ends with: "... 65 000 kr", "... NOK 25.000". */
static bool
row_amount(const ex_doc *doc, const ex_sentence *s, sc_fee_rule *rule, size_t *start)
{
	return last_amount(doc, s, rule, start) || amount_after_currency(doc, s, rule, start);
}

/*
 * The fee of a row of a table of fees by the members' size (*by_size) or
 * kind, its amount at *start.
 */
static bool
table_row(const ex_doc *doc, const ex_sentence *s, sc_fee_rule *rule, size_t *start,
		  bool *by_size)
{
	if (band_row(doc, s) && row_amount(doc, s, rule, start))
		return *by_size = true;
	return member_kind_row(doc, s) && row_amount(doc, s, rule, start);
}

/*
 * Whether the sentence goes on a paragraph about a one-off charge and does
 * not name a yearly fee: the amount it states is that charge's.
 */
static bool
one_off_before(const ex_doc *doc, const ex_sentence *s)
{
	size_t		reach = s->span.start > EX_FEE_TABLE_REACH ?
		s->span.start - EX_FEE_TABLE_REACH : 0,
				line = s->span.start;

	/* the paragraph is its line, as far back as the reach */
	while (line > reach && doc->text[line - 1] != '\n')
		line--;
	if (line >= s->span.start)
		return false;
	return ex_contains_any(doc, line, s->span.start, one_off) &&
		!contains_any(doc, s, fee_words) && !contains_any(doc, s, membership_fees);
}

/* Whether an equivalence ends in the bytes right before the amount at a. */
static bool
equivalence_before(const ex_doc *doc, const ex_sentence *s, size_t a)
{
	size_t		from = a > s->span.start + EX_EQUIVALENCE_REACH ?
		a - EX_EQUIVALENCE_REACH : s->span.start;

	for (int i = 0; equivalences[i]; i++)
	{
		size_t		n = strlen(equivalences[i]);

		for (size_t p = from; p + n <= a; p++)
			if (memcmp(doc->text + p, equivalences[i], n) == 0)
				return true;
	}
	return false;
}

/*
 * "21 kr/invånare och år", "2,88 kr. pr. indbygger", "en grundavgift på
 * 50 000 kr och 3,50 kr per invånare"; "medlemsavgiften", "membership
 * fees from the main members" without the amount, which waits for the
 * page's end: a fee whose amount the page states elsewhere is that one.
 */
void
ex_find_fees(ex_doc *doc, const ex_sentence *s)
{
	sc_fee_rule rule;
	sc_fee_rate rate;
	size_t		a = 0,
				b = 0;
	bool		currency,
				amount,
				stated,
				by_size = false;
	int			org;
	sc_fact		f;
	ex_period	period;

	/*
	 * a fee is paid to an organisation: on a page that names none, only
	 * to one its sentence names as paid, after a fee's noun (named_payee)
	 */
	if (doc->norgs == 0 && !contains_any(doc, s, membership_fees))
		return;
	if (s->heading)
	{
		/*
		 * the last row of a table, a short line before the text after it,
		 * is read as a heading: it may be only that row
		 */
		if (!s->has_digit || contains_any(doc, s, not_fees) || !names_currency(doc, s) ||
			!table_row(doc, s, &rule, &a, &by_size))
			return;
		stated = true;
		b = s->span.end;
	}
	/* most sentences hold none of the sixty words looked for below */
	else if (!s->has_digit)
	{
		/*
		 * Every amount is read from digits of the sentence or its list
		 * (rule_in and rule_without_currency at digits, last_amount's and
		 * listed_rule's digits, and the fee-rule parser reads none
		 * without), so a sentence with none states no amount: it can be
		 * only a fee without one.  Asked first, that is the few scans of
		 * fee_without_amount instead of the thirty of not_fees and the
		 * seven of names_currency, at most sentences of a page.
		 */
		if (!fee_without_amount(doc, s) || contains_any(doc, s, not_fees))
			return;
		stated = false;
	}
	else
	{
		if (contains_any(doc, s, not_fees))
			return;
		/* seven scans of the sentence: asked once, used twice */
		currency = names_currency(doc, s);
		amount = (currency && rule_in(doc, s, &rule, &a, &b)) ||
			rule_without_currency(doc, s, &rule, &a, &b);
		if (amount && equivalence_before(doc, s, a))
			return;
		/* an amount a year: the fee only if so called, here or by its table */
		stated = amount && (sc_fee_rule_needs_inhabitants(&rule) ||
							contains_any(doc, s, fee_words));
		if (!stated && currency && table_row(doc, s, &rule, &a, &by_size))
		{
			stated = true;
			b = s->span.end;
		}
		else if (amount && !stated)
			return;
		if (!stated && listed_rule(doc, s, &rule))
		{
			stated = true;
			a = s->span.start;
			b = s->list_end;
		}
		if (!stated && !fee_without_amount(doc, s))
			return;
	}
	if (stated && one_off_before(doc, s))
		return;
	/* a fee is paid to an organisation: the one named paid, or one the page names */
	if ((org = named_payee(doc, s)) >= 0)
		doc->subject_basis = SC_BASIS_STATED;
	else if (doc->norgs == 0 || (org = payee(doc, s, stated ? a : EX_NONE)) < 0)
		return;
	if (!stated)
	{
		if (doc->npending_fees < EX_MAX_PENDING_FEES)
			doc->pending_fees[doc->npending_fees++] =
				(ex_pending_fee) {org, doc->subject_basis, per_inhabitant_fee(doc, s), *s};
		return;
	}
	doc->orgs_with_fee |= UINT64_C(1) << org;
	/* fees by the members' size are what "efter antalet invånare" says */
	if (by_size || sc_fee_rule_needs_inhabitants(&rule))
		doc->orgs_with_inhabitant_fee |= UINT64_C(1) << org;
	ex_init_fact(&f, SC_FACT_FEE, s, "fee.rate");
	f.basis = doc->subject_basis;
	kroner_of_page(doc, &rule, a, b);
	if (sc_fee_rule_to_rate(&rule, &rate))
		sc_fee_rate_format(&rate, f.rate);
	else
	{
		sc_fee_rule_format(&rule, f.fee_rule);
		f.rule = "fee.rule";
	}
	f.organisation = doc->orgs[org].name;
	ex_period_in(doc, s->span.start, s->span.end, &period);
	ex_membership_validity(doc, -1, &period, f.validity);
	ex_emit_at(doc, &f, a);
}

/*
 * The fees without their amount, one an organisation, of those whose
 * amount the page does not state: a fee per inhabitant whose amount is
 * not given is another than a flat one the page states ("serviceavgifter
 * ... beregnet ut fra innbyggertallet. I tillegg kommer et fast beløp på
 * kroner 1000 for hvert medlem per år"), and stays unless an amount per
 * inhabitant is stated.
 */
void
ex_emit_pending_fees(ex_doc *doc)
{
	for (int i = 0; i < doc->npending_fees && !doc->stopped; i++)
	{
		const ex_pending_fee *p = &doc->pending_fees[i];
		uint64_t	stated = p->per_inhabitant ?
			doc->orgs_with_inhabitant_fee : doc->orgs_with_fee;
		sc_fact		f;
		ex_period	period;

		if ((stated >> p->org & 1) != 0)
			continue;
		doc->orgs_with_fee |= UINT64_C(1) << p->org;
		doc->orgs_with_inhabitant_fee |= UINT64_C(1) << p->org;
		ex_init_fact(&f, SC_FACT_FEE, &p->sentence, "fee.unknown_amount");
		f.basis = p->basis;
		f.organisation = doc->orgs[p->org].name;
		ex_period_in(doc, p->sentence.span.start, p->sentence.span.end, &period);
		ex_membership_validity(doc, -1, &period, f.validity);
		ex_emit(doc, &f);
	}
}
