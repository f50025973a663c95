/*
 * period.c
 *		Dates, qualifiers and the periods phrases state, in Swedish, Danish,
 *		Norwegian and English, and the EDTF text of a fact's validity (see
 *		period.h for the phrases and what each gives).
 *
 * A phrase is a cue word ("sedan", "från och med", "lämnade") followed,
 * after a few filler words, by a qualified date: qualifier words
 * ("cirka", "troligen") and a date.  ex_period_in walks the words of a
 * sentence once, reading at each the first phrase that begins there, and
 * notes the first date that no phrase read, which ex_date_fact turns into
 * a warning rather than let the fact silently take another period.
 */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "words.h"

/* A word and the number it stands for: a month, a season's EDTF code. */
typedef struct ex_numbered_word
{
	const char *word;
	int			number;
} ex_numbered_word;

static const ex_numbered_word month_words[] = {
	/* Swedish */
	{"januari", 1}, {"februari", 2}, {"mars", 3}, {"april", 4}, {"maj", 5},
	{"juni", 6}, {"juli", 7}, {"augusti", 8}, {"september", 9},
	{"oktober", 10}, {"november", 11}, {"december", 12},
	/* Danish and Norwegian where they differ */
	{"januar", 1}, {"februar", 2}, {"marts", 3}, {"mai", 5}, {"august", 8},
	{"desember", 12},
	/* English */
	{"january", 1}, {"february", 2}, {"march", 3}, {"may", 5}, {"june", 6},
	{"july", 7}, {"october", 10},
	{NULL, 0}
};

/*
 * Months as news pages and bylines shorten them ("17 sep 2014 06:00",
 * "3. okt. 2019"): read only between a day and a year, where a short
 * word such as "mar" or "jul" can be nothing else.
 */
static const ex_numbered_word month_abbreviations[] = {
	{"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
	{"aug", 8}, {"sep", 9}, {"sept", 9}, {"okt", 10}, {"oct", 10}, {"nov", 11},
	{"dec", 12}, {"des", 12},
	{NULL, 0}
};

/* Seasons as EDTF numbers them: 21 spring ... 24 winter. */
static const ex_numbered_word season_words[] = {
	{"våren", 21}, {"sommaren", 22}, {"hösten", 23}, {"vintern", 24},
	{"foråret", 21}, {"sommeren", 22}, {"efteråret", 23}, {"vinteren", 24},
	{"høsten", 23},
	{"spring", 21}, {"summer", 22}, {"autumn", 23}, {"fall", 23}, {"winter", 24},
	{NULL, 0}
};

/* Words before a date that make it approximate (EDTF "~"). */
static const char *const approximate_words[] = {
	"cirka", "ca", "c:a", "omkring", "runt", "ungefär", "omtrent", "rundt",
	"around", "approximately", "about", "circa", "roughly", NULL
};

/* Words before a date that make it uncertain (EDTF "?"). */
static const char *const uncertain_words[] = {
	"troligen", "troligtvis", "förmodligen", "sannolikt", "antagligen",
	"sandsynligvis", "formentlig", "formodentlig", "trolig", "sannsynligvis",
	"antakelig", "antagelig", "probably", "likely", "presumably", NULL
};

/* A start from the date on: "sedan 2010" is sometime in 2010. */
static const char *const since_words[] = {
	"sedan", "från", "siden", "fra", "since", "from", NULL
};

/* A start on the date's first day: "från och med 2025" is 2025-01-01. */
static const char *const from_including_words[] = {
	"från och med", "fr.o.m", "fra og med", "f.o.m", "from and including",
	"with effect from", NULL
};

/* An end on the date's last day: "till och med 2025" is 2025-12-31. */
static const char *const to_including_words[] = {
	"till och med", "t.o.m", "til og med", "up to and including", NULL
};

/* An end sometime in the date. */
static const char *const until_words[] = {
	"till", "indtil", "inntil", "til", "until", NULL
};

/* "fram till 2020": an end that makes the member a former one. */
static const char *const former_until_words[] = {
	"fram till", "frem til", "up until", NULL
};

/* Both bounds within the date: "under 1900-talet" is 19XX/19XX. */
static const char *const during_words[] = {
	"under", "i løbet af", "i løpet av", "during", "i", "på", "in", NULL
};

/* The whole of the date's days: "avgiften för 2023". */
static const char *const whole_words[] = {
	"för", "for", NULL
};

/* Verbs after which a date is when something began. */
static const char *const start_verbs[] = {
	/* Swedish */
	"startade", "startades", "bildades", "grundades", "inleddes",
	"etablerades", "skapades", "tillkom", "anslöt", "anslöts", "inträdde",
	"pågått", "funnits", "blev", "blivit", "gick",
	/* Danish and Norwegian */
	"ble", "blevet", "blitt", "indtrådte", "inntrådte", "tiltrådte", "tilsluttede", "startede",
	"startet", "stiftet", "stiftede", "etableret", "etablert", "oprettet",
	"opprettet", "dannet", "grundlagt", "grunnlagt",
	/* Nynorsk: "Sogn Regionråd vart skipa i 1992" */
	"skipa", "skipet", "stifta", "oppretta", "danna",
	/* English */
	"joined", "became", "become", "founded", "established", "started", "formed",
	"created", NULL
};

/* Verbs after which a date is when a membership ended. */
static const char *const end_verbs[] = {
	"lämnade", "utträdde", "avslutade", "upphörde",
	"udtrådte", "utmeldte", "forlod", "forlot", "ophørte", "opphørte",
	"left", "withdrew", "ceased", NULL
};

/* Words that say a membership is past: "tidigare medlem". */
static const char *const former_words[] = {
	"tidigare", "före detta", "f.d", "tidligere", "forhenværende", "forhenværande",
	"former", "formerly", NULL
};

static const char *const member_nouns[] = {
	"medlem", "medlemmar", "medlemskommun", "medlemmer", "medlemskommune",
	"member", "members", NULL
};

/* Words that may stand between a cue and its date. */
static const char *const fillers[] = {
	"den", "och", "med", "år", "åren", "året", "början", "slutet", "mitten",
	"av", "i", "the", "of", "in", "årene", NULL
};

/* Words that may stand between a start or end verb and its date. */
#define EX_VERB_DATE_WORDS 6

/*
 * What ex_period_in gathers beside the bounds: a date "during" which the
 * thing was ("under 2019"), or whose whole it holds ("för 2023"), and
 * whether a start or end verb stood without a date after it ("Under 2019
 * anslöt Hörby"), which that date then belongs to.
 */
typedef struct ex_phrases
{
	ex_date		during;
	bool		has_during;
	bool		whole;
	bool		start_verb;
	bool		end_verb;
	bool		former;			/* "tidigare medlem": an end on or before the page's date */
	unsigned	adverb;			/* a qualifier before a verb: "probably joined in 1968" */
	ex_date		from;			/* the date a "från och med" or "sedan" gave the start */
	bool		has_from;
} ex_phrases;

static size_t word_of(const ex_doc *doc, size_t pos, size_t end,
					  const ex_numbered_word *words, int *number);
static size_t year_suffix(const ex_doc *doc, size_t pos, size_t end, int year,
						  ex_date *d);
static unsigned qualifier_at(const ex_doc *doc, size_t pos, size_t end, size_t *n);
static size_t qualified_date_at(const ex_doc *doc, size_t pos, size_t end, ex_date *d);
static size_t skip_words(const ex_doc *doc, size_t pos, size_t end,
						 const char *const *words);
static size_t date_after(const ex_doc *doc, size_t pos, size_t end, int words,
						 ex_date *d);
static size_t cue_date(const ex_doc *doc, size_t pos, size_t end,
					   const char *const *cues, ex_date *d, size_t *at);
static ex_date first_day(ex_date d);
static ex_date last_day(ex_date d);
static size_t range_at(const ex_doc *doc, size_t pos, size_t end, ex_period *p);
static size_t iso_shape(const ex_doc *doc, size_t pos, size_t end);
static size_t former_at(const ex_doc *doc, size_t pos, size_t end);
static size_t period_at(const ex_doc *doc, size_t pos, size_t end, ex_period *p,
						ex_phrases *phrases);
static void place_bounds(const ex_phrases *phrases, int32_t doc_day, ex_period *p);

/* ------------------------------------------------------------------------
 * Dates
 * ------------------------------------------------------------------------
 */

/* Bytes of one of words standing whole at pos, its number in *number; or 0. */
static size_t
word_of(const ex_doc *doc, size_t pos, size_t end, const ex_numbered_word *words,
		int *number)
{
	for (int i = 0; words[i].word; i++)
	{
		size_t		n = ex_word_is(doc, pos, end, words[i].word);

		if (n > 0)
		{
			*number = words[i].number;
			return n;
		}
	}
	return 0;
}

/*
 * A decade or century written after its first year, which stands at
 * pos - 4: "1990-talet", "1990'erne", "1990-tallet", "1990s"; the
 * hundreds ("1900-talet", "1900s") are centuries.  Returns the suffix's
 * bytes, or 0.
 */
static size_t
year_suffix(const ex_doc *doc, size_t pos, size_t end, int year, ex_date *d)
{
	static const char *const suffixes[] = {
		"-talet", "-tallet", "'erne", "’erne", "'s", "’s", "s", NULL
	};

	if (year % 10 != 0)
		return 0;
	for (int i = 0; suffixes[i]; i++)
	{
		size_t		n = sc_match_folded(doc->text + pos, end - pos, suffixes[i]);

		if (n > 0 && !sc_is_word_char(doc->text, end, pos + n))
		{
			*d = (ex_date) {year, 1, 1, year % 100 == 0 ? EX_CENTURY : EX_DECADE, 0, false};
			return n;
		}
	}
	return 0;
}

/*
 * A day written in digits with dots or dashes, as Danish and Norwegian
 * pages write it ("27.11.2019", "1.1.2017", "15-09-2015"), at pos: its
 * bytes, or 0.  The two separators must match, and no dash and digit
 * follow the year ("12-10-2015-4" is a case's number).
 */
static size_t
numeric_date(const ex_doc *doc, size_t pos, size_t end, ex_date *d)
{
	int			dom,
				month,
				year;
	size_t		p = pos,
				n;
	char		separator;

	if ((n = ex_digits(doc, p, end, &dom)) == 0 || n > 2 || (p += n) >= end ||
		((separator = doc->text[p++]) != '.' && separator != '-') ||
		(n = ex_digits(doc, p, end, &month)) == 0 || n > 2 || (p += n) >= end ||
		doc->text[p++] != separator ||
		ex_digits(doc, p, end, &year) != 4 || !sc_valid_civil(year, month, dom) ||
		(p + 5 < end && doc->text[p + 4] == '-' && doc->text[p + 5] >= '0' &&
		 doc->text[p + 5] <= '9'))
		return 0;
	*d = (ex_date) {year, month, dom, EX_DAY, 0, false};
	return p + 4 - pos;
}

/*
 * An English day written as an ordinal at pos ("1st", "22nd", "3rd",
 * "14th", and "of" after it: "1st of January"): its bytes, the day in
 * *dom; or 0.
 */
static size_t
ordinal_day(const ex_doc *doc, size_t pos, size_t end, int *dom)
{
	static const char *const endings[] = {"st", "nd", "rd", "th", NULL};
	size_t		p = pos,
				n;
	int			v = 0;

	if (!ex_word_start(doc, pos))
		return 0;
	while (p < end && p - pos < 3 && doc->text[p] >= '0' && doc->text[p] <= '9')
		v = v * 10 + (doc->text[p++] - '0');
	if (p == pos || p - pos > 2)
		return 0;
	for (int i = 0; endings[i]; i++)
		if (end - p >= 2 && memcmp(doc->text + p, endings[i], 2) == 0 &&
			!sc_is_word_char(doc->text, end, p + 2))
		{
			p = ex_skip_space(doc, p + 2, end);
			if ((n = ex_word_is(doc, p, end, "of")) > 0)
				p = ex_skip_space(doc, p + n, end);
			*dom = v;
			return p - pos;
		}
	return 0;
}

size_t
ex_date_at(const ex_doc *doc, size_t pos, size_t end, ex_date *d)
{
	int			v,
				month,
				year;
	size_t		n,
				m,
				y,
				p;
	int32_t		day;
	bool		shortened,
				ordinal;

	if (pos >= end)
		return 0;
	if (iso_shape(doc, pos, end) > 0)
	{
		/* "2019-02-30" is no date, nor is its year one */
		if (!sc_parse_iso_date(doc->text + pos, 10, &day))
			return 0;
		*d = (ex_date) {0, 0, 0, EX_DAY, 0, false};
		sc_civil_from_days(day, &d->year, &d->month, &d->day);
		return 10;
	}
	/* "1990s": four digits a letter follows, which ex_digits refuses */
	if (end - pos > 4 && ex_word_start(doc, pos) && ex_digits(doc, pos, pos + 4, &v) == 4 &&
		v >= 1800 && v <= 2099 && (n = year_suffix(doc, pos + 4, end, v, d)) > 0)
		return 4 + n;
	/* "1st January 2014": an ordinal day, which ex_digits refuses */
	ordinal = (n = ex_digits(doc, pos, end, &v)) == 0 &&
		(n = ordinal_day(doc, pos, end, &v)) > 0;
	if (n > 0 && (n <= 2 || ordinal))
	{
		/* "27.11.2019", "1 januari 2016", "1. januar 2016", "17 sep 2014" */
		if ((m = numeric_date(doc, pos, end, d)) > 0)
			return m;
		p = pos + n;
		if (p < end && doc->text[p] == '.')
			p++;
		p = ex_skip_space(doc, p, end);
		if ((m = word_of(doc, p, end, month_words, &month)) == 0 &&
			(m = word_of(doc, p, end, month_abbreviations, &month)) > 0 &&
			p + m < end && doc->text[p + m] == '.')
			m++;				/* "okt." */
		if (m > 0)
		{
			size_t		q = p + m;

			if (q < end && doc->text[q] == ',')
				q++;			/* "5 juni, 2020" */
			q = ex_skip_space(doc, q, end);
			if ((y = ex_digits(doc, q, end, &year)) == 4 && sc_valid_civil(year, month, v))
			{
				*d = (ex_date) {year, month, v, EX_DAY, 0, false};
				return q + y - pos;
			}
		}
		return 0;
	}
	shortened = false;
	if ((m = word_of(doc, pos, end, month_words, &month)) == 0)
	{
		m = word_of(doc, pos, end, month_abbreviations, &month);
		shortened = true;
	}
	if (m > 0)
	{
		/* "januari 2016", "January 1, 2016"; shortened, "nov 10, 2011" alone */
		size_t		q = ex_skip_space(doc, pos + m, end);
		int			dom;

		if ((y = ex_digits(doc, q, end, &dom)) > 0 && y <= 2 && q + y < end &&
			doc->text[q + y] == ',' &&
			(y = ex_digits(doc, (p = ex_skip_space(doc, q + y + 1, end)), end, &year)) == 4)
		{
			if (!sc_valid_civil(year, month, dom))
				return 0;
			*d = (ex_date) {year, month, dom, EX_DAY, 0, false};
			return p + y - pos;
		}
		if (!shortened && (y = ex_digits(doc, q, end, &year)) == 4)
		{
			*d = (ex_date) {year, month, 1, EX_MONTH, 0, false};
			return q + y - pos;
		}
		return 0;
	}
	if ((m = word_of(doc, pos, end, season_words, &month)) > 0)
	{
		/* "våren 2019", "spring of 2019"; winter 2099 ends in 2100, still a year */
		size_t		q = ex_skip_space(doc, pos + m, end);

		if ((y = ex_word_is(doc, q, end, "of")) > 0)
			q = ex_skip_space(doc, q + y, end);
		if ((y = ex_digits(doc, q, end, &year)) == 4 && year >= 1800 && year <= 2099)
		{
			*d = (ex_date) {year, month, 1, EX_SEASON, 0, false};
			return q + y - pos;
		}
		return 0;
	}
	if (n == 4 && v >= 1800 && v <= 2099)
	{
		*d = (ex_date) {v, 1, 1, EX_YEAR, 0, false};
		return 4;
	}
	return 0;
}

/*
 * The qualifier bits of a qualifier word at pos ("cirka", "troligen"), its
 * bytes in *n with the period of an abbreviation ("ca."); or 0.
 */
static unsigned
qualifier_at(const ex_doc *doc, size_t pos, size_t end, size_t *n)
{
	unsigned	q;

	if ((*n = ex_word_in(doc, pos, end, approximate_words)) > 0)
		q = EX_APPROXIMATE;
	else if ((*n = ex_word_in(doc, pos, end, uncertain_words)) > 0)
		q = EX_UNCERTAIN;
	else
		return 0;
	if (pos + *n < end && doc->text[pos + *n] == '.')
		(*n)++;
	return q;
}

/*
 * A date at pos after any qualifier words and then fillers ("cirka år
 * 1995", "probably in 1968"): its bytes from pos, or 0.
 */
static size_t
qualified_date_at(const ex_doc *doc, size_t pos, size_t end, ex_date *d)
{
	unsigned	qualifiers = 0,
				q;
	size_t		p = pos,
				n;

	for (int i = 0; i < 3 && (q = qualifier_at(doc, p, end, &n)) != 0; i++)
	{
		qualifiers |= q;
		p = ex_skip_space(doc, p + n, end);
	}
	if (qualifiers != 0)
		p = skip_words(doc, p, end, fillers);
	if ((n = ex_date_at(doc, p, end, d)) == 0)
		return 0;
	d->qualifiers = qualifiers;
	return p + n - pos;
}

void
ex_format_date(const ex_date *d, char *buf, size_t size)
{
	char		date[16];
	static const char *const marks[] = {"", "?", "~", "%"};

	switch (d->precision)
	{
		case EX_DAY:
			snprintf(date, sizeof(date), "%04d-%02d-%02d", d->year, d->month, d->day);
			break;
		case EX_MONTH:
		case EX_SEASON:
			snprintf(date, sizeof(date), "%04d-%02d", d->year, d->month);
			break;
		case EX_YEAR:
			snprintf(date, sizeof(date), "%04d", d->year);
			break;
		case EX_DECADE:
			snprintf(date, sizeof(date), "%03dX", d->year / 10);
			break;
		case EX_CENTURY:
			snprintf(date, sizeof(date), "%02dXX", d->year / 100);
			break;
	}
	snprintf(buf, size, "%s%s%s%s", d->on_or_before ? "[.." : "", date,
			 marks[d->qualifiers & 3], d->on_or_before ? "]" : "");
}

/* The first day of an unqualified date's days, as a date of a day. */
static ex_date
first_day(ex_date d)
{
	if (d.qualifiers != 0 || d.on_or_before)
		return d;				/* "från och med cirka 2025": not exact */
	if (d.precision == EX_SEASON)
		d.month = d.month == 24 ? 12 : 3 + 3 * (d.month - 21);
	else if (d.precision != EX_DAY && d.precision != EX_MONTH)
		d.month = 1;
	if (d.precision != EX_DAY)
		d.day = 1;
	d.precision = EX_DAY;
	return d;
}

/* The last day of an unqualified date's days, as a date of a day. */
static ex_date
last_day(ex_date d)
{
	if (d.qualifiers != 0 || d.on_or_before)
		return d;
	switch (d.precision)
	{
		case EX_DAY:
			return d;
		case EX_MONTH:
			break;
		case EX_SEASON:
			/* winter runs into the next year's February */
			if (d.month == 24)
				d.year++, d.month = 2;
			else
				d.month = 5 + 3 * (d.month - 21);
			break;
		case EX_YEAR:
			d.month = 12;
			break;
		case EX_DECADE:
			d.year += 9, d.month = 12;
			break;
		case EX_CENTURY:
			d.year += 99, d.month = 12;
			break;
	}
	d.day = sc_days_in_month(d.year, d.month);
	d.precision = EX_DAY;
	return d;
}

/* ------------------------------------------------------------------------
 * Periods
 * ------------------------------------------------------------------------
 */

/* Skips any of words (each followed by spaces) at pos. */
static size_t
skip_words(const ex_doc *doc, size_t pos, size_t end, const char *const *words)
{
	size_t		n;

	while ((n = ex_word_in(doc, pos, end, words)) > 0)
		pos = ex_skip_space(doc, pos + n, end);
	return pos;
}

/*
 * A qualified date within the next few words after pos; its end, or 0.
 * A qualifier among the words passed qualifies it too: "blev
 * sandsynligvis medlem i 1968" is 1968?.
 */
static size_t
date_after(const ex_doc *doc, size_t pos, size_t end, int words, ex_date *d)
{
	unsigned	passed = 0;

	pos = ex_skip_space(doc, pos, end);
	for (int i = 0; i <= words && pos < end; i++)
	{
		size_t		n = qualified_date_at(doc, pos, end, d);

		if (n > 0)
		{
			d->qualifiers |= passed;
			return pos + n;
		}
		if (!sc_is_word_char(doc->text, end, pos))
			return 0;			/* punctuation ends the search */
		passed |= qualifier_at(doc, pos, end, &n);
		pos = ex_next_word(doc, pos, end);
	}
	return 0;
}

/*
 * One of cues at pos, its fillers and a qualified date: the end of the
 * date, or 0; *at (if not NULL) is where the date begins.  A cue's
 * abbreviation may end in a period ("fr.o.m.").
 */
static size_t
cue_date(const ex_doc *doc, size_t pos, size_t end, const char *const *cues, ex_date *d,
		 size_t *at)
{
	size_t		n = ex_word_in(doc, pos, end, cues),
				q;

	if (n == 0)
		return 0;
	q = pos + n;
	if (q < end && doc->text[q] == '.')
		q++;
	q = skip_words(doc, ex_skip_space(doc, q, end), end, fillers);
	if (at)
		*at = q;
	return (n = qualified_date_at(doc, q, end, d)) > 0 ? q + n : 0;
}

/* "2016–2018", "2016-2018": the end of a range of years at pos, or 0. */
static size_t
range_at(const ex_doc *doc, size_t pos, size_t end, ex_period *p)
{
	ex_date		a,
				b;
	size_t		n = ex_date_at(doc, pos, end, &a),
				dash;

	if (n == 0 || a.precision == EX_DAY || a.precision == EX_DECADE ||
		a.precision == EX_CENTURY)
		return 0;
	dash = pos + n;
	if (dash < end && doc->text[dash] == '-')
		dash += 1;
	else if (end - dash >= 3 && memcmp(doc->text + dash, "–", 3) == 0)
		dash += 3;
	else
		return 0;
	if ((n = ex_date_at(doc, dash, end, &b)) == 0)
		return 0;
	p->lower = a;
	p->upper = b;
	p->has_lower = p->has_upper = true;
	return dash + n;
}

/* 10 if a date written as ISO's YYYY-MM-DD stands whole at pos, valid or not; else 0. */
static size_t
iso_shape(const ex_doc *doc, size_t pos, size_t end)
{
	static const char shape[] = "0000-00-00";

	if (end - pos < 10 || !ex_word_start(doc, pos) || sc_is_word_char(doc->text, end, pos + 10))
		return 0;
	for (int i = 0; i < 10; i++)
		if (shape[i] == '-' ? doc->text[pos + i] != '-' :
			(unsigned) (doc->text[pos + i] - '0') >= 10)
			return 0;
	return 10;
}

/*
 * "tidigare medlem", "var tidigare medlem", "former member": the end of
 * the phrase, or 0.  It ends on or before the page's date, unless another
 * phrase says when (place_bounds).
 */
static size_t
former_at(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		n = ex_word_in(doc, pos, end, former_words),
				q;

	if (n == 0)
		return 0;
	q = ex_skip_space(doc, pos + n, end);
	if (q < end && doc->text[q] == '.')
		q = ex_skip_space(doc, q + 1, end);
	/* one word may come between: "tidigare varit medlem", "tidligere været medlem" */
	if ((n = ex_word_in(doc, q, end, member_nouns)) == 0 &&
		(n = ex_word_in(doc, (q = ex_next_word(doc, q, end)), end, member_nouns)) == 0)
		return 0;
	return q + n;
}

/* Bytes of a date at pos that a start verb follows ("2008 bildades"), or 0. */
static size_t
date_before_start_verb(const ex_doc *doc, size_t pos, size_t end, ex_date *d)
{
	size_t		n;

	if (doc->text[pos] < '0' || doc->text[pos] > '9' ||
		(n = ex_date_at(doc, pos, end, d)) == 0 ||
		ex_word_in(doc, ex_skip_space(doc, pos + n, end), end, start_verbs) == 0)
		return 0;
	return n;
}

/*
 * The Swedish, Danish and Norwegian verbs of leaving that a date may come
 * before, the verb second and its subject after it ("Den 1 april 2024
 * lämnade Kinda kommun samarbetet"); English puts its subject first.
 */
static const char *const fronted_end_verbs[] = {
	"lämnade", "utträdde", "udtrådte", "utmeldte", "forlod", "forlot", NULL
};

/* The particles of the Swedish "lämna in", "lämna över": to hand something in or over. */
static const char *const handing_particles[] = {"in", "över", NULL};

bool
ex_handing_particle_at(const ex_doc *doc, size_t pos, size_t end)
{
	return ex_word_in(doc, pos, end, handing_particles) > 0;
}

/* Words a sentence may begin with before its date: "Den 1 april 2024", "År 2015". */
static const char *const date_openers[] = {"den", "år", "året", NULL};

/*
 * Bytes of a date at pos that a verb of leaving follows, with a place for
 * its subject right after it ("Den 1 april 2024 lämnade Kinda kommun
 * samarbetet", "Januari 2015 utträdde Ydre kommun ur förbundet"), or 0:
 * the date the place left.  Not where the subject is a body ("2012
 * lämnade förbundet sina lokaler"), nor where a particle makes the verb
 * one of handing ("lämnade Ystad kommun in en ansökan").  The caller asks
 * only at the beginning of a sentence: a date later on may be of another
 * clause's subject ("Kinda kommun anslöt 2005 medan 2015 lämnade Ydre
 * kommun förbundet").
 */
static size_t
date_before_leaving(const ex_doc *doc, size_t pos, size_t end, ex_date *d)
{
	size_t		n,
				verb,
				subject,
				matched,
				m;

	if ((n = qualified_date_at(doc, pos, end, d)) == 0)
		return 0;
	verb = ex_skip_space(doc, pos + n, end);
	if ((m = ex_word_in(doc, verb, end, fronted_end_verbs)) == 0)
		return 0;
	subject = ex_skip_space(doc, verb + m, end);
	if (ex_place_at(doc, subject, end, &matched) == NULL ||
		ex_handing_particle_at(doc, ex_skip_space(doc, subject + matched, end), end))
		return 0;
	return n;
}

/*
 * Reads the phrase of a period that may begin at pos into p: the end of
 * what it read, or 0.  A date "during" which something was and a verb
 * without a date go to phrases, for place_bounds.  Each of its forms holds
 * a date of ex_date_at but "tidigare medlem", which needs none.
 */
static size_t
period_at(const ex_doc *doc, size_t pos, size_t end, ex_period *p, ex_phrases *phrases)
{
	ex_date		d,
				to;
	size_t		n,
				q,
				after;

	/* "mellan 2006 och 2019", "mellan åren 2006 och 2019", "between 2006 and 2019" */
	if (!p->has_lower && !p->has_upper &&
		(ex_word_is(doc, pos, end, "mellan") || ex_word_is(doc, pos, end, "mellem") ||
		 ex_word_is(doc, pos, end, "between")) &&
		(n = qualified_date_at(doc, (q = skip_words(doc, ex_next_word(doc, pos, end), end, fillers)),
							   end, &d)) > 0 &&
		(ex_word_is(doc, (q = ex_skip_space(doc, q + n, end)), end, "och") ||
		 ex_word_is(doc, q, end, "og") || ex_word_is(doc, q, end, "and")) &&
		(n = qualified_date_at(doc, (q = ex_next_word(doc, q, end)), end, &to)) > 0)
	{
		p->lower = d, p->upper = to;
		p->has_lower = p->has_upper = true;
		return q + n;
	}
	if ((after = cue_date(doc, pos, end, from_including_words, &d, NULL)) > 0)
	{
		if (!p->has_lower)
		{
			p->lower = first_day(d), p->has_lower = true;
			phrases->from = d, phrases->has_from = true;
		}
		return after;
	}
	if ((after = cue_date(doc, pos, end, to_including_words, &d, NULL)) > 0)
	{
		if (!p->has_upper)
			p->upper = last_day(d), p->has_upper = true;
		return after;
	}
	if ((after = cue_date(doc, pos, end, former_until_words, &d, NULL)) > 0)
	{
		if (!p->has_upper)
			p->upper = d, p->has_upper = p->former = true;
		return after;
	}
	if ((after = cue_date(doc, pos, end, since_words, &d, NULL)) > 0)
	{
		if (!p->has_lower)
		{
			p->lower = d, p->has_lower = true;
			phrases->from = d, phrases->has_from = true;
		}
		return after;
	}
	if ((after = cue_date(doc, pos, end, until_words, &d, NULL)) > 0)
	{
		if (!p->has_upper)
			p->upper = d, p->has_upper = true;
		return after;
	}
	if ((n = ex_word_in(doc, pos, end, end_verbs)) > 0 ||
		((n = ex_word_is(doc, pos, end, "gick")) > 0 &&
		 ex_word_is(doc, ex_skip_space(doc, pos + n, end), end, "ur")))
	{
		if ((after = date_after(doc, pos + n, end, EX_VERB_DATE_WORDS, &d)) == 0)
		{
			phrases->end_verb = true;
			return 0;
		}
		d.qualifiers |= phrases->adverb;
		if (!p->has_upper)
			p->upper = d, p->has_upper = p->former = true;
		return after;
	}
	/*
	 * a start verb and its date after it, or a date right before one, as
	 * Swedish word order may put it ("2008 bildades därför bolaget ...")
	 */
	n = ex_word_in(doc, pos, end, start_verbs);
	if (n > 0 && (after = date_after(doc, pos + n, end, EX_VERB_DATE_WORDS, &d)) == 0)
	{
		phrases->start_verb = true;
		return 0;
	}
	if (n > 0 || (after = date_before_start_verb(doc, pos, end, &d)) > 0)
	{
		d.qualifiers |= phrases->adverb;
		if (!p->has_lower)
			p->lower = d, p->has_lower = true;
		return after;
	}
	if ((after = former_at(doc, pos, end)) > 0)
	{
		phrases->former = true;
		return after;
	}
	if ((phrases->adverb = qualifier_at(doc, pos, end, &n)) != 0)
		return 0;
	if ((after = cue_date(doc, pos, end, whole_words, &d, &q)) > 0 ||
		(after = cue_date(doc, pos, end, during_words, &d, &q)) > 0)
	{
		ex_period	range;

		/* "under åren 2016–2018": the range, which ex_period_in reads at q */
		if (!p->has_lower && !p->has_upper && range_at(doc, q, end, &range) > 0)
			return 0;
		if (!phrases->has_during)
		{
			phrases->during = d;
			phrases->has_during = true;
			phrases->whole = ex_word_in(doc, pos, end, whole_words) > 0;
		}
		return after;
	}
	return 0;
}

/*
 * Places what ex_period_in gathered beside the bounds.  A former member
 * ("tidigare medlem") whose end no phrase gave ended on or before the
 * page's date, or at a time not known on an undated page.  The date
 * "during" which is the start of a start verb that had no date of its own
 * ("Under 2019 anslöt Hörby"), or the end of such an end verb, else both
 * bounds ("under 1900-talet" is 19XX/19XX, "för 2023" the whole year)
 * where no phrase gave either.
 */
static void
place_bounds(const ex_phrases *phrases, int32_t doc_day, ex_period *p)
{
	if (phrases->former && !p->has_upper)
	{
		/* "tidigare medlem": on or before the page's date, when not known without one */
		p->former = true;
		if (doc_day == SC_NO_DAY)
			p->upper_unknown = true;
		else
		{
			p->upper = (ex_date) {0, 0, 0, EX_DAY, 0, true};
			sc_civil_from_days(doc_day, &p->upper.year, &p->upper.month, &p->upper.day);
			p->has_upper = true;
		}
	}
	/*
	 * "Från och med 2016 utträdde Kinda kommun": a verb of leaving without
	 * a date of its own left from the date "från och med" or "sedan" gave
	 */
	if (phrases->end_verb && phrases->has_from && !p->has_upper)
	{
		p->upper = phrases->from;
		p->has_upper = p->former = true;
		p->has_lower = false;
	}
	if (!phrases->has_during)
		return;
	if (phrases->start_verb && !p->has_lower)
		p->lower = phrases->during, p->has_lower = true;
	else if (phrases->end_verb && !p->has_upper)
		p->upper = phrases->during, p->has_upper = p->former = true;
	else if (!p->has_lower && !p->has_upper && !p->upper_unknown)
	{
		p->lower = p->upper = phrases->during;
		p->has_lower = p->has_upper = true;
		p->whole = phrases->whole;
	}
}

static bool
read_period(const ex_doc *doc, size_t pos, size_t end, ex_period *p)
{
	ex_phrases	phrases = {.has_during = false};
	ex_date		d;
	size_t		read = pos,
				opening;

	/* every phrase but "tidigare medlem" holds a date, and every date a digit */
	bool		dated = ex_has_digit(doc, pos, end);

	memset(p, 0, sizeof(*p));
	opening = ex_word_from(doc, pos, end);
	if (ex_word_in(doc, opening, end, date_openers) > 0)
		opening = ex_next_word(doc, opening, end);
	for (size_t i = ex_word_from(doc, pos, end); i < end; i = ex_word_from(doc, i + 1, end))
	{
		size_t		n;

		if (i < read || !sc_is_word_char(doc->text, end, i))
			continue;
		if (dated && i == opening && !p->has_upper &&
			(n = date_before_leaving(doc, i, end, &d)) > 0)
		{
			p->upper = d, p->has_upper = p->former = true;
			read = i + n;
			continue;
		}
		if (!dated)
		{
			if ((n = former_at(doc, i, end)) > 0)
				phrases.former = true, read = n;
			continue;
		}
		if (!p->has_lower && !p->has_upper && range_at(doc, i, end, p) > 0)
			break;
		if ((n = period_at(doc, i, end, p, &phrases)) > 0)
			read = n;
		else if (p->unread.end == 0 && ((n = qualified_date_at(doc, i, end, &d)) > 0 ||
										 (n = iso_shape(doc, i, end)) > 0))
		{
			/* a date no phrase reads: ex_date_fact warns of it */
			p->unread = (sc_span) {i, i + n};
			read = i + n;
		}
	}
	place_bounds(&phrases, doc->day, p);
	return p->has_lower || p->has_upper || p->upper_unknown;
}

bool
ex_period_in(const ex_doc *doc, size_t pos, size_t end, ex_period *p)
{
	/* a cache of the text's, which the extraction's state does not hold */
	ex_period_memo *memo = &((ex_doc *) doc)->period_memo;

	if (!memo->valid || memo->pos != pos || memo->end != end || memo->day != doc->day)
	{
		memo->found = read_period(doc, pos, end, &memo->period);
		memo->pos = pos;
		memo->end = end;
		memo->day = doc->day;
		memo->valid = true;
	}
	*p = memo->period;
	return memo->found;
}

/* ------------------------------------------------------------------------
 * Validities
 * ------------------------------------------------------------------------
 */

/* The EDTF of a period with a bound, or "" if it is no validity. */
static void
period_validity(const ex_period *p, char *buf)
{
	char		lower[24] = "..",
				upper[24] = "..";
	sc_validity v;

	if (p->has_lower)
		ex_format_date(&p->lower, lower, sizeof(lower));
	if (p->has_upper)
		ex_format_date(&p->upper, upper, sizeof(upper));
	else if (p->upper_unknown)
		upper[0] = '\0';
	if (p->whole)
		snprintf(buf, SC_VALIDITY_TEXT_SIZE, "%s", lower);
	else
		snprintf(buf, SC_VALIDITY_TEXT_SIZE, "%s/%s", lower, upper);
	/* "för 2023" is the year's days, as the type writes them: 2023-01-01/2023-12-31 */
	if (sc_validity_parse(buf, strlen(buf), &v) != SC_VALIDITY_OK ||
		(p->whole && !sc_validity_format(v, buf, SC_VALIDITY_TEXT_SIZE)))
		buf[0] = '\0';
}

void
ex_date_fact(const ex_doc *doc, int org, const ex_period *p, ex_dating *out)
{
	sc_validity v;

	out->validity[0] = '\0';
	out->dated_by = (sc_span) {0, 0};
	out->warning = NULL;
	if (p->has_lower || p->has_upper || p->upper_unknown)
	{
		period_validity(p, out->validity);
		out->dated_by = p->dated_by;
	}
	else if (org >= 0 && doc->orgs[org].start[0])
	{
		snprintf(out->validity, SC_VALIDITY_TEXT_SIZE, "%s/..", doc->orgs[org].start);
		out->dated_by = doc->orgs[org].start_evidence;
	}
	else if (doc->day != SC_NO_DAY)
	{
		char		day[16];

		sc_format_iso_date(doc->day, day);
		snprintf(out->validity, SC_VALIDITY_TEXT_SIZE, "[..%s]/..", day);
	}
	if (out->validity[0] &&
		sc_validity_parse(out->validity, strlen(out->validity), &v) != SC_VALIDITY_OK)
		out->validity[0] = '\0';
	if (p->unread.end > p->unread.start && !p->has_lower && !p->has_upper && !p->upper_unknown)
		out->warning = "the sentence states a date that no phrase of a period reads";
}

void
ex_membership_validity(const ex_doc *doc, int org, const ex_period *p, char *buf)
{
	ex_dating	dating;

	ex_date_fact(doc, org, p, &dating);
	strcpy(buf, dating.validity);
}

void
ex_apply_dating(const ex_dating *dating, sc_fact *f)
{
	sc_span		by = dating->dated_by;

	strcpy(f->validity, dating->validity);
	if (by.end > by.start && (by.start != f->evidence.start || by.end != f->evidence.end) &&
		f->nmore_evidence < SC_FACT_MORE_EVIDENCE)
		f->more_evidence[f->nmore_evidence++] = by;
	if (f->warning == NULL)
		f->warning = dating->warning;
}
