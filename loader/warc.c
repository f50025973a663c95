/*
 * warc.c
 *		Web archives (WARC 1.0 and 1.1, ISO 28500) as the crawlers write
 *		them: plain, one gzip member per record, or gzip as a whole.
 *
 * An archive is scanned once, record by record, when the run's documents
 * are listed.  A response record of HTML or plain text with HTTP status
 * 200 becomes a document: its URI is WARC-Target-URI, its fetch time
 * WARC-Date, its HTTP charset the charset of the HTTP Content-Type.  A
 * revisit record is a capture of an unchanged page.  Redirects and error
 * statuses are not documents (so a page answering 404 or 410 is absent
 * from the run, which --complete-for withdraws), nor are other media
 * types: such responses are skipped and counted.  A body sent chunked, or
 * compressed with gzip or deflate, is undone when the document is read.
 *
 * Nothing of an archive is held in memory but the record being read: a
 * document's entry notes where its payload lies, and its bytes are read
 * again when the document's turn comes, by a reader thread like any
 * file.  In a plain archive that is a byte range; in an archive of one
 * gzip member per record, the member's offset and where in it the payload
 * starts; in an archive gzipped as a whole, which cannot be entered in
 * the middle, the payloads are copied into a temporary file as the scan
 * passes them.
 *
 * A truncated record or a corrupt gzip member is reported with the
 * archive's name and the record's offset (in the archive's bytes for a
 * gzip member, in its decompressed bytes otherwise), and the scan goes on
 * at the next gzip member, or the next "WARC/" line.
 */
#include "loader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <zlib.h>

#include "calendar.h"
#include "utf8.h"

#define WARC_CHUNK 65536
#define HEADER_LINE_MAX 8192

/* An archive being scanned: its bytes, decompressed if need be. */
typedef struct warc_stream
{
	const char *path;
	FILE	   *file;
	bool		gzip;
	z_stream	z;
	bool		z_ready;
	unsigned char in[WARC_CHUNK];
	unsigned char out[WARC_CHUNK];
	size_t		out_pos;
	size_t		out_len;
	long long	file_pos;		/* bytes of the file read into in */
	long long	position;		/* decompressed bytes taken from out */
	long long	member_offset;	/* where the current gzip member starts */
	long long	member_position;	/* position at the member's start */
	bool		corrupt;		/* a gzip member could not be read */
	bool		cut;			/* the archive ends inside a gzip member */
	int			damaged;		/* records lost to damage, reported */
	bool		eof;
} warc_stream;

/* The WARC and HTTP headers of a record that matter here. */
typedef struct warc_record
{
	long long	offset;			/* for messages */
	long long	start;			/* position of its first byte */
	bool		at_member;		/* it starts a gzip member */
	long long	member_offset;
	char		type[32];
	char		uri[HEADER_LINE_MAX];
	char		date[64];
	char		content_type[256];
	long long	length;			/* of the block */
	int			status;			/* HTTP status, 0 if none */
	char		http_type[256];	/* HTTP Content-Type */
	bool		chunked;		/* Transfer-Encoding: chunked */
	http_encoding encoding;		/* Content-Encoding */
} warc_record;

static bool stream_fill(warc_stream *ws);
static void record_damaged(warc_stream *ws);
static int	stream_getc(warc_stream *ws);
static bool stream_line(warc_stream *ws, char *line, size_t size, size_t *len);
static bool resync(warc_stream *ws);
static bool read_warc_headers(warc_stream *ws, warc_record *rec);
static long long read_http_headers(warc_stream *ws, warc_record *rec);
static bool skip_bytes(warc_stream *ws, long long n, FILE *copy);
static void header_value(const char *line, const char *name, char *value, size_t size);
static bool media_type_is(const char *content_type, const char *type);
static char *charset_parameter(const char *content_type);
static char *warc_date_text(const char *date);
static bool uri_storable(warc_stream *ws, const warc_record *rec);
static bool add_document(const warc_record *rec, const char *path, const char *publisher,
						 document_format format, long long payload_start, long long length,
						 FILE *spool, long long spool_offset, entry_list *entries);
static bool scan_record(warc_stream *ws, warc_record *rec, const char *publisher,
						FILE **spool, entry_list *entries);
static bool add_revisit(const char *uri, entry_list *entries);
static bool register_spool(FILE *spool, entry_list *entries);
static bool read_stored_payload(const document_entry *e, char **data, size_t *len);
static bool join_chunks(char *body, size_t *len);
static bool decompress_body(const document_entry *e, char **body, size_t *len);

/*
 * Reads more of the file into the decompressed buffer.  Each gzip member
 * ends the inflate stream; the next starts a new one, and its offset is
 * noted.  A corrupt member is reported and the stream stops at it.
 */
static bool
stream_fill(warc_stream *ws)
{
	ws->out_pos = ws->out_len = 0;
	if (!ws->gzip)
	{
		ws->out_len = fread(ws->out, 1, sizeof(ws->out), ws->file);
		ws->file_pos += (long long) ws->out_len;
		return ws->out_len > 0;
	}
	while (ws->out_len == 0)
	{
		int			rc;

		if (ws->z.avail_in == 0)
		{
			size_t		n = fread(ws->in, 1, sizeof(ws->in), ws->file);

			if (n == 0 && ws->z_ready && ws->file_pos > ws->member_offset && !ws->cut)
			{
				report_error("%s: gzip member at byte %lld: the archive ends inside it",
							 ws->path, ws->member_offset);
				ws->cut = true;
				ws->damaged++;
			}
			if (n == 0)
				return false;
			ws->z.next_in = ws->in;
			ws->z.avail_in = (uInt) n;
			ws->file_pos += (long long) n;
		}
		if (!ws->z_ready)
		{
			ws->member_offset = ws->file_pos - ws->z.avail_in;
			ws->member_position = ws->position;
			if (inflateReset2(&ws->z, 16 + MAX_WBITS) != Z_OK)
				return false;
			ws->z_ready = true;
		}
		ws->z.next_out = ws->out;
		ws->z.avail_out = sizeof(ws->out);
		rc = inflate(&ws->z, Z_NO_FLUSH);
		ws->out_len = sizeof(ws->out) - ws->z.avail_out;
		if (rc == Z_STREAM_END)
			ws->z_ready = false;
		else if (rc != Z_OK && rc != Z_BUF_ERROR)
		{
			report_error("%s: gzip member at byte %lld: %s; the rest of the member is skipped",
						 ws->path, ws->member_offset, ws->z.msg ? ws->z.msg : "corrupt data");
			ws->corrupt = true;
			ws->damaged++;
			ws->z_ready = false;
			return ws->out_len > 0;
		}
	}
	return true;
}

/* Counts a record lost, unless the damage to its gzip member was counted. */
static void
record_damaged(warc_stream *ws)
{
	if (!ws->corrupt && !ws->cut)
		ws->damaged++;
}

static int
stream_getc(warc_stream *ws)
{
	if (ws->out_pos == ws->out_len && (ws->corrupt || !stream_fill(ws)))
	{
		ws->eof = !ws->corrupt;
		return EOF;
	}
	ws->position++;
	return ws->out[ws->out_pos++];
}

/* A line without its CRLF, cut to size; false at the end of the stream. */
static bool
stream_line(warc_stream *ws, char *line, size_t size, size_t *len)
{
	int			c;

	*len = 0;
	while ((c = stream_getc(ws)) != EOF && c != '\n')
		if (*len + 1 < size)
			line[(*len)++] = (char) c;
	if (*len > 0 && line[*len - 1] == '\r')
		(*len)--;
	line[*len] = '\0';
	return c != EOF || *len > 0;
}

/*
 * After a corrupt gzip member: looks for the next member's magic bytes in
 * the file and goes on from there.  False when there is none.
 */
static bool
resync(warc_stream *ws)
{
	long long	from = ws->member_offset + 1;
	int			c,
				prev2 = -1,
				prev = -1;

	if (!ws->gzip || fseeko(ws->file, (off_t) from, SEEK_SET) != 0)
		return false;
	for (long long at = from; (c = getc(ws->file)) != EOF; at++)
	{
		if (prev2 == 0x1f && prev == 0x8b && c == 0x08)
		{
			if (fseeko(ws->file, (off_t) (at - 2), SEEK_SET) != 0)
				return false;
			ws->file_pos = at - 2;
			ws->z.avail_in = 0;
			ws->z_ready = false;
			ws->corrupt = false;
			ws->out_pos = ws->out_len = 0;
			return true;
		}
		prev2 = prev;
		prev = c;
	}
	return false;
}

/* The value of a "Name: value" header line, if it is that header. */
static void
header_value(const char *line, const char *name, char *value, size_t size)
{
	size_t		n = strlen(name);

	if (strncasecmp(line, name, n) != 0 || line[n] != ':')
		return;
	for (line += n + 1; *line == ' ' || *line == '\t'; line++)
		;
	snprintf(value, size, "%s", line);
}

/* The WARC version line and headers; false at the archive's end. */
static bool
read_warc_headers(warc_stream *ws, warc_record *rec)
{
	char		line[HEADER_LINE_MAX];
	char		length[32] = "";
	size_t		len;
	bool		reported = false;

	/* blank lines between records; after damage, whatever precedes the next record */
	for (;;)
	{
		rec->start = ws->position;
		if (!stream_line(ws, line, sizeof(line), &len))
			return false;
		if (ws->corrupt)
		{
			/* what a corrupt member gave is not a record; it was reported */
			rec->length = -1;
			return true;
		}
		if (strcmp(line, "WARC/1.0") == 0 || strcmp(line, "WARC/1.1") == 0)
			break;
		if (len > 0 && !reported)
		{
			report_error("%s: byte %lld: not the start of a WARC 1.0 or 1.1 record (\"%.40s\"); "
						 "passing on to the next record", ws->path, rec->start, line);
			record_damaged(ws);
			reported = true;
		}
	}
	/* a gzip member that starts with the record: its offset is where it begins */
	rec->at_member = ws->gzip && ws->member_position == rec->start;
	rec->member_offset = ws->member_offset;
	rec->offset = rec->at_member ? ws->member_offset : rec->start;
	while (stream_line(ws, line, sizeof(line), &len) && len > 0)
	{
		header_value(line, "WARC-Type", rec->type, sizeof(rec->type));
		header_value(line, "WARC-Target-URI", rec->uri, sizeof(rec->uri));
		header_value(line, "WARC-Date", rec->date, sizeof(rec->date));
		header_value(line, "Content-Type", rec->content_type, sizeof(rec->content_type));
		header_value(line, "Content-Length", length, sizeof(length));
	}
	/* WARC 1.0 wrote the URI in angle brackets */
	if (rec->uri[0] == '<' && rec->uri[strlen(rec->uri) - 1] == '>')
	{
		memmove(rec->uri, rec->uri + 1, strlen(rec->uri) - 2);
		rec->uri[strlen(rec->uri) - 2] = '\0';
	}
	rec->length = length[0] && strspn(length, "0123456789") == strlen(length) &&
		strlen(length) < 16 ? strtoll(length, NULL, 10) : -1;
	if (rec->length < 0 && !ws->corrupt)
	{
		report_error("%s: record at byte %lld: no valid Content-Length", ws->path, rec->offset);
		record_damaged(ws);
	}
	return true;
}

/*
 * Reads the HTTP status line and headers at the start of a response
 * record's block; returns their length in bytes, or -1 when the block
 * ends first.
 */
static long long
read_http_headers(warc_stream *ws, warc_record *rec)
{
	char		line[HEADER_LINE_MAX];
	char		transfer[64] = "",
				encoding[64] = "";
	long long	start = ws->position;
	size_t		len;

	if (!stream_line(ws, line, sizeof(line), &len) || strncmp(line, "HTTP/", 5) != 0)
		return -1;
	rec->status = atoi(strchr(line, ' ') ? strchr(line, ' ') + 1 : "0");
	while (ws->position - start < rec->length && stream_line(ws, line, sizeof(line), &len) &&
		   len > 0)
	{
		header_value(line, "Content-Type", rec->http_type, sizeof(rec->http_type));
		header_value(line, "Transfer-Encoding", transfer, sizeof(transfer));
		header_value(line, "Content-Encoding", encoding, sizeof(encoding));
	}
	rec->chunked = strcasecmp(transfer, "chunked") == 0;
	if (encoding[0] == '\0' || strcasecmp(encoding, "identity") == 0)
		rec->encoding = HTTP_IDENTITY;
	else if (strcasecmp(encoding, "gzip") == 0 || strcasecmp(encoding, "x-gzip") == 0)
		rec->encoding = HTTP_GZIP;
	else if (strcasecmp(encoding, "deflate") == 0)
		rec->encoding = HTTP_DEFLATE;
	else
		rec->encoding = HTTP_UNKNOWN;
	/* a transfer coding other than chunked cannot be undone either */
	if (transfer[0] && !rec->chunked && strcasecmp(transfer, "identity") != 0)
		rec->encoding = HTTP_UNKNOWN;
	return ws->position - start <= rec->length ? ws->position - start : -1;
}

/* Passes over n bytes, copying them to copy if it is not NULL. */
static bool
skip_bytes(warc_stream *ws, long long n, FILE *copy)
{
	while (n > 0)
	{
		size_t		avail;

		if (ws->out_pos == ws->out_len && (ws->corrupt || !stream_fill(ws)))
			return false;
		avail = ws->out_len - ws->out_pos;
		if ((long long) avail > n)
			avail = (size_t) n;
		if (copy != NULL && fwrite(ws->out + ws->out_pos, 1, avail, copy) != avail)
			return false;
		ws->out_pos += avail;
		ws->position += (long long) avail;
		n -= (long long) avail;
	}
	return true;
}

/* Whether a Content-Type's media type is type, parameters aside. */
static bool
media_type_is(const char *content_type, const char *type)
{
	size_t		n = strlen(type);

	return strncasecmp(content_type, type, n) == 0 &&
		(content_type[n] == '\0' || content_type[n] == ';' || content_type[n] == ' ');
}

/* The charset parameter of a Content-Type, malloc'd, or NULL. */
static char *
charset_parameter(const char *content_type)
{
	for (const char *p = strchr(content_type, ';'); p != NULL; p = strchr(p + 1, ';'))
	{
		const char *q = p + 1;
		size_t		n;

		while (*q == ' ' || *q == '\t')
			q++;
		if (strncasecmp(q, "charset=", 8) != 0)
			continue;
		q += 8;
		if (*q == '"')
			q++;
		n = strcspn(q, "\"; \t");
		return n > 0 ? strndup(q, n) : NULL;
	}
	return NULL;
}

/*
 * WARC-Date (W3C-ISO8601 in UTC: "2024-01-10T06:00:00Z", seconds maybe
 * with a fraction) as the database's timestamptz takes it, malloc'd; NULL
 * if it is not such a time or lies outside the years 0001 to 9999, and the
 * document has no fetch time.
 */
static char *
warc_date_text(const char *date)
{
	size_t		len = strlen(date),
				end = 19;

	/* the years 0001 to 9999, as the database's types hold them */
	if (len < 20 || !storable_timestamp(date) ||
		date[13] != ':' || date[16] != ':' ||
		strspn(date + 11, "0123456789") != 2 || strspn(date + 14, "0123456789") != 2 ||
		strspn(date + 17, "0123456789") != 2 ||
		atoi(date + 11) > 23 || atoi(date + 14) > 59 || atoi(date + 17) > 60)
		return NULL;
	if (date[end] == '.')
	{
		size_t		digits = strspn(date + end + 1, "0123456789");

		if (digits == 0)
			return NULL;
		end += 1 + digits;
	}
	return date[end] == 'Z' && date[end + 1] == '\0' ? strdup(date) : NULL;
}

/*
 * Whether the record's URI can be a document's: text the database can
 * hold.  Reported with the record's offset otherwise.
 */
static bool
uri_storable(warc_stream *ws, const warc_record *rec)
{
	size_t		bad;

	if (sc_utf8_validate(rec->uri, strlen(rec->uri), &bad) == SC_UTF8_OK)
		return true;
	report_error("%s: record at byte %lld: byte %zu of its WARC-Target-URI is not valid UTF-8",
				 ws->path, rec->offset, bad);
	record_damaged(ws);
	return false;
}

static bool
add_document(const warc_record *rec, const char *path, const char *publisher,
			 document_format format, long long payload_start, long long length,
			 FILE *spool, long long spool_offset, entry_list *entries)
{
	document_entry *e = new_entry(entries);
	char		label[64];

	if (e == NULL)
		return false;
	snprintf(label, sizeof(label), ":%lld", rec->offset);
	e->path = malloc(strlen(path) + strlen(label) + 1);
	e->uri = strdup(rec->uri);
	e->publisher = publisher ? strdup(publisher) : NULL;
	e->fetched_at = warc_date_text(rec->date);
	e->charset = charset_parameter(rec->http_type);
	e->format = format;
	e->archive_chunked = rec->chunked;
	e->archive_encoding = rec->encoding;
	e->archive = strdup(path);
	e->archive_length = (size_t) length;
	if (spool != NULL)
	{
		e->archive_spool = spool;
		e->archive_offset = spool_offset;
	}
	else if (rec->at_member)
	{
		e->archive_gzip = true;
		e->archive_offset = rec->member_offset;
		e->archive_skip = payload_start - rec->start;
	}
	else
		e->archive_offset = payload_start;
	if (e->path == NULL || e->uri == NULL || e->archive == NULL)
	{
		report_error("out of memory");
		return false;
	}
	strcpy(e->path, path);
	strcat(e->path, label);
	return true;
}

/* A revisit: the page at uri was fetched and found unchanged. */
static bool
add_revisit(const char *uri, entry_list *entries)
{
	document_entry *e = new_entry(entries);

	if (e == NULL)
		return false;
	e->revisit = true;
	e->format = FORMAT_HTML;
	if ((e->path = strdup(uri)) == NULL || (e->uri = strdup(uri)) == NULL)
	{
		report_error("out of memory");
		return false;
	}
	return true;
}

/* Keeps a spool open for the run's readers, to be closed with the entries. */
static bool
register_spool(FILE *spool, entry_list *entries)
{
	FILE	  **grown = realloc(entries->spools, (entries->nspools + 1) * sizeof(FILE *));

	if (grown == NULL)
	{
		report_error("out of memory");
		fclose(spool);
		return false;
	}
	entries->spools = grown;
	entries->spools[entries->nspools++] = spool;
	return true;
}

/* Frees what the archives of a run left with its entries. */
void
free_archive_entries(entry_list *entries)
{
	for (size_t i = 0; i < entries->nspools; i++)
		fclose(entries->spools[i]);
	free(entries->spools);
}

/*
 * Reads one record and adds what it holds to entries: a document
 * or a revisit; any other response or revisit is counted as skipped.
 */
static bool
scan_record(warc_stream *ws, warc_record *rec, const char *publisher, FILE **spool,
			entry_list *entries)
{
	long long	http_len = 0,
				end = rec->start;
	bool		response = strcmp(rec->type, "response") == 0;
	bool		ok = true;

	if (rec->length < 0)
		return true;
	end = ws->position + rec->length;
	if ((response || strcmp(rec->type, "revisit") == 0) &&
		media_type_is(rec->content_type, "application/http"))
		http_len = read_http_headers(ws, rec);
	if (http_len < 0)
	{
		report_error("%s: record at byte %lld: truncated HTTP headers", ws->path, rec->offset);
		record_damaged(ws);
		return skip_bytes(ws, end - ws->position, NULL);
	}
	if ((response || strcmp(rec->type, "revisit") == 0) && rec->status == 200 &&
		rec->uri[0] == '\0')
		entries->skipped++;		/* not a document without a URI */
	else if ((response || strcmp(rec->type, "revisit") == 0) && rec->status == 200 &&
			 !uri_storable(ws, rec))
		;						/* reported, and counted as damage */
	else if (strcmp(rec->type, "revisit") == 0 && rec->status == 200)
		ok = add_revisit(rec->uri, entries);
	else if (response && rec->status == 200 &&
			 (media_type_is(rec->http_type, "text/html") ||
			  media_type_is(rec->http_type, "application/xhtml+xml") ||
			  media_type_is(rec->http_type, "text/plain")))
	{
		document_format format = media_type_is(rec->http_type, "text/plain") ?
		FORMAT_TEXT : FORMAT_HTML;
		long long	payload_start = ws->position;
		long long	spool_offset = 0;
		bool		use_spool = ws->gzip && !rec->at_member;

		if (use_spool && *spool == NULL && (*spool = tmpfile()) == NULL)
		{
			report_error("could not create a temporary file: %s", strerror(errno));
			return false;
		}
		if (use_spool)
			spool_offset = ftello(*spool);
		if (!skip_bytes(ws, end - ws->position, use_spool ? *spool : NULL))
		{
			report_error("%s: record at byte %lld: truncated (the block has %lld of its %lld bytes)",
						 ws->path, rec->offset, ws->position - (end - rec->length), rec->length);
			record_damaged(ws);
			return true;
		}
		return add_document(rec, ws->path, publisher, format, payload_start,
							end - payload_start, use_spool ? *spool : NULL, spool_offset,
							entries);
	}
	else if (response || strcmp(rec->type, "revisit") == 0)
		entries->skipped++;
	if (!skip_bytes(ws, end - ws->position, NULL))
	{
		report_error("%s: record at byte %lld: truncated (the block has %lld of its %lld bytes)",
					 ws->path, rec->offset, ws->position - (end - rec->length), rec->length);
		record_damaged(ws);
	}
	return ok;
}

/*
 * Adds the documents of a web archive to entries, each with the
 * publisher given (or none).  Returns false if the archive cannot be
 * read at all or out of memory; a bad record is reported and skipped.
 */
bool
add_archive_entries(const char *path, const char *publisher, entry_list *entries)
{
	warc_stream ws;
	warc_record *rec = malloc(sizeof(warc_record));
	FILE	   *spool = NULL;
	unsigned char magic[2];
	bool		ok = true;

	memset(&ws, 0, sizeof(ws));
	ws.path = path;
	if (rec == NULL)
	{
		report_error("%s: out of memory", path);
		return false;
	}
	/* a regular file only: a FIFO or a device named as an archive would block */
	if ((ws.file = open_regular_file(path, "archive")) == NULL)
	{
		free(rec);
		return false;
	}
	ws.gzip = fread(magic, 1, 2, ws.file) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
	rewind(ws.file);
	if (ws.gzip && inflateInit2(&ws.z, 16 + MAX_WBITS) != Z_OK)
	{
		report_error("%s: could not start zlib", path);
		fclose(ws.file);
		free(rec);
		return false;
	}
	while (ok)
	{
		memset(rec, 0, sizeof(*rec));
		if (!read_warc_headers(&ws, rec))
		{
			if (ws.corrupt && resync(&ws))
				continue;
			break;
		}
		ok = scan_record(&ws, rec, publisher, &spool, entries);
		if (ws.corrupt && !resync(&ws))
			break;
	}
	if (ferror(ws.file))
	{
		report_error("could not read archive \"%s\": %s", path, strerror(errno));
		ok = false;
	}
	if (ws.gzip)
		inflateEnd(&ws.z);
	fclose(ws.file);
	free(rec);
	entries->damaged += ws.damaged;
	/* the readers read the spool with pread, past stdio's buffer */
	if (spool != NULL && fflush(spool) != 0)
	{
		report_error("could not write a temporary file: %s", strerror(errno));
		ok = false;
	}
	if (spool != NULL)
		ok = register_spool(spool, entries) && ok;
	return ok;
}

/*
 * The payload of a document in an archive as it is stored, read into
 * memory: a byte range of the archive or its spool, or the start of a gzip
 * member inflated.
 */
static bool
read_stored_payload(const document_entry *e, char **data, size_t *len)
{
	char	   *buf = malloc(e->archive_length ? e->archive_length : 1);
	FILE	   *f = NULL;
	bool		ok = buf != NULL;

	*data = NULL;
	*len = 0;
	if (!ok)
		report_error("%s: out of memory", e->path);
	else if (e->archive_spool != NULL)
		ok = (size_t) pread(fileno(e->archive_spool), buf, e->archive_length,
							(off_t) e->archive_offset) == e->archive_length;
	else if ((f = fopen(e->archive, "rb")) == NULL ||
			 fseeko(f, (off_t) e->archive_offset, SEEK_SET) != 0)
		ok = false;
	else if (!e->archive_gzip)
		ok = fread(buf, 1, e->archive_length, f) == e->archive_length;
	else
	{
		warc_stream ws;

		memset(&ws, 0, sizeof(ws));
		ws.path = e->archive;
		ws.file = f;
		ws.gzip = true;
		ok = inflateInit2(&ws.z, 16 + MAX_WBITS) == Z_OK;
		ok = ok && skip_bytes(&ws, e->archive_skip, NULL);
		for (size_t got = 0; ok && got < e->archive_length;)
		{
			size_t		avail;

			if (ws.out_pos == ws.out_len && (ws.corrupt || !stream_fill(&ws)))
				ok = false;
			else
			{
				avail = ws.out_len - ws.out_pos;
				if (avail > e->archive_length - got)
					avail = e->archive_length - got;
				memcpy(buf + got, ws.out + ws.out_pos, avail);
				ws.out_pos += avail;
				got += avail;
			}
		}
		inflateEnd(&ws.z);
	}
	if (buf != NULL && !ok)
		report_error("could not read %s from its archive again: %s", e->path,
					 f == NULL && e->archive_spool == NULL ? strerror(errno) :
					 "it is not as it was when it was scanned");
	if (f != NULL)
		fclose(f);
	if (!ok)
	{
		free(buf);
		return false;
	}
	*data = buf;
	*len = e->archive_length;
	return true;
}

/*
 * Undoes HTTP's chunked transfer coding in place: hexadecimal sizes, each
 * on a line of its own (extensions after ';' ignored), up to a size of 0.
 */
static bool
join_chunks(char *body, size_t *len)
{
	size_t		in = 0,
				out = 0;

	for (;;)
	{
		size_t		size = 0,
					digits = 0;
		char	   *eol = memchr(body + in, '\n', *len - in);

		if (eol == NULL)
			return false;
		for (; in < *len && strchr("0123456789abcdefABCDEF", body[in]) && body[in]; in++, digits++)
		{
			if (size > (SIZE_MAX >> 4))
				return false;
			size = size * 16 + (size_t) (body[in] <= '9' ? body[in] - '0' : (body[in] | 0x20) - 'a' + 10);
		}
		in = (size_t) (eol - body) + 1;
		if (digits == 0)
			return false;
		if (size == 0)
			break;
		if (size > *len - in)
			return false;
		memmove(body + out, body + in, size);
		out += size;
		in += size;
		/* the CRLF after the chunk's data */
		if (in < *len && body[in] == '\r')
			in++;
		if (in < *len && body[in] == '\n')
			in++;
	}
	*len = out;
	return true;
}

/* At most this many bytes come out of a compressed body: a zip bomb stops here. */
#define DECOMPRESSED_MAX (256 * 1024 * 1024)

/*
 * Inflates a body compressed with gzip or deflate (zlib-wrapped, or raw as
 * some servers send it), replacing it; false (reported) when it cannot.
 */
static bool
decompress_body(const document_entry *e, char **body, size_t *len)
{
	bool		raw = false;

	for (;;)
	{
		z_stream	z;
		char	   *out = NULL;
		size_t		capacity = 0,
					used = 0;
		int			rc = Z_OK;

		memset(&z, 0, sizeof(z));
		if (inflateInit2(&z, raw ? -MAX_WBITS : e->archive_encoding == HTTP_GZIP ?
						 16 + MAX_WBITS : 32 + MAX_WBITS) != Z_OK)
			break;
		z.next_in = (Bytef *) *body;
		z.avail_in = (uInt) *len;
		while (rc == Z_OK && used < DECOMPRESSED_MAX)
		{
			if (used == capacity)
			{
				size_t		grown_capacity = capacity ? 2 * capacity : 4 * *len + 4096;
				char	   *grown = realloc(out, grown_capacity);

				if (grown == NULL)
					break;
				out = grown;
				capacity = grown_capacity;
			}
			z.next_out = (Bytef *) out + used;
			z.avail_out = (uInt) (capacity - used);
			rc = inflate(&z, Z_NO_FLUSH);
			used = capacity - z.avail_out;
		}
		inflateEnd(&z);
		if (rc == Z_STREAM_END)
		{
			free(*body);
			*body = out;
			*len = used;
			return true;
		}
		free(out);
		if (rc == Z_OK && used >= DECOMPRESSED_MAX)
		{
			report_error("%s: its body decompresses to more than %d MB; the page is not read",
						 e->path, DECOMPRESSED_MAX / (1024 * 1024));
			return false;
		}
		if (raw || e->archive_encoding != HTTP_DEFLATE)
			break;
		raw = true;
	}
	report_error("%s: its body is not valid %s data", e->path,
				 e->archive_encoding == HTTP_GZIP ? "gzip" : "deflate");
	return false;
}

/*
 * The body of a document in an archive, as the server meant it: read,
 * its chunks joined, and decompressed.
 */
bool
read_archive_payload(const document_entry *e, char **data, size_t *len)
{
	if (e->archive_encoding == HTTP_UNKNOWN)
	{
		report_error("%s: its HTTP Content-Encoding or Transfer-Encoding cannot be read "
					 "(gzip, deflate and chunked can)", e->path);
		return false;
	}
	if (!read_stored_payload(e, data, len))
		return false;
	if (e->archive_chunked && !join_chunks(*data, len))
		report_error("%s: its chunked HTTP body is malformed", e->path);
	else if (e->archive_encoding == HTTP_IDENTITY ||
			 decompress_body(e, data, len))
		return true;
	free(*data);
	*data = NULL;
	return false;
}
