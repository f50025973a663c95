/*
 * html.c
 *		Turning an HTML page into the text the database stores: the page's
 *		title, then its main content as paragraphs, headings and list items,
 *		in the same layout as the plain-text extracts.
 *
 * The page is read as a stream through libxml2's HTML parser with SAX
 * callbacks, so no document tree is built: memory follows the text kept,
 * not the size of the page.  Page furniture is dropped: scripts, styles,
 * navigation, header, footer, forms, and elements whose class, id or role
 * names a cookie banner, a menu or the like.  Once a <main> (or
 * role="main") element is seen, only its content counts.  Headings h2-h6
 * (and any h1 after the first, which is the page's title) open sections.
 * The page reaches libxml2 decoded into UTF-8 (charset.c finds its
 * charset as a browser does), and every string libxml2 hands back is
 * checked to be valid UTF-8 before it joins the text.
 */
#include "loader.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "utf8.h"

#define TITLE_MAX 1024
#define PAGE_CHUNK 16384

/* What an element's name makes of it. */
typedef enum element_kind
{
	ELEMENT_OTHER,
	ELEMENT_TITLE,
	ELEMENT_FURNITURE,			/* dropped with all it holds */
	ELEMENT_BLOCK,				/* text before and after it are paragraphs apart */
	ELEMENT_LIST_ITEM,
	ELEMENT_BREAK
} element_kind;

typedef struct element_name
{
	const char *name;
	element_kind kind;
} element_name;

/* The elements the text is built by, sorted for bsearch. */
static const element_name element_names[] = {
	{"address", ELEMENT_BLOCK}, {"article", ELEMENT_BLOCK}, {"aside", ELEMENT_FURNITURE},
	{"blockquote", ELEMENT_BLOCK}, {"body", ELEMENT_BLOCK}, {"br", ELEMENT_BREAK},
	{"button", ELEMENT_FURNITURE}, {"dd", ELEMENT_BLOCK}, {"div", ELEMENT_BLOCK},
	{"dl", ELEMENT_BLOCK}, {"dt", ELEMENT_BLOCK}, {"figcaption", ELEMENT_BLOCK},
	{"figure", ELEMENT_BLOCK}, {"footer", ELEMENT_FURNITURE}, {"form", ELEMENT_FURNITURE},
	{"header", ELEMENT_FURNITURE}, {"hr", ELEMENT_BLOCK}, {"iframe", ELEMENT_FURNITURE},
	{"li", ELEMENT_LIST_ITEM}, {"main", ELEMENT_BLOCK}, {"nav", ELEMENT_FURNITURE},
	{"noscript", ELEMENT_FURNITURE}, {"object", ELEMENT_FURNITURE}, {"ol", ELEMENT_BLOCK},
	{"p", ELEMENT_BLOCK}, {"pre", ELEMENT_BLOCK}, {"script", ELEMENT_FURNITURE},
	{"section", ELEMENT_BLOCK}, {"select", ELEMENT_FURNITURE}, {"style", ELEMENT_FURNITURE},
	{"svg", ELEMENT_FURNITURE}, {"table", ELEMENT_BLOCK}, {"template", ELEMENT_FURNITURE},
	{"title", ELEMENT_TITLE}, {"tr", ELEMENT_BLOCK}, {"ul", ELEMENT_BLOCK}
};

typedef struct text_buffer
{
	char	   *data;
	size_t		len;
	size_t		capacity;
} text_buffer;

typedef struct html_builder
{
	text_buffer body;			/* the text after the title */
	sc_section *sections;
	size_t		nsections;
	size_t		section_capacity;
	int			pending_break;	/* newlines owed before the next text */
	bool		pending_space;
	bool		in_heading;
	bool		in_list_item;
	int			depth;			/* element nesting */
	int			skip_depth;		/* > 0: inside furniture opened at this depth */
	bool		main_seen;
	int			main_depth;		/* depth of the open <main>, or 0 */
	bool		after_main;
	int			title_target;	/* 0 none, 1 <title>, 2 first <h1> */
	bool		h1_taken;
	char		title_tag[TITLE_MAX];
	char		h1[TITLE_MAX];
	text_buffer repaired;		/* character data made valid UTF-8 */
	bool		out_of_memory;
} html_builder;

/* A page being read: its file, decoded to UTF-8 for libxml2. */
typedef struct page_stream
{
	FILE	   *file;
	page_decoder *decoder;
	char		head[1024];		/* the first bytes, read to find the charset */
	size_t		head_len;
	size_t		head_pos;		/* of the head, given to the decoder */
	char	   *chunk;			/* PAGE_CHUNK bytes: the chunk read last, which out
								 * may point into */
	const char *out;			/* decoded, not yet given to libxml2 */
	size_t		out_len;
	size_t		out_pos;
	bool		done;			/* the file's end was decoded */
	bool		out_of_memory;
} page_stream;

static bool reserve(text_buffer *buf, size_t extra);
static int	compare_element_name(const void *key, const void *item);
static element_kind kind_of_element(const char *name);
static bool names_furniture(const char *value);
static bool has_furniture_attribute(const xmlChar **attrs);
static bool is_main(const char *name, const xmlChar **attrs);
static int	heading_level(const char *name);
static sc_section *current_section(html_builder *b);
static bool open_section(html_builder *b, bool has_heading);
static void append_title(char *title, const char *text, size_t len);
static inline size_t space_at(const char *text, size_t len, size_t pos);
static inline size_t plain_run_end(const char *text, size_t len, size_t pos);
static bool begin_text(html_builder *b, size_t n);
static void emit_text(html_builder *b, const char *text, size_t len);
static void on_start(void *ctx, const xmlChar *name, const xmlChar **attrs);
static void on_end(void *ctx, const xmlChar *name);
static const char *valid_utf8(html_builder *b, const char *text, size_t *len);
static void on_characters(void *ctx, const xmlChar *text, int len);
static void on_error(void *ctx, const char *msg,...);
static bool finish_text(html_builder *b, source_document *doc);
static bool page_is_utf8(const document_entry *entry);
static int	read_stream(void *context, char *buffer, int len);
static bool open_page(const document_entry *entry, page_stream *ps);
static void close_page(page_stream *ps);

static bool
reserve(text_buffer *buf, size_t extra)
{
	size_t		capacity = buf->capacity ? buf->capacity : 4096;
	char	   *data;

	if (buf->len + extra <= buf->capacity)
		return true;
	while (capacity < buf->len + extra)
		capacity *= 2;
	if ((data = realloc(buf->data, capacity)) == NULL)
		return false;
	buf->data = data;
	buf->capacity = capacity;
	return true;
}

static int
compare_element_name(const void *key, const void *item)
{
	return strcmp(key, ((const element_name *) item)->name);
}

/*
 * What the element's name makes of it, looked up once for each start and
 * end tag: the lists of furniture and of blocks tried in turn took 35
 * string comparisons for most elements.
 */
static element_kind
kind_of_element(const char *name)
{
	const element_name *found = bsearch(name, element_names,
										sizeof(element_names) / sizeof(element_names[0]),
										sizeof(element_names[0]), compare_element_name);

	return found ? found->kind : ELEMENT_OTHER;
}

/*
 * Whether a class, id, role or label names page furniture: holds one of
 * the markers in any case.  The value is lower-cased once for all of them.
 */
static bool
names_furniture(const char *value)
{
	static const char *const markers[] = {
		"cookie", "consent", "gdpr", "banner", "breadcrumb", "menu", "navigation",
		"skip", "share", "social", "footer", "sidebar", "search", "feedback"
	};
	/* "header" is not among them: an article's header holds its heading */
	char		lower[256];
	size_t		n = strlen(value);

	if (n >= sizeof(lower))
		n = sizeof(lower) - 1;
	for (size_t i = 0; i < n; i++)
		lower[i] = (value[i] >= 'A' && value[i] <= 'Z') ? (char) (value[i] + 32) : value[i];
	lower[n] = '\0';
	for (size_t k = 0; k < sizeof(markers) / sizeof(markers[0]); k++)
		if (strstr(lower, markers[k]) != NULL)
			return true;
	return false;
}

/* Whether an element's attributes hide it or say it is page furniture. */
static bool
has_furniture_attribute(const xmlChar **attrs)
{
	for (size_t i = 0; attrs && attrs[i]; i += 2)
	{
		const char *attr = (const char *) attrs[i];
		const char *value = (const char *) attrs[i + 1];

		if (strcmp(attr, "hidden") == 0 ||
			(strcmp(attr, "aria-hidden") == 0 && value && strcmp(value, "true") == 0))
			return true;
		if (value == NULL || (strcmp(attr, "class") != 0 && strcmp(attr, "id") != 0 &&
							  strcmp(attr, "role") != 0 && strcmp(attr, "aria-label") != 0))
			continue;
		if (names_furniture(value))
			return true;
	}
	return false;
}

static bool
is_main(const char *name, const xmlChar **attrs)
{
	if (strcmp(name, "main") == 0)
		return true;
	for (size_t i = 0; attrs && attrs[i]; i += 2)
		if (strcmp((const char *) attrs[i], "role") == 0 && attrs[i + 1] &&
			strcmp((const char *) attrs[i + 1], "main") == 0)
			return true;
	return false;
}

static int
heading_level(const char *name)
{
	if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
		return name[1] - '0';
	return 0;
}

static sc_section *
current_section(html_builder *b)
{
	return b->nsections ? &b->sections[b->nsections - 1] : NULL;
}

static bool
open_section(html_builder *b, bool has_heading)
{
	sc_section *s;

	if (b->nsections == b->section_capacity)
	{
		size_t		capacity = b->section_capacity ? 2 * b->section_capacity : 16;
		sc_section *grown = realloc(b->sections, capacity * sizeof(sc_section));

		if (grown == NULL)
			return false;
		b->sections = grown;
		b->section_capacity = capacity;
	}
	s = &b->sections[b->nsections++];
	memset(s, 0, sizeof(*s));
	s->has_heading = has_heading;
	s->heading.start = s->heading.end = SIZE_MAX;
	s->body.start = s->body.end = SIZE_MAX;
	return true;
}

/*
 * Appends text to a title, one space for each run of white space.  A title
 * too long for the buffer is cut before the character that does not fit.
 */
static void
append_title(char *title, const char *text, size_t len)
{
	size_t		used = strlen(title);

	for (size_t i = 0; i < len; i++)
	{
		bool		space = text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r';

		if (space && (used == 0 || title[used - 1] == ' '))
			continue;
		if (used + 1 >= TITLE_MAX)
		{
			/* drop a UTF-8 sequence the cut would leave incomplete */
			if (((unsigned char) text[i] & 0xC0) == 0x80)
			{
				while (used > 0 && ((unsigned char) title[used - 1] & 0xC0) == 0x80)
					used--;
				if (used > 0)
					used--;
			}
			break;
		}
		title[used++] = space ? ' ' : text[i];
	}
	title[used] = '\0';
}

/*
 * Bytes of white space at pos, as the body collapses it: what
 * sc_space_length counts, and newlines.  Nearly every byte is neither a
 * control character, a space nor the lead byte of a no-break space, which
 * the first test tells without a call.
 */
static inline size_t
space_at(const char *text, size_t len, size_t pos)
{
	unsigned char c = (unsigned char) text[pos];

	if (c > ' ' && c != 0xC2)
		return 0;
	return c == '\n' ? 1 : sc_space_length(text, len, pos);
}

/*
 * The end of the run of bytes from pos that the body takes as they are:
 * bytes that cannot begin white space (a control character, a space, or
 * 0xC2, the lead byte of a no-break space), and single spaces between
 * them, which collapse to themselves.  Such runs are most of the text, and
 * they are tested eight bytes at a time, byte by byte only in a word that
 * may hold anything else.  Going byte by byte and stopping at every space,
 * with a copy for each word, on_characters ran 176 million instructions on
 * 200 of the benchmark's pages, 93 million so.
 */
static inline size_t
plain_run_end(const char *text, size_t len, size_t pos)
{
	const uint64_t ones = 0x0101010101010101u,
				high = 0x8080808080808080u;

	while (pos < len)
	{
		unsigned char c = (unsigned char) text[pos];
		unsigned char next;

		if (pos + 8 <= len)
		{
			uint64_t	w,
						c2,
						spaces;

			memcpy(&w, text + pos, 8);
			c2 = w ^ (0xC2 * ones);
			spaces = w ^ (0x20 * ones);
			/*
			 * (x - n * ones) & ~x & high is not 0 if and only if some byte of x
			 * is below n, and flags every such byte (and maybe the byte above);
			 * a space flagged in the last byte, or beside another, stops the
			 * word.
			 */
			spaces = (spaces - ones) & ~spaces & high;
			if (((((w - 0x20 * ones) & ~w) | ((c2 - ones) & ~c2)) & high) == 0 &&
				(spaces & (spaces >> 8)) == 0 && (spaces >> 63) == 0)
			{
				pos += 8;
				continue;
			}
		}
		next = pos + 1 < len ? (unsigned char) text[pos + 1] : 0;
		if (c == 0xC2 || c < ' ' || (c == ' ' && (next <= ' ' || next == 0xC2)))
			break;
		pos++;
	}
	return pos;
}

/*
 * Makes room for n more bytes of text and pays what is owed before them:
 * the breaks of block boundaries (with a bullet for a list item), or one
 * space for white space between words.  Notes where the current heading or
 * body starts.  Returns false when out of memory.
 */
static bool
begin_text(html_builder *b, size_t n)
{
	sc_section *s;

	if (!reserve(&b->body, n + 8) || (current_section(b) == NULL && !open_section(b, false)))
	{
		b->out_of_memory = true;
		return false;
	}
	if (b->body.len > 0 && b->pending_break > 0)
	{
		for (int k = 0; k < b->pending_break; k++)
			b->body.data[b->body.len++] = '\n';
	}
	else if (b->body.len > 0 && b->pending_space)
		b->body.data[b->body.len++] = ' ';
	if (b->pending_break > 0 && b->in_list_item)
	{
		memcpy(b->body.data + b->body.len, "\xE2\x80\xA2 ", 4);
		b->body.len += 4;
	}
	b->pending_break = 0;
	b->pending_space = false;

	s = current_section(b);
	if (b->in_heading && s->heading.start == SIZE_MAX)
		s->heading.start = b->body.len;
	else if (!b->in_heading && s->body.start == SIZE_MAX)
		s->body.start = b->body.len;
	return true;
}

/*
 * Appends character data to the body: white space runs collapse to one
 * space, and block boundaries become blank lines.  What is owed before the
 * text is paid once, and the rest is copied in one pass, since the spaces
 * between its words are all that is owed after that.  White space at the
 * end is owed to whatever text comes next.
 */
static void
emit_text(html_builder *b, const char *text, size_t len)
{
	size_t		i = 0,
				space;
	sc_section *s;

	while (i < len && (space = space_at(text, len, i)) > 0)
	{
		b->pending_space = true;
		i += space;
	}
	/* the collapsed text is never longer than what is left of it */
	if (i == len || !begin_text(b, len - i))
		return;
	while (i < len)
	{
		/* what the body takes as it is, most of the text, is copied at once */
		size_t		run = plain_run_end(text, len, i);

		memcpy(b->body.data + b->body.len, text + i, run - i);
		b->body.len += run - i;
		if ((i = run) == len)
			break;
		if ((space = space_at(text, len, i)) == 0)
		{
			b->body.data[b->body.len++] = text[i++];
			continue;
		}
		do
			i += space;
		while (i < len && (space = space_at(text, len, i)) > 0);
		if (i < len)
			b->body.data[b->body.len++] = ' ';
		else
			b->pending_space = true;
	}
	s = current_section(b);
	if (b->in_heading)
		s->heading.end = b->body.len;
	else
		s->body.end = b->body.len;
}

static void
on_start(void *ctx, const xmlChar *xname, const xmlChar **attrs)
{
	html_builder *b = ctx;
	const char *name = (const char *) xname;
	int			level = heading_level(name);
	element_kind kind;

	b->depth++;
	if (b->skip_depth > 0 || b->after_main)
		return;
	if ((kind = kind_of_element(name)) == ELEMENT_TITLE)
	{
		b->title_target = 1;
		return;
	}
	if (kind == ELEMENT_FURNITURE || has_furniture_attribute(attrs))
	{
		b->skip_depth = b->depth;
		return;
	}
	if (!b->main_seen && is_main(name, attrs))
	{
		/* whatever came before the main content was furniture */
		b->main_seen = true;
		b->main_depth = b->depth;
		b->body.len = 0;
		b->nsections = 0;
	}
	if (level == 1 && !b->h1_taken)
	{
		b->h1_taken = true;
		b->title_target = 2;
		return;
	}
	if (level > 0)
	{
		b->pending_break = 2;
		b->in_heading = true;
		if (!open_section(b, true))
			b->out_of_memory = true;
	}
	else if (kind == ELEMENT_LIST_ITEM)
	{
		b->pending_break = b->pending_break == 2 ? 2 : 1;
		b->in_list_item = true;
	}
	else if (kind == ELEMENT_BREAK)
		b->pending_break = b->pending_break ? b->pending_break : 1;
	else if (kind == ELEMENT_BLOCK)
		b->pending_break = 2;
}

static void
on_end(void *ctx, const xmlChar *xname)
{
	html_builder *b = ctx;
	const char *name = (const char *) xname;
	int			depth = b->depth--;
	element_kind kind;

	if (b->skip_depth > 0)
	{
		if (depth == b->skip_depth)
			b->skip_depth = 0;
		return;
	}
	if (b->after_main)
		return;
	kind = kind_of_element(name);
	if (b->title_target != 0 && (kind == ELEMENT_TITLE || heading_level(name) == 1))
	{
		b->title_target = 0;
		return;
	}
	if (heading_level(name) > 0 && b->in_heading)
	{
		sc_section *s = current_section(b);

		b->in_heading = false;
		b->pending_break = 2;
		if (s && s->heading.start == SIZE_MAX)
			b->nsections--;		/* a heading without text */
	}
	else if (kind == ELEMENT_LIST_ITEM)
	{
		b->in_list_item = false;
		b->pending_break = b->pending_break ? b->pending_break : 1;
	}
	else if (kind == ELEMENT_BLOCK)
		b->pending_break = 2;
	if (b->main_depth == depth)
		b->after_main = true;
}

/*
 * The character data as valid UTF-8 without NUL bytes, what the database
 * can store: as it is, or with what is ill-formed replaced by U+FFFD.  The
 * page reaches libxml2 decoded already, but a character reference, or a
 * byte libxml2 passes on when it gives up on an encoding, must not reach
 * the text either; NULL when out of memory.
 */
static const char *
valid_utf8(html_builder *b, const char *text, size_t *len)
{
	size_t		bad;

	if (sc_utf8_validate(text, *len, &bad) == SC_UTF8_OK)
		return text;
	b->repaired.len = 0;
	if (!reserve(&b->repaired, 3 * *len))
	{
		b->out_of_memory = true;
		return NULL;
	}
	*len = sc_utf8_repair(text, *len, b->repaired.data);
	return b->repaired.data;
}

static void
on_characters(void *ctx, const xmlChar *xtext, int xlen)
{
	html_builder *b = ctx;
	size_t		len = (size_t) xlen;
	const char *text;

	if (b->skip_depth > 0 || b->after_main ||
		(text = valid_utf8(b, (const char *) xtext, &len)) == NULL)
		return;
	if (b->title_target == 1)
		append_title(b->title_tag, text, len);
	else if (b->title_target == 2)
		append_title(b->h1, text, len);
	else
		emit_text(b, text, len);
}

/* Parse errors are expected in real pages; the parser recovers from them. */
static void
on_error(void *ctx, const char *msg,...)
{
}

/*
 * Puts the title in front of the body text and turns the sections into
 * offsets of the whole text.
 */
static bool
finish_text(html_builder *b, source_document *doc)
{
	const char *title = b->h1[0] ? b->h1 : b->title_tag;
	size_t		title_len = strlen(title);
	size_t		shift;

	while (title_len > 0 && title[title_len - 1] == ' ')
		title_len--;
	if (title_len == 0)
	{
		report_error("%s: the page has no title (no <h1> and no <title>)", doc->entry->path);
		return false;
	}
	shift = b->body.len ? title_len + 2 : title_len;
	if (!reserve(&b->body, shift + 1))
	{
		report_error("%s: out of memory", doc->entry->path);
		return false;
	}
	memmove(b->body.data + shift, b->body.data, b->body.len);
	memcpy(b->body.data, title, title_len);
	if (b->body.len)
		memcpy(b->body.data + title_len, "\n\n", 2);
	b->body.len += shift;
	b->body.data[b->body.len] = '\0';

	for (size_t i = 0; i < b->nsections; i++)
	{
		sc_section *s = &b->sections[i];

		if (s->body.start == SIZE_MAX)
			s->body.start = s->body.end = s->heading.end;
		if (s->has_heading)
		{
			s->heading.start += shift;
			s->heading.end += shift;
		}
		s->body.start += shift;
		s->body.end += shift;
	}
	doc->buffer = b->body.data;
	doc->text = b->body.data;
	doc->text_len = b->body.len;
	doc->parts.title.start = 0;
	doc->parts.title.end = title_len;
	doc->parts.sections = b->sections;
	doc->parts.nsections = b->nsections;
	return true;
}

/*
 * Whether every byte of the page is valid UTF-8, which decides the
 * charset of a page that declares none; read in chunks, a sequence cut by
 * a chunk's end carried over.
 */
static bool
page_is_utf8(const document_entry *entry)
{
	FILE	   *f = open_entry(entry);
	char		chunk[65536 + 4];
	size_t		carried = 0,
				n,
				bad;
	bool		valid = f != NULL;

	while (valid && (n = fread(chunk + carried, 1, sizeof(chunk) - 4, f)) > 0)
	{
		size_t		len = carried + n,
					tail = sc_utf8_incomplete_tail(chunk, len);

		valid = sc_utf8_validate(chunk, len - tail, &bad) == SC_UTF8_OK;
		memmove(chunk, chunk + len - tail, tail);
		carried = tail;
	}
	if (f != NULL)
		fclose(f);
	return valid && carried == 0;
}

/* Whether a page with NUL bytes may still be text: UTF-16 has them in every ASCII character. */
bool
page_may_hold_nul(const source_document *doc)
{
	size_t		bom;
	const char *encoding = charset_sniff(doc->head, doc->head_len, doc->entry->charset, &bom);

	return encoding != NULL && strncmp(encoding, "UTF-16", 6) == 0;
}

/*
 * The page's bytes for libxml2, decoded to UTF-8: the head read for the
 * charset first (without its byte-order mark), then the rest of the file.
 */
static int
read_stream(void *context, char *buffer, int len)
{
	page_stream *ps = context;
	size_t		given;

	while (ps->out_pos == ps->out_len && !ps->done)
	{
		size_t		n;
		const char *chunk = ps->chunk;

		if (ps->head_pos < ps->head_len)
		{
			chunk = ps->head + ps->head_pos;
			n = ps->head_len - ps->head_pos;
			ps->head_pos = ps->head_len;
		}
		else if ((n = fread(ps->chunk, 1, PAGE_CHUNK, ps->file)) == 0)
		{
			if (ferror(ps->file))
				return -1;
			ps->done = true;
		}
		ps->out_len = page_decode(ps->decoder, chunk, n, ps->done, &ps->out);
		ps->out_pos = 0;
		if (ps->out_len == SIZE_MAX)
		{
			ps->out_len = 0;
			ps->out_of_memory = true;
			return -1;
		}
	}
	given = ps->out_len - ps->out_pos < (size_t) len ? ps->out_len - ps->out_pos : (size_t) len;
	memcpy(buffer, ps->out + ps->out_pos, given);
	ps->out_pos += given;
	return (int) given;
}

/*
 * Opens the page and chooses its decoder by its first bytes, its HTTP
 * charset and, if they name none, by whether the whole page is UTF-8.
 */
static bool
open_page(const document_entry *entry, page_stream *ps)
{
	const char *encoding;
	size_t		bom;

	memset(ps, 0, sizeof(*ps));
	if ((ps->file = open_entry(entry)) == NULL)
		return false;
	ps->head_len = fread(ps->head, 1, sizeof(ps->head), ps->file);
	if (ferror(ps->file))
	{
		report_error("could not read file \"%s\": %s", entry->path, strerror(errno));
		return false;
	}
	encoding = charset_sniff(ps->head, ps->head_len, entry->charset, &bom);
	if (encoding == NULL)
		encoding = page_is_utf8(entry) ? "UTF-8" : "windows-1252";
	ps->head_pos = bom;
	return (ps->decoder = page_decoder_new(encoding, entry->path)) != NULL;
}

static void
close_page(page_stream *ps)
{
	if (ps->file)
		fclose(ps->file);
	page_decoder_free(ps->decoder);
}

/*
 * Parses the page with a pull parser reading from the stream: libxml2's
 * push parser (before 2.11) keeps every byte pushed to it when attribute
 * values abound, while the pull parser discards what it has consumed.
 * The stream is UTF-8 already, so libxml2 is told to ignore the page's
 * own declarations.
 */
bool
parse_html(source_document *doc)
{
	const char *path = doc->entry->path;
	page_stream ps;
	char		stream_buffer[64 * 1024];
	char		chunk[PAGE_CHUNK];
	html_builder b;
	htmlParserCtxtPtr ctxt;
	xmlParserInputBufferPtr input;
	xmlParserInputPtr stream;
	bool		ok;

	if (!open_page(doc->entry, &ps))
	{
		close_page(&ps);
		return false;
	}
	/* libxml2 asks for 4000 bytes at a time: one read(2) each would be many */
	setvbuf(ps.file, stream_buffer, _IOFBF, sizeof(stream_buffer));
	ps.chunk = chunk;
	memset(&b, 0, sizeof(b));
	ctxt = htmlNewParserCtxt();
	input = ctxt ? xmlParserInputBufferCreateIO(read_stream, NULL, &ps, XML_CHAR_ENCODING_UTF8) : NULL;
	stream = input ? xmlNewIOInputStream(ctxt, input, XML_CHAR_ENCODING_UTF8) : NULL;
	ok = stream != NULL && inputPush(ctxt, stream) >= 0;
	if (!ok)
	{
		if (stream)
			xmlFreeInputStream(stream);
		else if (input)
			xmlFreeParserInputBuffer(input);
		report_error("%s: could not start the HTML parser", path);
	}
	else
	{
		memset(ctxt->sax, 0, sizeof(*ctxt->sax));
		ctxt->sax->startElement = on_start;
		ctxt->sax->endElement = on_end;
		ctxt->sax->characters = on_characters;
		ctxt->sax->cdataBlock = on_characters;
		ctxt->sax->error = on_error;
		ctxt->sax->warning = on_error;
		ctxt->userData = &b;
		htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
						   HTML_PARSE_IGNORE_ENC);
		/* errors in the markup are recovered from, as browsers do */
		(void) htmlParseDocument(ctxt);
		if (ferror(ps.file))
		{
			report_error("could not read file \"%s\": %s", path, strerror(errno));
			ok = false;
		}
		else if (b.out_of_memory || ps.out_of_memory)
		{
			report_error("%s: out of memory", path);
			ok = false;
		}
	}
	if (ctxt)
		htmlFreeParserCtxt(ctxt);
	close_page(&ps);
	free(b.repaired.data);
	ok = ok && finish_text(&b, doc);
	if (!ok)
	{
		free(b.body.data);
		free(b.sections);
	}
	return ok;
}
