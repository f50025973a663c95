/*
 * extract_facts.c
 *		The facts that are not about members: the page's own dates and
 *		cooperation areas (fees: extract_fees.c; twin towns: extract_twins.c).
 */
#include "extract_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "words.h"

/*
 * Words that introduce a date the page states about itself, in the four
 * languages.  Those that may introduce any date ("Dato", "Date") count only
 * as a label with a colon at the start of their line, or capitalised right
 * before a date of a day.
 */
typedef struct ex_date_label
{
	const char *word;
	const char *name;			/* published or updated */
	bool		generic;
} ex_date_label;

static const ex_date_label date_labels[] = {
	/* Swedish */
	{"publicerad", "published", false}, {"publicerades", "published", false},
	{"publicerat", "published", false}, {"publicering", "published", false},
	{"publiceringsdatum", "published", false},
	{"uppdaterad", "updated", false}, {"uppdaterades", "updated", false}, {"uppdaterat", "updated", false},
	{"ändrad", "updated", false}, {"ändrades", "updated", false}, {"ändrat", "updated", false},
	{"granskad", "updated", false}, {"granskades", "updated", false}, {"granskats", "updated", false},
	{"datum", "published", true},
	/* Danish */
	{"publiceret", "published", false}, {"offentliggjort", "published", false},
	{"udgivet", "published", false}, {"opdateret", "updated", false}, {"ændret", "updated", false},
	/* Norwegian */
	{"publisert", "published", false}, {"oppdatert", "updated", false}, {"endret", "updated", false},
	{"endra", "updated", false},	/* Nynorsk: "Sist endra 13.11.2017" */
	/* Danish and Norwegian */
	{"dato", "published", true},
	/* English */
	{"published", "published", false}, {"posted", "published", false}, {"updated", "updated", false},
	{"modified", "updated", false}, {"publication date", "published", false},
	{"page edited", "updated", false}, {"last reviewed", "updated", false},
	{"date", "published", true},
	{NULL, NULL, false}
};

/*
 * How the labels begin: the sentences of a page that hold a digit are
 * asked whether a label stands in them, word by word.
 */
static ex_word_gate date_label_gate;
static pthread_once_t date_label_gate_once = PTHREAD_ONCE_INIT;

static void
add_date_label_gate(void)
{
	for (int i = 0; date_labels[i].word; i++)
		ex_gate_add_word(&date_label_gate, date_labels[i].word);
}

/* "Published by Oslo Business Region, 30 August 2020": words before the comma. */
#define EX_DATE_BY_WORDS 6

static const char *const by_words[] = {"by", "av", "af", NULL};

/*
 * A page's own date standing alone on a line near its top ("8. juni 2018",
 * "SAMHÄLLE 2024-03-28 KL. 16:25", "17 sep 2014 06:00"): within its first
 * EX_TOP_LINES lines and before its first line of running text, a line of
 * at least EX_RUNNING_WORDS words.
 */
#define EX_TOP_LINES 12
#define EX_RUNNING_WORDS 30
#define EX_TOP_LINE_BYTES 2048

/* The longest line that may be a label alone ("Senest opdateret:"). */
#define EX_LABEL_LINE_BYTES 40

/* Words that end an area's phrase, or the list of areas. */
static const char *const area_stops[] = {
	"att", "där", "som", "med", "för", "genom", "i", "på", "till", "från",
	"och", "samt", "är", "har", "sker", "kan", "ska", "vi", NULL
};

/* Words that introduce a list of areas. */
static const char *const area_cues[] = {
	"inom", "områdena", "med", "på", "omfattar", "ansvarar", NULL
};

#define EX_AREA_WORDS 3
#define EX_MIN_AREAS 3

static size_t area_at(const ex_doc *doc, size_t pos, size_t end, sc_span *area);
static bool area_list(ex_doc *doc, const ex_sentence *s, size_t pos, int org);

/* ------------------------------------------------------------------------
 * The page's own dates
 * ------------------------------------------------------------------------
 */

/*
 * Each helper here reads no further than the blanks before a position
 * (ex_blanks_before) or a short bound, so that a page of one long line is
 * read in linear time.
 */

/* Whether the line goes on from pos with blanks alone. */
static bool
ends_line(const ex_doc *doc, size_t pos)
{
	size_t		n;

	while (pos < doc->len && doc->text[pos] != '\n' &&
		   (n = sc_space_length(doc->text, doc->len, pos)) > 0)
		pos += n;
	return pos >= doc->len || doc->text[pos] == '\n';
}

/*
 * Where the line that begins at line ends (at its newline or the page's
 * end), if it is at most max bytes long; EX_NONE for a longer line.
 */
static size_t
short_line_end(const ex_doc *doc, size_t line, size_t max)
{
	size_t		bound = doc->len - line < max ? doc->len : line + max;
	const char *nl = memchr(doc->text + line, '\n', bound - line);

	if (nl)
		return (size_t) (nl - doc->text);
	return bound == doc->len ? bound : EX_NONE;
}

/*
 * Whether a date of a day follows at pos, a blank or a colon between
 * ("Dato 10. november 2015" in a report's front matter).
 */
static bool
day_follows(const ex_doc *doc, size_t pos)
{
	size_t		end = doc->len - pos > EX_LABEL_LINE_BYTES ? pos + EX_LABEL_LINE_BYTES : doc->len;
	ex_date		d;

	if (pos < end && doc->text[pos] == ':')
		pos++;
	if (pos >= end || doc->text[pos] != ' ')
		return false;
	return ex_date_at(doc, ex_skip_space(doc, pos, end), end, &d) > 0 && d.precision == EX_DAY;
}

/*
 * Whether a label at pos speaks of the page: not in parentheses after
 * other text ("Vad menas med en lägenhet? (uppdaterad 2017-04-03)" dates
 * the question), and a generic one ("Dato:") first on its line, or
 * capitalised right before a date of a day ("Dato 2. februar 2015").
 */
static bool
label_is_pages(const ex_doc *doc, const ex_date_label *label, size_t pos, size_t after)
{
	size_t		before = ex_blanks_before(doc, pos);

	if (before > 0 && doc->text[before - 1] == '(' && !ex_starts_line(doc, before - 1))
		return false;
	if (label->generic)
		return (ex_starts_line(doc, pos) && after < doc->len && doc->text[after] == ':') ||
			(sc_is_upper(doc->text, doc->len, pos) && day_follows(doc, after));
	return true;
}

/*
 * Where the date after a label stands: after a colon, and after "by" and
 * a name up to a comma ("Published by Oslo Business Region, 30 August
 * 2020"); the label's own end if neither.  A label that ends its line
 * ("Publisert:", "Sidst opdateret") has its date on the next line that
 * is not blank, alone.
 */
static size_t
date_after_label(const ex_doc *doc, size_t pos, size_t end, bool *next_line)
{
	size_t		p = pos,
				n;

	while (p < doc->len && (doc->text[p] == ' ' || doc->text[p] == '\t'))
		p++;
	if (p < doc->len && doc->text[p] == ':')
		p++;
	*next_line = ends_line(doc, p);
	if (*next_line)
		return ex_skip_space(doc, p, doc->len);
	p = ex_skip_space(doc, pos, end);
	if (p < end && doc->text[p] == ':')
		return ex_skip_space(doc, p + 1, end);
	if ((n = ex_word_in(doc, p, end, by_words)) > 0)
	{
		size_t		q = p + n;

		for (int words = 0; words < EX_DATE_BY_WORDS && q < end; words++)
		{
			q = ex_word_end(doc, ex_skip_space(doc, q, end), end);
			if (q < end && doc->text[q] == ',')
				return ex_skip_space(doc, q + 1, end);
		}
	}
	/* "Sidan uppdaterades den 2 september 2022" */
	if ((n = ex_word_is(doc, p, end, "den")) > 0)
		return ex_skip_space(doc, p + n, end);
	return p;
}

/* Labels of a news item that a site writes after its date and time. */
static const char *const news_labels[] = {
	"pressmeddelande", "nyhet", "pressemeddelelse", "nyhed", "pressemelding",
	"nyheit", "news", NULL
};

/*
 * The bytes of a news item's label at pos, which a site may write right
 * after the time with no space ("2023-05-08 09:00Pressmeddelande"), whole
 * to the end of its word; 0 if none stands there.
 */
static size_t
news_label_at(const ex_doc *doc, size_t pos, size_t end)
{
	for (int i = 0; news_labels[i]; i++)
	{
		size_t		n = sc_match_folded(doc->text + pos, end - pos, news_labels[i]);

		if (n > 0 && !sc_is_word_char(doc->text, end, pos + n))
			return n;
	}
	return 0;
}

/* An ASCII digit: the time's minutes, whatever the locale. */
static inline bool
ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether minutes or seconds, two digits and no third, stand at pos. */
static bool
two_digits(const ex_doc *doc, size_t pos, size_t end)
{
	return pos + 2 <= end && ascii_digit(doc->text[pos]) &&
		ascii_digit(doc->text[pos + 1]) && doc->text[pos] <= '5' &&
		!(pos + 2 < end && ascii_digit(doc->text[pos + 2]));
}

/* Words a site writes before a time: "kl. 16:25", "at 08:00", "klo 9.00". */
static const char *const time_words[] = {"kl", "klokken", "klokka", "klo", "at", NULL};

/*
 * Bytes of a time after a date ("06:00", "kl. 16:25", "KL. 16.25",
 * ", kl. 13:00", "- kl. 11:28", "at 08:00", "12:37:05"), or 0.
 */
static size_t
time_at(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		p = pos,
				n;
	int			v;

	if (p < end && (doc->text[p] == ',' || doc->text[p] == '-'))
		p = ex_skip_space(doc, p + 1, end);
	if ((n = ex_word_in(doc, p, end, time_words)) > 0)
	{
		p += n;
		if (p < end && doc->text[p] == '.')
			p++;
		p = ex_skip_space(doc, p, end);
	}
	if ((n = ex_digits(doc, p, end, &v)) == 0 || n > 2 || v > 23 || p + n >= end ||
		(doc->text[p + n] != ':' && doc->text[p + n] != '.'))
		return 0;
	p += n + 1;
	if (!two_digits(doc, p, end))
		return 0;
	p += 2;
	/* seconds: "12:37:05" */
	if (p + 3 <= end && doc->text[p] == ':' && two_digits(doc, p + 1, end))
		p += 3;
	/* the minutes may run into a label: "09:00Pressmeddelande" */
	if (sc_is_word_char(doc->text, end, p) && news_label_at(doc, p, end) == 0)
		return 0;
	return p - pos;
}

/* Whether [pos, end) is a word in capitals: a newspaper's section, "SAMHÄLLE". */
static bool
capitals_at(const ex_doc *doc, size_t pos, size_t end, size_t *word_end)
{
	size_t		e = ex_word_end(doc, pos, end),
				letters = 0;

	for (size_t p = pos; p < e; p++)
	{
		if (sc_is_lower(doc->text, end, p))
			return false;
		if (sc_is_upper(doc->text, end, p))
			letters++;
	}
	*word_end = e;
	return letters >= 2;
}

/* Days of the week, which a page's date line may begin with ("Tirsdag den 15-09-2015"). */
static const char *const weekdays[] = {
	"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
	"mandag", "tirsdag", "tysdag", "lørdag", "søndag", "laurdag", "sundag",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

/*
 * Where "den", a date of a day and a time after it ("den 29. juli 2005",
 * "2018-12-19 10.00") that stand at pos end, blanks after them passed
 * over; EX_NONE if no date of a day stands there.
 */
static size_t
day_and_time_end(const ex_doc *doc, size_t pos, size_t end, ex_date *d)
{
	size_t		p = pos,
				n;

	if ((n = ex_word_is(doc, p, end, "den")) > 0)
		p = ex_skip_space(doc, p + n, end);
	if ((n = ex_date_at(doc, p, end, d)) == 0 || d->precision != EX_DAY)
		return EX_NONE;
	p = ex_skip_space(doc, p + n, end);
	return ex_skip_space(doc, p + time_at(doc, p, end), end);
}

/* Time zones a news site writes after its time ("Okt 06, 2004 17:00 CEST"). */
static const char *const time_zones[] = {
	"cet", "cest", "utc", "gmt", "eet", "eest", "bst", NULL
};

/*
 * Bytes of a news item's label and the mark a site sets between it and
 * the date at pos ("Pressmeddelande   •   ", "Pressemeddelelse | "),
 * spaces after it included; 0 if none stands there.
 */
static size_t
news_label_before_date(const ex_doc *doc, size_t pos, size_t end)
{
	static const char bullet[] = "\u2022";
	size_t		n = news_label_at(doc, pos, end),
				p;

	if (n == 0)
		return 0;
	p = ex_skip_space(doc, pos + n, end);
	if (end - p >= sizeof(bullet) - 1 && memcmp(doc->text + p, bullet, sizeof(bullet) - 1) == 0)
		p += sizeof(bullet) - 1;
	else if (p < end && doc->text[p] == '|')
		p++;
	else
		return 0;
	return ex_skip_space(doc, p, end) - pos;
}

/* The longest byline after a page's date: "- af Michael Egelund (WebRedaktør)". */
#define EX_BYLINE_BYTES 80

/* Words that begin a byline: "af", "av", "by". */
static const char *const byline_words[] = {"af", "av", "by", NULL};

/*
 * Whether the rest of the line [pos, end) is a byline: a dash ("-" or
 * "\u2013"), "|" or nothing, then "af", "av" or "by" and a short name with
 * no full stop ("21. april 2020 - kl. 7:54 - af Michael Egelund
 * (WebRedaktør)").  The writer's name
 * after the date says it is the page's.
 */
static bool
byline_at(const ex_doc *doc, size_t pos, size_t end)
{
	size_t		p = pos,
				n;

	if (p < end && (doc->text[p] == '-' || doc->text[p] == '|'))
		p = ex_skip_space(doc, p + 1, end);
	else if (end - p >= 3 && memcmp(doc->text + p, "\u2013", 3) == 0)
		p = ex_skip_space(doc, p + 3, end);
	if ((n = ex_word_in(doc, p, end, byline_words)) == 0)
		return false;
	p = ex_skip_space(doc, p + n, end);
	return p < end && end - pos <= EX_BYLINE_BYTES && sc_is_upper(doc->text, end, p) &&
		memchr(doc->text + p, '.', end - p) == NULL;
}

/*
 * The date a line [line, end) holds and nothing else but a section in
 * capitals, a day of the week or a news item's label before it, "Den" and
 * a time (with its zone) after it; false if it holds more.
 */
static bool
bare_date_line(const ex_doc *doc, size_t line, size_t end, ex_date *d)
{
	size_t		p = ex_skip_space(doc, line, end),
				n,
				word_end;

	/*
	 * "tisdag 29 maj 2018"; not "Tuesday, May 21, 2024", which sites put in
	 * their headers as the day a page is shown, not the day it is of
	 */
	if ((n = ex_word_in(doc, p, end, weekdays)) > 0 && p + n < end && doc->text[p + n] == ' ')
		p = ex_skip_space(doc, p + n, end);
	else if ((n = news_label_before_date(doc, p, end)) > 0)
		p += n;
	else if (ex_date_at(doc, p, end, d) == 0 && capitals_at(doc, p, end, &word_end))
		p = ex_skip_space(doc, word_end, end);
	if ((p = day_and_time_end(doc, p, end, d)) == EX_NONE)
		return false;
	p = ex_skip_space(doc, p + ex_word_in(doc, p, end, time_zones), end);
	if (p < end && doc->text[p] == '|')
		p = ex_skip_space(doc, p + 1, end);
	/* a news item's label after the day, with or without a time before it */
	p = ex_skip_space(doc, p + news_label_at(doc, p, end), end);
	return p >= end || byline_at(doc, p, end);
}

/* Words on the line [line, end), counting up to limit. */
static int
line_words(const ex_doc *doc, size_t line, size_t end, int limit)
{
	int			words = 0;

	for (size_t p = ex_skip_space(doc, line, end); p < end && words < limit;
		 p = ex_skip_space(doc, ex_word_end(doc, p, end) + 1, end))
		words++;
	return words;
}

/* Whether a date's label begins at pos ("Publisert:", "Publicerad 2021-01-02"). */
static bool
date_label_at(const ex_doc *doc, size_t pos, size_t end)
{
	for (int i = 0; date_labels[i].word; i++)
		if (ex_word_is(doc, pos, end, date_labels[i].word) > 0)
			return true;
	return false;
}

/*
 * Whether the line before the one at line, blank lines left out, is a
 * date's label alone ("Publisert:"): the date under it is the label's.
 */
static bool
under_label(const ex_doc *doc, size_t line)
{
	size_t		e = line,
				start;

	while (e > 0 && (doc->text[e - 1] == '\n' || doc->text[e - 1] == ' ' ||
					 doc->text[e - 1] == '\t'))
		e--;
	for (start = e; start > 0 && doc->text[start - 1] != '\n'; start--)
		if (e - start >= EX_LABEL_LINE_BYTES)
			return false;
	for (size_t p = ex_skip_space(doc, start, e); p < e;
		 p = ex_skip_space(doc, ex_word_end(doc, p, e) + 1, e))
		if (date_label_at(doc, p, e))
			return true;
	return false;
}

/*
 * Where the lines near the page's top that may hold its date alone end:
 * after its first EX_TOP_LINES lines, or at its first line of running
 * text (EX_RUNNING_WORDS words, or a line longer than EX_TOP_LINE_BYTES).
 * Found once a page, so that each sentence's test stays short.
 */
size_t
ex_top_end(const ex_doc *doc)
{
	size_t		p = 0;

	for (int lines = 0; lines < EX_TOP_LINES && p < doc->len; lines++)
	{
		size_t		e = short_line_end(doc, p, EX_TOP_LINE_BYTES);

		if (e == EX_NONE || line_words(doc, p, e, EX_RUNNING_WORDS) >= EX_RUNNING_WORDS)
			return p;
		p = e + 1;
	}
	return p < doc->len ? p : doc->len;
}

/*
 * The page's date that the line at line holds alone near the top of the
 * page (before doc->top_end): published for the first such line, updated
 * for a later date on a later one; false for any other line, and for one
 * that repeats an earlier line's date or dates before it.
 */
static bool
top_date(const ex_doc *doc, size_t line, ex_date *d, const char **name, size_t *line_end)
{
	bool		earlier = false;
	int32_t		first_day = 0;

	for (size_t p = 0; p <= line && p < doc->top_end;)
	{
		size_t		e = short_line_end(doc, p, EX_TOP_LINE_BYTES);
		ex_date		seen;

		if (p == line)
		{
			int32_t		day;

			if (!bare_date_line(doc, p, e, d) || under_label(doc, p))
				return false;
			day = sc_days_from_civil(d->year, d->month, d->day);
			if (earlier && day <= first_day)
				return false;
			*name = earlier ? "updated" : "published";
			*line_end = e;
			return true;
		}
		if (!earlier && bare_date_line(doc, p, e, &seen))
		{
			earlier = true;
			first_day = sc_days_from_civil(seen.year, seen.month, seen.day);
		}
		p = e + 1;
	}
	return false;
}

/* The longest line that may be a place and a date alone ("Steinkjer, 09.11.2018"). */
#define EX_SIGNATURE_LINE_BYTES 60

/*
 * The date of a letter's or a report's place and date, alone on the line
 * at line: "Bodø 04.06.2020", "Steinkjer, 09.11.2018", "Christiansborg,
 * den 29. juli 2005", a place of the gazetteer, or a capitalised word and
 * a comma (no day of the week, "Tuesday, May 21, 2024" being the day a
 * site shows a page, and no date's label; "Kommissionsmøde 08-03-2024"
 * names a meeting), an optional comma and "den", a date of a day,
 * nothing after it but a time;
 * the line's end in *line_end.  Where a document was signed says when.
 */
static bool
signature_date(const ex_doc *doc, size_t line, ex_date *d, size_t *line_end)
{
	size_t		e = short_line_end(doc, line, EX_SIGNATURE_LINE_BYTES),
				p = ex_skip_space(doc, line, doc->len),
				n;

	if (e == EX_NONE || p >= e || !sc_is_upper(doc->text, e, p) ||
		ex_date_at(doc, p, e, d) > 0 || ex_word_in(doc, p, e, weekdays) > 0 ||
		date_label_at(doc, p, e))
		return false;
	/*
	 * a word no place of the gazetteer is one only before a comma; a
	 * letter may give its date alone ("Den 11. november 2014")
	 */
	if (ex_word_is(doc, p, e, "den") > 0)
		n = 0;
	else if (ex_place_at(doc, p, e, &n) == NULL &&
			 ((n = ex_word_end(doc, p, e) - p) == 0 || p + n >= e || doc->text[p + n] != ','))
		return false;
	p += n;
	if (p < e && doc->text[p] == ',')
		p++;
	if ((p = day_and_time_end(doc, ex_skip_space(doc, p, e), e, d)) == EX_NONE)
		return false;
	*line_end = e;
	return p >= e;
}

/* Emits the page's date d, named published or updated, stated at evidence. */
static void
emit_document_date(ex_doc *doc, const ex_sentence *s, const char *rule, const char *name,
				   const ex_date *d, sc_span evidence)
{
	sc_fact		f;

	ex_init_fact(&f, SC_FACT_DOCUMENT_DATE, s, rule);
	f.basis = SC_BASIS_STATED;	/* of the page the sentence is on */
	f.name = name;
	f.evidence = evidence;
	ex_format_date(d, f.validity, sizeof(f.validity));
	ex_emit(doc, &f);
}

/* Keeps the latest of the page's dates in *day. */
static void
note_day(const ex_date *d, bool *found, int32_t *day)
{
	int32_t		this_day = sc_days_from_civil(d->year, d->month, d->day);

	if (!*found || this_day > *day)
		*day = this_day;
	*found = true;
}

/*
 * "Publicerad 2021-11-11, Uppdaterad 2023-12-06", "Publisert:" with the
 * date on the line under it, a date alone on a line near the page's top:
 * emits them if emit (a date alone only on a page no label dates), and
 * sets *day to the latest; says how the sentence states them.  What it
 * finds depends on the sentence and the page's first lines alone, so that
 * each walk of the sentences finds the same.
 */
ex_dated
ex_document_date(const ex_doc *doc, const ex_sentence *s, bool emit, int32_t *day)
{
	bool		found = false;
	size_t		end = s->list_end;
	ex_date		d;
	const char *name;
	size_t		date_end;

	/* a date of a day is in digits, or on the line under a label alone */
	if (!s->has_digit && (s->span.end - s->span.start > EX_LABEL_LINE_BYTES ||
						  !ends_line(doc, s->span.end)))
		return EX_DATED_NONE;
	if (s->span.start < doc->top_end && ex_starts_line(doc, s->span.start) &&
		top_date(doc, ex_blanks_before(doc, s->span.start), &d, &name, &date_end))
	{
		note_day(&d, &found, day);
		if (emit && doc->found_day == SC_NO_DAY)
			emit_document_date((ex_doc *) doc, s, "document_date.top_line", name, &d,
							   (sc_span) {s->span.start, date_end});
		return EX_DATED_TOP;
	}
	/* a place and a date alone: the page's date where no label states one */
	if (s->has_digit && ex_starts_line(doc, s->span.start) &&
		signature_date(doc, ex_blanks_before(doc, s->span.start), &d, &date_end))
	{
		note_day(&d, &found, day);
		if (emit && doc->found_day == SC_NO_DAY &&
			sc_days_from_civil(d.year, d.month, d.day) == doc->found_top_day)
			emit_document_date((ex_doc *) doc, s, "document_date.signature", "published", &d,
							   (sc_span) {s->span.start, date_end});
		return EX_DATED_TOP;
	}
	pthread_once(&date_label_gate_once, add_date_label_gate);
	for (size_t pos = ex_word_from_gate(doc, s->span.start, s->span.end, &date_label_gate);
		 pos < s->span.end;
		 pos = ex_word_from_gate(doc, pos + 1, s->span.end, &date_label_gate))
	{
		for (int i = 0; date_labels[i].word; i++)
		{
			size_t		n = ex_word_is(doc, pos, end, date_labels[i].word),
						p,
						date_len;
			bool		next_line;

			if (n == 0 || !label_is_pages(doc, &date_labels[i], pos, pos + n))
				continue;
			p = date_after_label(doc, pos + n, end, &next_line);
			if (next_line)
			{
				size_t		e = short_line_end(doc, p, EX_TOP_LINE_BYTES);

				if (e == EX_NONE || !bare_date_line(doc, p, e, &d))
					continue;
				date_len = e - p;
			}
			else if ((date_len = ex_date_at(doc, p, end, &d)) == 0 || d.precision != EX_DAY)
				continue;
			note_day(&d, &found, day);
			if (emit)
				emit_document_date((ex_doc *) doc, s, "document_date.label",
								   date_labels[i].name, &d,
								   (sc_span) {pos, p + date_len});
		}
	}
	return found ? EX_DATED_LABEL : EX_DATED_NONE;
}

/* ------------------------------------------------------------------------
 * Areas
 * ------------------------------------------------------------------------
 */

/* An area's phrase at pos: one to three lower-case words, or an acronym. */
static size_t
area_at(const ex_doc *doc, size_t pos, size_t end, sc_span *area)
{
	size_t		p = pos;
	int			words = 0;

	if (ex_word_is(doc, p, end, "en") || ex_word_is(doc, p, end, "ett"))
		p = ex_next_word(doc, p, end);
	area->start = p;
	while (p < end && words <= EX_AREA_WORDS && ex_word_start(doc, p) &&
		   sc_is_word_char(doc->text, end, p) && !ex_word_in(doc, p, end, area_stops) &&
		   (sc_is_lower(doc->text, end, p) ||
			(words == 0 && ex_word_end(doc, p, end) - p <= 4 && sc_is_upper(doc->text, end, p + 1))))
	{
		area->end = ex_word_end(doc, p, end);
		words++;
		if (area->end >= end || doc->text[area->end] != ' ')
			break;
		p = area->end + 1;
	}
	if (words == 0 || words > EX_AREA_WORDS)
		return 0;
	return area->end - pos;
}

/* A list of at least three areas at pos; emits them. */
static bool
area_list(ex_doc *doc, const ex_sentence *s, size_t pos, int org)
{
	sc_span		areas[16];
	int			n = 0;
	size_t		p = pos,
				len,
				end = s->span.end;

	while (n < 16 && (len = area_at(doc, p, end, &areas[n])) > 0)
	{
		size_t		k;

		p = ex_skip_space(doc, areas[n].end, end);
		n++;
		if (p < end && doc->text[p] == ',')
			p = ex_skip_space(doc, p + 1, end);
		else if ((k = ex_word_is(doc, p, end, "och")) || (k = ex_word_is(doc, p, end, "samt")))
			p = ex_skip_space(doc, p + k, end);
		else
			break;
	}
	if (n < EX_MIN_AREAS)
		return false;
	for (int i = 0; i < n; i++)
	{
		sc_fact		f;
		char		name[EX_NAME_MAX];

		ex_init_fact(&f, SC_FACT_AREA, s, "area.list");
		f.basis = doc->subject_basis;
		ex_copy(doc, areas[i], name, sizeof(name));
		f.organisation = doc->orgs[org].name;
		f.name = name;
		ex_emit_at(doc, &f, areas[i].start);
	}
	return true;
}

/*
 * Whether the word before pos says cooperation ("samverkan", "samarbetar"):
 * a list after its "med" is of partners, not of areas.
 */
static bool
partners_before(const ex_doc *doc, size_t start, size_t pos)
{
	static const char *const cooperating[] = {"samverk", "samarb", NULL};
	size_t		word = ex_word_before(doc, start, pos);

	return word != EX_NONE && ex_contains_any(doc, word, ex_word_end(doc, word, pos), cooperating);
}

/*
 * "samarbetar vi främst inom områdena infrastruktur, näringsliv, ...",
 * "Samarbetet omfattar bland annat ...", "... ansvarar för räddningstjänst,
 * miljötillsyn och IT".
 */
void
ex_find_areas(ex_doc *doc, const ex_sentence *s)
{
	static const char *const cooperation[] = {
		"samarb", "samverk", "arbete", "arbetar", "fokus", "ansvarar", NULL
	};
	int			org;
	size_t		n;

	if (s->heading || doc->norgs == 0)
		return;					/* areas are an organisation's */
	if (!ex_contains_any(doc, s->span.start, s->span.end, cooperation))
		return;
	org = ex_org_before(doc, s->span.start, s->span.end);
	doc->subject_basis = org >= 0 ? SC_BASIS_STATED : doc->context_basis;
	if (org < 0)
		org = doc->context;
	if (org < 0)
		return;
	for (size_t pos = ex_find_in(doc, s->span.start, s->span.end, area_cues, &n);
		 pos != EX_NONE; pos = ex_find_in(doc, pos + 1, s->span.end, area_cues, &n))
	{
		size_t		p;

		/* "i samverkan med kommuner, ...": with whom, not in what */
		if (ex_word_is(doc, pos, s->span.end, "med") && partners_before(doc, s->span.start, pos))
			continue;
		p = ex_skip_space(doc, pos + n, s->span.end);
		for (int k = 0; k < 2; k++)
			if (ex_word_is(doc, p, s->span.end, "områdena") || ex_word_is(doc, p, s->span.end, "främst") ||
				(k == 0 && ex_word_is(doc, pos, s->span.end, "ansvarar") &&
				 ex_word_is(doc, p, s->span.end, "för")) ||
				ex_word_is(doc, p, s->span.end, "bland") || ex_word_is(doc, p, s->span.end, "annat"))
				p = ex_next_word(doc, p, s->span.end);
		if (area_list(doc, s, p, org))
			return;
	}
}
