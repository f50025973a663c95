/*
 * textdoc.c
 *		Title and section splitting of plain-text extracts.
 *
 * The text is first cut into paragraphs (runs of non-blank lines); each
 * paragraph is classed as heading-like or not; then a heading-like
 * paragraph followed by an ordinary one opens a section, and everything
 * else joins the body of the section it falls in.
 */
#include "textdoc.h"

#include <stdlib.h>
#include <string.h>

typedef struct paragraph
{
	sc_span		span;			/* trimmed */
	bool		heading_like;
} paragraph;

typedef struct paragraph_list
{
	paragraph  *items;
	size_t		count;
	size_t		capacity;
} paragraph_list;

static size_t line_end(const char *text, size_t len, size_t pos);
static bool is_blank(const char *text, sc_span line);
static bool starts_with_bullet(const char *text, sc_span line);
static bool looks_like_file_name(const char *text, sc_span line);
static bool is_heading_like(const char *text, sc_span para, bool one_line);
static bool push_paragraph(paragraph_list *list, sc_span span);
static bool collect_paragraphs(const char *text, size_t len, size_t pos,
							   paragraph_list *list);
static size_t build_sections(const paragraph *paras, size_t n, sc_section *out);

size_t
sc_space_length(const char *text, size_t len, size_t pos)
{
	unsigned char c = (unsigned char) text[pos];

	if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
		return 1;
	if (c == 0xC2 && pos + 1 < len && (unsigned char) text[pos + 1] == 0xA0)
		return 2;
	return 0;
}

sc_span
sc_span_trim(const char *text, sc_span span)
{
	size_t		n;

	while (span.start < span.end &&
		   (n = sc_space_length(text, span.end, span.start)) > 0)
		span.start += n;
	while (span.end > span.start)
	{
		if (sc_space_length(text, span.end, span.end - 1) == 1)
			span.end--;
		else if (span.end - span.start >= 2 &&
				 sc_space_length(text, span.end, span.end - 2) == 2)
			span.end -= 2;
		else
			break;
	}
	return span;
}

static size_t
line_end(const char *text, size_t len, size_t pos)
{
	const char *nl = memchr(text + pos, '\n', len - pos);

	return nl ? (size_t) (nl - text) : len;
}

static bool
is_blank(const char *text, sc_span line)
{
	sc_span		trimmed = sc_span_trim(text, line);

	return trimmed.start == trimmed.end;
}

static bool
starts_with_bullet(const char *text, sc_span line)
{
	static const char *const bullets[] = {"\xE2\x80\xA2", "-", "*", "\xE2\x80\x93"};
	size_t		n = line.end - line.start;

	for (size_t i = 0; i < sizeof(bullets) / sizeof(bullets[0]); i++)
	{
		size_t		blen = strlen(bullets[i]);

		if (n > blen && memcmp(text + line.start, bullets[i], blen) == 0 &&
			sc_space_length(text, line.end, line.start + blen) > 0)
			return true;
	}
	return false;
}

/* "Folksamling barn och äldre.jpg": a caption of an image, not a heading. */
static bool
looks_like_file_name(const char *text, sc_span line)
{
	size_t		i = line.end;

	while (i > line.start && i > line.end - 5 &&
		   ((text[i - 1] >= 'a' && text[i - 1] <= 'z') ||
			(text[i - 1] >= 'A' && text[i - 1] <= 'Z')))
		i--;
	return i < line.end && line.end - i >= 2 && i > line.start && text[i - 1] == '.';
}

static bool
is_heading_like(const char *text, sc_span para, bool one_line)
{
	char		last;

	if (!one_line || para.end - para.start > SC_HEADING_MAX_BYTES ||
		starts_with_bullet(text, para) || looks_like_file_name(text, para))
		return false;
	last = text[para.end - 1];
	return strchr(".:;,!?", last) == NULL;
}

static bool
push_paragraph(paragraph_list *list, sc_span span)
{
	if (list->count == list->capacity)
	{
		size_t		capacity = list->capacity ? 2 * list->capacity : 32;
		paragraph  *items = realloc(list->items, capacity * sizeof(paragraph));

		if (items == NULL)
			return false;
		list->items = items;
		list->capacity = capacity;
	}
	list->items[list->count].span = span;
	list->items[list->count++].heading_like = false;
	return true;
}

/*
 * Appends the paragraphs from pos to the end of the text to list, each
 * classed once its last line is known.  Returns false when out of memory.
 */
static bool
collect_paragraphs(const char *text, size_t len, size_t pos, paragraph_list *list)
{
	paragraph  *open = NULL;
	size_t		lines = 0;

	while (pos <= len)
	{
		sc_span		line = {pos, line_end(text, len, pos)};
		bool		blank = is_blank(text, line);

		pos = line.end + 1;
		if (!blank && open == NULL)
		{
			if (!push_paragraph(list, sc_span_trim(text, line)))
				return false;
			open = &list->items[list->count - 1];
			lines = 0;
		}
		if (!blank)
		{
			open->span.end = sc_span_trim(text, line).end;
			lines++;
		}
		if ((blank || pos > len) && open != NULL)
		{
			open->heading_like = is_heading_like(text, open->span, lines == 1);
			open = NULL;
		}
	}
	return true;
}

static size_t
build_sections(const paragraph *paras, size_t n, sc_section *out)
{
	size_t		nsections = 0;

	for (size_t i = 0; i < n; i++)
	{
		if (paras[i].heading_like && i + 1 < n && !paras[i + 1].heading_like)
		{
			out[nsections].has_heading = true;
			out[nsections].heading = paras[i].span;
			out[nsections++].body = paras[++i].span;
		}
		else if (nsections == 0)
		{
			out[0].has_heading = false;
			out[nsections++].body = paras[i].span;
		}
		else
			out[nsections - 1].body.end = paras[i].span.end;
	}
	return nsections;
}

/*
 * Where the title of a first line too long for one ends: after its first
 * sentence within SC_TITLE_MAX_BYTES, else at its last space there, else
 * at the last whole character there.  Crawled text of a PDF or an OCR run,
 * or a page stored as one line, has no title line: its first words stand
 * for one, and the rest of the line is the first paragraph.
 */
static size_t
long_line_title_end(const char *text, sc_span line)
{
	size_t		limit = line.start + SC_TITLE_MAX_BYTES,
				last_space = line.start;

	for (size_t p = line.start; p < limit; p++)
	{
		if ((text[p] == '.' || text[p] == '!' || text[p] == '?') && p > line.start &&
			text[p + 1] == ' ')
			return p + 1;
		if (text[p] == ' ')
			last_space = p;
	}
	if (last_space > line.start)
		return last_space;
	while (limit > line.start && ((unsigned char) text[limit] & 0xC0) == 0x80)
		limit--;
	return limit;
}

sc_textdoc_status
sc_textdoc_split(const char *text, size_t len, sc_textdoc *doc)
{
	sc_span		first = {0, line_end(text, len, 0)};
	size_t		body_start;
	paragraph_list paras = {NULL, 0, 0};
	sc_textdoc_status status = SC_TEXTDOC_OK;

	memset(doc, 0, sizeof(*doc));
	/* Crawled text often begins with blank lines: the title is the first line that is not. */
	while (is_blank(text, first) && first.end < len)
	{
		first.start = first.end + 1;
		first.end = line_end(text, len, first.start);
	}
	doc->title = sc_span_trim(text, first);
	if (doc->title.start == doc->title.end)
		return SC_TEXTDOC_NO_TITLE;
	body_start = first.end + 1;
	if (doc->title.end - doc->title.start > SC_TITLE_MAX_BYTES)
	{
		body_start = long_line_title_end(text, doc->title);
		doc->title = sc_span_trim(text, (sc_span) {doc->title.start, body_start});
	}

	if (body_start < len && !collect_paragraphs(text, len, body_start, &paras))
		status = SC_TEXTDOC_NO_MEMORY;
	else if (paras.count > 0 &&
			 (doc->sections = malloc(paras.count * sizeof(sc_section))) == NULL)
		status = SC_TEXTDOC_NO_MEMORY;
	else
		doc->nsections = build_sections(paras.items, paras.count, doc->sections);
	free(paras.items);
	return status;
}

void
sc_textdoc_free(sc_textdoc *doc)
{
	free(doc->sections);
	doc->sections = NULL;
	doc->nsections = 0;
}
