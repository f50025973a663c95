/*
 * test_textdoc.c
 *		Unit tests of core/textdoc.c: titles, the heading rule, and the byte
 *		offsets of sections.
 */
#include "textdoc.h"
#include "unit.h"

#include <stdio.h>
#include <string.h>

/* Copies the text of a span into a static buffer for comparison. */
static const char *
span_text(const char *text, sc_span span)
{
	static char buf[512];

	snprintf(buf, sizeof(buf), "%.*s", (int) (span.end - span.start), text + span.start);
	return buf;
}

static bool
heading_is(const char *text, const sc_textdoc *doc, size_t i, const char *expected)
{
	if (i >= doc->nsections)
		return false;
	if (expected == NULL)
		return !doc->sections[i].has_heading;
	return doc->sections[i].has_heading &&
		strcmp(span_text(text, doc->sections[i].heading), expected) == 0;
}

static void
test_title_and_intro(void)
{
	const char *text = "Om oss\n\nFolksamling.jpg\n\nIntro text.\n\nBakgrund\n\nA long history.\n";
	sc_textdoc	doc;

	unit_check(sc_textdoc_split(text, strlen(text), &doc) == SC_TEXTDOC_OK, "splits");
	unit_check(strcmp(span_text(text, doc.title), "Om oss") == 0, "title is the first line");
	unit_check(doc.nsections == 2, "an intro and one headed section (%zu)", doc.nsections);
	unit_check(heading_is(text, &doc, 0, NULL), "the intro has no heading");
	unit_check(strcmp(span_text(text, doc.sections[0].body), "Folksamling.jpg\n\nIntro text.") == 0,
			   "an image caption is not a heading");
	unit_check(heading_is(text, &doc, 1, "Bakgrund"), "a short line before a paragraph is a heading");
	unit_check(strcmp(span_text(text, doc.sections[1].body), "A long history.") == 0,
			   "the body ends at the last non-blank byte");
	sc_textdoc_free(&doc);
}

static void
test_heading_rule(void)
{
	const char *text =
		"T\n\nLinks\n\nSlutrapport\n\nLedningsplan\n\nSÖSK\n\nSamverkan sker.\n\n"
		"Vi samarbetar för att:\n\n  \xE2\x80\xA2 Gynnar regionen\n  \xE2\x80\xA2 Skalfördelar\n\n"
		"\xC2\xA0\n\nPubliceras\n";
	sc_textdoc	doc;

	sc_textdoc_split(text, strlen(text), &doc);
	unit_check(doc.nsections == 2, "a run of heading-like lines is one body (%zu sections)", doc.nsections);
	unit_check(heading_is(text, &doc, 0, NULL), "the run of links has no heading");
	unit_check(heading_is(text, &doc, 1, "SÖSK"), "the last short line before a paragraph is the heading");
	unit_check(strstr(span_text(text, doc.sections[1].body), "Skalfördelar") != NULL,
			   "a line ending in a colon and bullet items stay in the body");
	unit_check(strcmp(span_text(text, doc.sections[1].body) + strlen(span_text(text, doc.sections[1].body)) - 10,
					  "Publiceras") == 0,
			   "a last line with no paragraph after it is not a heading");
	sc_textdoc_free(&doc);
}

static void
test_edges(void)
{
	sc_textdoc	doc;
	const char *crlf = "Titel\r\n\r\nRubrik\r\n\r\nText.\r\n";

	unit_check(sc_textdoc_split("\n \n\t\n", 5, &doc) == SC_TEXTDOC_NO_TITLE, "a text of blank lines has no title");
	unit_check(sc_textdoc_split("\n  \nTitle\n\nBody", 15, &doc) == SC_TEXTDOC_OK &&
			   doc.title.start == 4 && doc.title.end == 9 && doc.nsections == 1,
			   "blank lines before the title are passed over");
	sc_textdoc_free(&doc);
	unit_check(sc_textdoc_split("", 0, &doc) == SC_TEXTDOC_NO_TITLE, "an empty text has no title");
	unit_check(sc_textdoc_split("Only a title", 12, &doc) == SC_TEXTDOC_OK && doc.nsections == 0,
			   "a title alone gives no sections");
	sc_textdoc_free(&doc);
	unit_check(sc_textdoc_split(crlf, strlen(crlf), &doc) == SC_TEXTDOC_OK &&
			   strcmp(span_text(crlf, doc.title), "Titel") == 0 &&
			   heading_is(crlf, &doc, 0, "Rubrik") &&
			   strcmp(span_text(crlf, doc.sections[0].body), "Text.") == 0,
			   "CRLF line ends are white space");
	sc_textdoc_free(&doc);
}

/*
 * A first line too long for a title (text stored on one line): its first
 * sentence is the title, else its words up to the limit, else its whole
 * characters up to it; the rest of the line is the first paragraph.
 */
static void
test_long_first_line(void)
{
	char		text[4096];
	sc_textdoc	doc;
	size_t		len;

	len = (size_t) snprintf(text, sizeof(text), "Avtal om vänorter. ");
	while (len < 1500)
		len += (size_t) snprintf(text + len, sizeof(text) - len, "ord ");
	unit_check(sc_textdoc_split(text, len, &doc) == SC_TEXTDOC_OK, "a long first line splits");
	unit_check(strcmp(span_text(text, doc.title), "Avtal om vänorter.") == 0,
			   "its first sentence is the title (%s)", span_text(text, doc.title));
	unit_check(doc.nsections == 1 && doc.sections[0].body.start == doc.title.end + 1 &&
			   doc.sections[0].body.end == len - 1,
			   "the rest of the line is the first paragraph");
	sc_textdoc_free(&doc);

	len = 0;
	while (len < 1500)
		len += (size_t) snprintf(text + len, sizeof(text) - len, "ord ");
	sc_textdoc_split(text, len, &doc);
	unit_check(doc.title.start == 0 && doc.title.end <= SC_TITLE_MAX_BYTES &&
			   doc.title.end > SC_TITLE_MAX_BYTES - 4 && text[doc.title.end] == ' ',
			   "with no sentence's end, the words up to the limit (%zu)", doc.title.end);
	sc_textdoc_free(&doc);

	/* "å" is two bytes: no character is cut in two */
	for (len = 0; len < 1501; len += 2)
		memcpy(text + len, "\xC3\xA5", 2);
	sc_textdoc_split(text, len, &doc);
	unit_check(doc.title.end == SC_TITLE_MAX_BYTES && doc.nsections == 1 &&
			   doc.sections[0].body.start == SC_TITLE_MAX_BYTES,
			   "with no space, whole characters up to the limit (%zu)", doc.title.end);
	sc_textdoc_free(&doc);
}

int
main(void)
{
	test_title_and_intro();
	test_heading_rule();
	test_edges();
	test_long_first_line();
	return unit_exit_status();
}
