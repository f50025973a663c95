/*
 * warc.c
 *		Web archives (WARC 1.0 and 1.1, ISO 28500) as the crawlers write
 *		them: plain, one gzip member per record, or gzip as a whole.
 *
 * An archive is read once, record by record, as the run loads: each
 * document is handed on with its payload as soon as its record is read
 * (feed.c asks for the next one when a reader thread needs it).  A
 * response record of HTML or plain text with HTTP status 200 becomes a
 * document: its URI is WARC-Target-URI, its fetch time WARC-Date, its
 * HTTP charset the charset of the HTTP Content-Type.  A revisit record is
 * a capture of an unchanged page, seen at its WARC-Date.  Redirects and
 * error statuses are not documents (so a page answering 404 or 410 is
 * absent from the run, which --complete-for withdraws), nor are other
 * media types: such responses are skipped and counted.  A body sent
 * chunked, or compressed with gzip or deflate, is undone when the
 * document is read, on the reader's thread.
 *
 * Nothing of an archive is held in memory but the record being read and
 * the payloads handed on and not yet loaded, which the run's read-ahead
 * bounds.
 *
 * A truncated record or a corrupt gzip member is reported with the
 * archive's name and the record's offset (in the archive's bytes for a
 * gzip member, in its decompressed bytes otherwise), and the reading goes
 * on at the next gzip member, or the next "WARC/" line.
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

/* The first allocation for a payload, which grows up to its Content-Length. */
#define PAYLOAD_FIRST_ALLOCATION (1024 * 1024)

/* An archive being read: its bytes, decompressed if need be. */
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

struct archive_reader
{
	warc_stream ws;
	warc_record rec;			/* the record being read */
	const char *publisher;		/* of its documents, or NULL */
	archive_counts *counts;
	bool		finished;		/* no record is left, or it cannot be read on */
	bool		failed;			/* it could not be read on, or memory ran out */
};

static bool stream_fill(warc_stream *ws);
static void record_damaged(warc_stream *ws);
static int	stream_getc(warc_stream *ws);
static bool stream_line(warc_stream *ws, char *line, size_t size, size_t *len);
static bool resync(warc_stream *ws);
static bool read_warc_headers(warc_stream *ws, warc_record *rec);
static long long read_http_headers(warc_stream *ws, warc_record *rec);
static bool skip_bytes(warc_stream *ws, long long n);
static void header_value(const char *line, const char *name, char *value, size_t size);
static bool media_type_is(const char *content_type, const char *type);
static char *charset_parameter(const char *content_type);
static char *warc_date_text(const char *date);
static bool uri_storable(warc_stream *ws, const warc_record *rec);
static document_entry *new_document(const archive_reader *ar, const warc_record *rec,
									document_format format, char *payload, size_t length);
static document_entry *new_revisit(const warc_record *rec);
static char *read_payload(warc_stream *ws, long long n, bool *no_memory);
static void report_truncated(archive_reader *ar, const warc_record *rec, long long end);
static bool document_media_type(const char *http_type, document_format *format);
static bool read_record(archive_reader *ar, warc_record *rec, document_entry **entry);
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
	rec->offset = ws->gzip && ws->member_position == rec->start ? ws->member_offset : rec->start;
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

/* Passes over n bytes; false when the archive ends first. */
static bool
skip_bytes(warc_stream *ws, long long n)
{
	while (n > 0)
	{
		size_t		avail;

		if (ws->out_pos == ws->out_len && (ws->corrupt || !stream_fill(ws)))
			return false;
		avail = ws->out_len - ws->out_pos;
		if ((long long) avail > n)
			avail = (size_t) n;
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

/*
 * A document of the archive, its payload inline (owned by the entry), or
 * NULL when out of memory (reported).
 */
static document_entry *
new_document(const archive_reader *ar, const warc_record *rec, document_format format,
			 char *payload, size_t length)
{
	document_entry *e = calloc(1, sizeof(document_entry));
	char		label[64];

	if (e == NULL)
	{
		free(payload);
		report_error("out of memory");
		return NULL;
	}
	snprintf(label, sizeof(label), ":%lld", rec->offset);
	e->from_archive = true;
	e->content = payload;
	e->content_len = length;
	e->path = malloc(strlen(ar->ws.path) + strlen(label) + 1);
	e->uri = strdup(rec->uri);
	e->publisher = ar->publisher ? strdup(ar->publisher) : NULL;
	e->fetched_at = warc_date_text(rec->date);
	e->charset = charset_parameter(rec->http_type);
	e->format = format;
	e->archive_chunked = rec->chunked;
	e->archive_encoding = rec->encoding;
	e->archive = strdup(ar->ws.path);
	if (e->path == NULL || e->uri == NULL || e->archive == NULL ||
		(ar->publisher && e->publisher == NULL))
	{
		report_error("out of memory");
		free_document_entry(e);
		return NULL;
	}
	strcpy(e->path, ar->ws.path);
	strcat(e->path, label);
	return e;
}

/*
 * A revisit: the page at the record's URI was fetched and found unchanged,
 * at the record's date, the time the run's sighting of it records.
 */
static document_entry *
new_revisit(const warc_record *rec)
{
	document_entry *e = calloc(1, sizeof(document_entry));

	if (e == NULL)
	{
		report_error("out of memory");
		return NULL;
	}
	e->from_archive = true;
	e->revisit = true;
	e->format = FORMAT_HTML;
	e->fetched_at = warc_date_text(rec->date);
	if ((e->path = strdup(rec->uri)) == NULL || (e->uri = strdup(rec->uri)) == NULL)
	{
		report_error("out of memory");
		free_document_entry(e);
		return NULL;
	}
	return e;
}

/*
 * Reads the n bytes of a payload into memory, malloc'd; NULL when the
 * archive ends first (nothing reported) or out of memory (reported, and
 * *no_memory set).  A Content-Length is only a claim: the buffer grows
 * with the bytes that come, up to it.
 */
static char *
read_payload(warc_stream *ws, long long n, bool *no_memory)
{
	size_t		capacity = n < PAYLOAD_FIRST_ALLOCATION ? (size_t) n : PAYLOAD_FIRST_ALLOCATION;
	char	   *buf = malloc(capacity ? capacity : 1);
	size_t		got = 0;

	*no_memory = buf == NULL;
	while (buf != NULL && (long long) got < n)
	{
		size_t		avail;

		if (ws->out_pos == ws->out_len && (ws->corrupt || !stream_fill(ws)))
		{
			free(buf);
			return NULL;
		}
		if (got == capacity)
		{
			size_t		grown_capacity = (long long) (2 * capacity) < n ? 2 * capacity : (size_t) n;
			char	   *grown = realloc(buf, grown_capacity);

			if (grown == NULL)
			{
				free(buf);
				buf = NULL;
				*no_memory = true;
				break;
			}
			buf = grown;
			capacity = grown_capacity;
		}
		avail = ws->out_len - ws->out_pos;
		if (avail > capacity - got)
			avail = capacity - got;
		memcpy(buf + got, ws->out + ws->out_pos, avail);
		ws->out_pos += avail;
		ws->position += (long long) avail;
		got += avail;
	}
	if (*no_memory)
		report_error("%s: out of memory", ws->path);
	return buf;
}

static void
report_truncated(archive_reader *ar, const warc_record *rec, long long end)
{
	report_error("%s: record at byte %lld: truncated (the block has %lld of its %lld bytes)",
				 ar->ws.path, rec->offset, ar->ws.position - (end - rec->length), rec->length);
	record_damaged(&ar->ws);
}

/* Whether a record of that HTTP Content-Type with status 200 is a document. */
static bool
document_media_type(const char *http_type, document_format *format)
{
	*format = media_type_is(http_type, "text/plain") ? FORMAT_TEXT : FORMAT_HTML;
	return media_type_is(http_type, "text/html") ||
		media_type_is(http_type, "application/xhtml+xml") ||
		media_type_is(http_type, "text/plain");
}

/*
 * Reads one record, its headers read; sets *entry to the document or
 * revisit it holds, or NULL: any other response or revisit is counted as
 * skipped, a damaged record as damaged.  False only when out of memory.
 */
static bool
read_record(archive_reader *ar, warc_record *rec, document_entry **entry)
{
	warc_stream *ws = &ar->ws;
	long long	http_len = 0,
				end;
	bool		response = strcmp(rec->type, "response") == 0;
	bool		revisit = strcmp(rec->type, "revisit") == 0;
	document_format format;

	*entry = NULL;
	if (rec->length < 0)
		return true;
	end = ws->position + rec->length;
	if ((response || revisit) && media_type_is(rec->content_type, "application/http"))
		http_len = read_http_headers(ws, rec);
	if (http_len < 0)
	{
		report_error("%s: record at byte %lld: truncated HTTP headers", ws->path, rec->offset);
		record_damaged(ws);
		skip_bytes(ws, end - ws->position);
		return true;
	}
	if ((response || revisit) && rec->status == 200 && rec->uri[0] == '\0')
		ar->counts->skipped++;	/* not a document without a URI */
	else if ((response || revisit) && rec->status == 200 && !uri_storable(ws, rec))
		;						/* reported, and counted as damage */
	else if (revisit && rec->status == 200)
		return (*entry = new_revisit(rec)) != NULL;
	else if (response && rec->status == 200 && document_media_type(rec->http_type, &format))
	{
		long long	length = end - ws->position;
		bool		no_memory;
		char	   *payload = read_payload(ws, length, &no_memory);

		if (payload == NULL && !no_memory)
			report_truncated(ar, rec, end);
		if (payload == NULL)
			return !no_memory;
		return (*entry = new_document(ar, rec, format, payload, (size_t) length)) != NULL;
	}
	else if (response || revisit)
		ar->counts->skipped++;
	if (!skip_bytes(ws, end - ws->position))
		report_truncated(ar, rec, end);
	return true;
}

/*
 * Opens a web archive to be read record by record, counting its skipped
 * and damaged records into counts; NULL (reported) if it cannot be.
 */
archive_reader *
archive_open(const char *path, const char *publisher, archive_counts *counts)
{
	archive_reader *ar = calloc(1, sizeof(archive_reader));
	unsigned char magic[2];

	if (ar == NULL)
	{
		report_error("%s: out of memory", path);
		return NULL;
	}
	ar->ws.path = path;
	ar->publisher = publisher;
	ar->counts = counts;
	/* a regular file only: a FIFO or a device named as an archive would block */
	if ((ar->ws.file = open_regular_file(path, "archive")) == NULL)
	{
		free(ar);
		return NULL;
	}
	ar->ws.gzip = fread(magic, 1, 2, ar->ws.file) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
	rewind(ar->ws.file);
	if (ar->ws.gzip && inflateInit2(&ar->ws.z, 16 + MAX_WBITS) != Z_OK)
	{
		report_error("%s: could not start zlib", path);
		fclose(ar->ws.file);
		free(ar);
		return NULL;
	}
	return ar;
}

/*
 * The archive's next document or revisit, for the caller to free with
 * free_document_entry; NULL after the last, or when the archive could not
 * be read on or out of memory (reported; archive_close says which).  A
 * bad record is reported and passed over.
 */
document_entry *
archive_next(archive_reader *ar)
{
	warc_stream *ws = &ar->ws;
	document_entry *entry = NULL;

	while (!ar->finished && entry == NULL)
	{
		memset(&ar->rec, 0, sizeof(ar->rec));
		if (!read_warc_headers(ws, &ar->rec))
		{
			if (!(ws->corrupt && resync(ws)))
				ar->finished = true;
			continue;
		}
		if (!read_record(ar, &ar->rec, &entry))
			ar->failed = ar->finished = true;
		else if (ws->corrupt && !resync(ws))
			ar->finished = true;
	}
	if (ar->finished && !ar->failed && ferror(ws->file))
	{
		report_error("could not read archive \"%s\": %s", ws->path, strerror(errno));
		ar->failed = true;
	}
	return entry;
}

/*
 * Closes an archive, read to its end or not, adding its damaged records to
 * its counts; false if it could not be read to its end or memory ran out.
 */
bool
archive_close(archive_reader *ar)
{
	bool		ok;

	if (ar == NULL)
		return true;
	ok = !ar->failed;
	ar->counts->damaged += ar->ws.damaged;
	if (ar->ws.gzip)
		inflateEnd(&ar->ws.z);
	fclose(ar->ws.file);
	free(ar);
	return ok;
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
 * The body of a document in an archive as the server meant it, when its
 * payload is in HTTP chunks or compressed: a copy, its chunks joined, and
 * decompressed, malloc'd.  False (reported) when it cannot be undone.
 */
bool
decode_archive_payload(const document_entry *e, char **data, size_t *len)
{
	*data = NULL;
	*len = 0;
	if (e->archive_encoding == HTTP_UNKNOWN)
	{
		report_error("%s: its HTTP Content-Encoding or Transfer-Encoding cannot be read "
					 "(gzip, deflate and chunked can)", e->path);
		return false;
	}
	if ((*data = malloc(e->content_len ? e->content_len : 1)) == NULL)
	{
		report_error("%s: out of memory", e->path);
		return false;
	}
	memcpy(*data, e->content, e->content_len);
	*len = e->content_len;
	if (e->archive_chunked && !join_chunks(*data, len))
		report_error("%s: its chunked HTTP body is malformed", e->path);
	else if (e->archive_encoding == HTTP_IDENTITY ||
			 decompress_body(e, data, len))
		return true;
	free(*data);
	*data = NULL;
	return false;
}
