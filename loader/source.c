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

#include "calendar.h"
#include "utf8.h"

static bool read_whole_file(const char *path, char **data, size_t *len);
static void find_labelled_date(const char *text, size_t len, const char *label,
							   char *date);

static bool
read_whole_file(const char *path, char **data, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	size_t		used = 0,
				capacity = 0;
	bool		ok = true;

	if (f == NULL)
	{
		report_error("could not open file \"%s\": %s", path, strerror(errno));
		return false;
	}
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

bool
read_source(const document_entry *entry, source_document *doc)
{
	uint8_t		digest[SC_SHA256_DIGEST_LENGTH];

	memset(doc, 0, sizeof(*doc));
	doc->entry = entry;
	if (!read_whole_file(entry->path, &doc->raw, &doc->raw_len))
		return false;
	sc_sha256(doc->raw, doc->raw_len, digest);
	sc_sha256_hex(digest, doc->sha256_hex);
	return true;
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

	date[0] = '\0';
	for (size_t i = 0; i + label_len + 11 <= len; i++)
	{
		size_t		p = i + label_len;
		int32_t		days;

		if ((text[i] | 0x20) != label[0] || memcmp(text + i + 1, label + 1, label_len - 1) != 0)
			continue;
		if (text[p] == ':')
			p++;
		while (p < len && text[p] == ' ')
			p++;
		if (p + 10 <= len && sc_parse_iso_date(text + p, 10, &days))
		{
			memcpy(date, text + p, 10);
			date[10] = '\0';
			return;
		}
	}
}

bool
parse_source(source_document *doc)
{
	const char *path = doc->entry->path;
	size_t		bom,
				bad;

	if (doc->raw_len == 0)
	{
		report_error("%s: the file is empty", path);
		return false;
	}
	switch (sc_utf8_validate(doc->raw, doc->raw_len, &bad))
	{
		case SC_UTF8_OK:
			break;
		case SC_UTF8_INVALID:
			report_error("%s: byte %zu: invalid UTF-8 (byte 0x%02x)", path, bad,
						 (unsigned char) doc->raw[bad]);
			return false;
		case SC_UTF8_NUL:
			report_error("%s: byte %zu: NUL byte; the file looks binary", path, bad);
			return false;
	}
	bom = sc_utf8_bom_length(doc->raw, doc->raw_len);
	doc->text = doc->raw + bom;
	doc->text_len = doc->raw_len - bom;
	switch (sc_textdoc_split(doc->text, doc->text_len, &doc->parts))
	{
		case SC_TEXTDOC_OK:
			break;
		case SC_TEXTDOC_NO_TITLE:
			report_error("%s: byte %zu: the first line, the title, is blank", path, bom);
			return false;
		case SC_TEXTDOC_NO_MEMORY:
			report_error("%s: out of memory", path);
			return false;
	}
	find_labelled_date(doc->text, doc->text_len, "publicerad", doc->published_on);
	find_labelled_date(doc->text, doc->text_len, "uppdaterad", doc->updated_on);
	return true;
}

void
free_source(source_document *doc)
{
	sc_textdoc_free(&doc->parts);
	free(doc->raw);
	doc->raw = NULL;
}
