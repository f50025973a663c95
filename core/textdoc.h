/*
 * textdoc.h
 *		Splitting a plain-text extract of a web page into its title and
 *		sections.
 *
 * The format is that of the bundled documents: the title on the first
 * line (of a first line too long for a title, its first sentence),
 * paragraphs separated by blank lines, list items on lines of their
 * own that start with a bullet.  A heading is a paragraph of one short line
 * without final punctuation that is followed by a paragraph which is not
 * itself heading-like (a run of such lines is a list of links, not a
 * heading).  All positions are byte offsets into the text given, so that
 * the loader can store them as evidence offsets.
 */
#ifndef SC_TEXTDOC_H
#define SC_TEXTDOC_H

#include <stdbool.h>
#include <stddef.h>

/* A byte range [start, end) of the text. */
typedef struct sc_span
{
	size_t		start;
	size_t		end;
} sc_span;

typedef struct sc_section
{
	bool		has_heading;
	sc_span		heading;		/* valid if has_heading */
	sc_span		body;			/* first to last byte of its paragraphs */
} sc_section;

typedef struct sc_textdoc
{
	sc_span		title;
	sc_section *sections;		/* malloc'd; sc_textdoc_free releases it */
	size_t		nsections;
} sc_textdoc;

typedef enum sc_textdoc_status
{
	SC_TEXTDOC_OK,
	SC_TEXTDOC_NO_TITLE,		/* every line is blank */
	SC_TEXTDOC_NO_MEMORY
} sc_textdoc_status;

/* Longest line, in bytes, that can be a heading. */
#define SC_HEADING_MAX_BYTES 100

/*
 * Longest title, in bytes: of a longer first line, text stored on one line
 * (a PDF's or an OCR run's), the first sentence or words up to this many
 * are the title and the rest is the first paragraph.
 */
#define SC_TITLE_MAX_BYTES 1000

extern sc_textdoc_status sc_textdoc_split(const char *text, size_t len, sc_textdoc *doc);
extern void sc_textdoc_free(sc_textdoc *doc);

/* Bytes of white space (ASCII or U+00A0) at text[pos], or 0. */
extern size_t sc_space_length(const char *text, size_t len, size_t pos);

/* The span with the white space at both of its ends removed. */
extern sc_span sc_span_trim(const char *text, sc_span span);

#endif							/* SC_TEXTDOC_H */
