/*
 * source.c
 *		Reading one plain-text document: its bytes, its hash, the checks
 *		that it can be stored, its sections, and the dates it states.
 */
#include "loader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "calendar.h"
#include "utf8.h"

static bool read_whole_file(const document_entry *entry, char **data, size_t *len);
static void find_labelled_date(const char *text, size_t len, const char *label,
							   char *date);
static bool parse_text(source_document *doc);
static bool storable(const source_document *doc);

/* The format of a file named without a manifest's word on it. */
document_format
format_of_path(const char *path)
{
	const char *dot = strrchr(path, '.');

	return dot && (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0) ?
		FORMAT_HTML : FORMAT_TEXT;
}

/* A stream of the document's bytes: its file, or its inline content. */
FILE *
open_entry(const document_entry *entry)
{
	FILE	   *f;

	if (entry->content == NULL)
		return open_regular_file(entry->path, "file");
	f = entry->content_len ? fmemopen(entry->content, entry->content_len, "rb") :
		fopen("/dev/null", "rb");
	if (f == NULL)
		report_error("could not open file \"%s\": %s", entry->path, strerror(errno));
	return f;
}

static bool
read_whole_file(const document_entry *entry, char **data, size_t *len)
{
	const char *path = entry->path;
	FILE	   *f = open_entry(entry);
	char	   *buf = NULL;
	size_t		used = 0,
				capacity = 0;
	bool		ok = true;

	if (f == NULL)
		return false;
	while (ok)
	{
		size_t		n;

		if (used == capacity)
		{
			size_t		grown_capacity = capacity ? 2 * capacity : 65536;
			char	   *grown = realloc(buf, grown_capacity);

			if (grown == NULL)
			{
				report_error("%s: out of memory", path);
				ok = false;
				break;
			}
			buf = grown;
			capacity = grown_capacity;
		}
		n = fread(buf + used, 1, capacity - used, f);
		used += n;
		if (n == 0)
			break;
	}
	if (ok && ferror(f))
	{
		report_error("could not read file \"%s\": %s", path, strerror(errno));
		ok = false;
	}
	fclose(f);
	if (!ok)
	{
		free(buf);
		return false;
	}
	*data = buf;
	*len = used;
	return true;
}

/*
 * Hashes the file in chunks and notes its size and first NUL byte, so that
 * an unchanged document is recognised without keeping or parsing it.
 */
bool
read_source(const document_entry *entry, source_document *doc)
{
	FILE	   *f;
	content_digest *digest;
	char		chunk[65536];
	size_t		n;

	memset(doc, 0, sizeof(*doc));
	doc->entry = entry;
	doc->nul_offset = SIZE_MAX;
	if (entry->from_archive && (entry->archive_chunked || entry->archive_encoding != HTTP_IDENTITY))
	{
		/* from here on the document is its body, its HTTP coding undone */
		doc->archive_entry = *entry;
		if (!decode_archive_payload(entry, &doc->archive_entry.content,
									&doc->archive_entry.content_len))
			return false;
		doc->entry = entry = &doc->archive_entry;
	}
	if ((f = open_entry(entry)) == NULL)
		return false;
	if ((digest = digest_begin()) == NULL)
	{
		fclose(f);
		return false;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
	{
		const char *nul = doc->nul_offset == SIZE_MAX ? memchr(chunk, '\0', n) : NULL;

		if (nul)
			doc->nul_offset = doc->file_size + (size_t) (nul - chunk);
		if (doc->file_size == 0)
			memcpy(doc->head, chunk, doc->head_len = n < sizeof(doc->head) ? n : sizeof(doc->head));
		if (!digest_add(digest, chunk, n))
			break;
		doc->file_size += n;
	}
	if (ferror(f))
		report_error("could not read file \"%s\": %s", entry->path, strerror(errno));
	if (ferror(f) || n > 0)
	{
		digest_discard(digest);
		fclose(f);
		return false;
	}
	fclose(f);
	return digest_end(digest, doc->sha256_hex);
}

/*
 * Finds "<label> YYYY-MM-DD" (the label's first letter in either case, an
 * optional colon) and copies the date to date, or leaves it empty.  Pages
 * state their dates this way: "Publicerad 2021-11-11, Uppdaterad 2023-12-06".
 */
static void
find_labelled_date(const char *text, size_t len, const char *label, char *date)
{
	size_t		label_len = strlen(label);
	const char *end = text + len;

	date[0] = '\0';
	if (len < label_len + 11)
		return;
	/* memchr finds the label's second letter fast; the first may be upper-case */
	for (const char *second = memchr(text + 1, label[1], len - 1); second != NULL;
		 second = memchr(second + 1, label[1], (size_t) (end - second - 1)))
	{
		const char *p = second - 1 + label_len;
		int32_t		days;

		if ((second[-1] | 0x20) != label[0] || (size_t) (end - second) < label_len + 10 ||
			memcmp(second + 1, label + 2, label_len - 2) != 0)
			continue;
		if (*p == ':')
			p++;
		while (p < end && *p == ' ')
			p++;
		if (end - p >= 10 && sc_parse_iso_date(p, 10, &days))
		{
			memcpy(date, p, 10);
			date[10] = '\0';
			if (!storable_day(date))
				date[0] = '\0';	/* year 0000: not a date the database holds */
			return;
		}
	}
}

/* A plain-text extract: the file is the text, once it is known to be UTF-8. */
static bool
parse_text(source_document *doc)
{
	const char *path = doc->entry->path;
	size_t		len,
				bom,
				bad;

	if (!read_whole_file(doc->entry, &doc->buffer, &len))
		return false;
	if (sc_utf8_validate(doc->buffer, len, &bad) != SC_UTF8_OK)
	{
		report_error("%s: byte %zu: invalid UTF-8 (byte 0x%02x)", path, bad,
					 (unsigned char) doc->buffer[bad]);
		return false;
	}
	bom = sc_utf8_bom_length(doc->buffer, len);
	doc->text = doc->buffer + bom;
	doc->text_len = len - bom;
	switch (sc_textdoc_split(doc->text, doc->text_len, &doc->parts))
	{
		case SC_TEXTDOC_OK:
			return true;
		case SC_TEXTDOC_NO_TITLE:
			report_error("%s: byte %zu: the text has no title: every line is blank", path, bom);
			return false;
		case SC_TEXTDOC_NO_MEMORY:
			report_error("%s: out of memory", path);
			return false;
	}
	return false;
}

/*
 * The last check before a document is staged: its text and the strings of
 * its entry are what the server's text type takes, valid UTF-8 without NUL
 * bytes.  The readers build them so; a document that slips through is
 * rejected here by name, where it would otherwise fail the whole run at
 * the server.
 */
static bool
storable(const source_document *doc)
{
	const document_entry *e = doc->entry;
	const char *fields[] = {e->uri, e->publisher, e->fetched_at};
	const char *names[] = {"URI", "publisher", "fetch time"};
	size_t		bad;

	if (sc_utf8_validate(doc->text, doc->text_len, &bad) != SC_UTF8_OK)
	{
		report_error("%s: byte %zu of the text built is not valid UTF-8; the document is not stored",
					 e->path, bad);
		return false;
	}
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (fields[i] && sc_utf8_validate(fields[i], strlen(fields[i]), &bad) != SC_UTF8_OK)
		{
			report_error("%s: byte %zu of its %s is not valid UTF-8", e->path, bad, names[i]);
			return false;
		}
	return true;
}

bool
parse_source(source_document *doc)
{
	const char *path = doc->entry->path;
	bool		ok;

	if (doc->file_size == 0)
	{
		report_error("%s: the file is empty", path);
		return false;
	}
	if (doc->nul_offset != SIZE_MAX &&
		!(doc->entry->format == FORMAT_HTML && page_may_hold_nul(doc)))
	{
		report_error("%s: byte %zu: NUL byte; the file looks binary", path, doc->nul_offset);
		return false;
	}
	ok = doc->entry->format == FORMAT_HTML ? parse_html(doc) : parse_text(doc);
	if (ok && !storable(doc))
		ok = false;
	if (ok)
	{
		find_labelled_date(doc->text, doc->text_len, "publicerad", doc->published_on);
		find_labelled_date(doc->text, doc->text_len, "uppdaterad", doc->updated_on);
	}
	return ok;
}

void
free_source(source_document *doc)
{
	sc_textdoc_free(&doc->parts);
	free_document_facts(&doc->facts);
	free(doc->buffer);
	doc->buffer = NULL;
	free(doc->archive_entry.content);
	doc->archive_entry.content = NULL;
}
