/*
 * loader.h
 *		Declarations shared by the files of skanecoop-load, the program that
 *		loads source documents into a skanecoop database.
 */
#ifndef SC_LOADER_H
#define SC_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "digest.h"
#include "report.h"
#include "textdoc.h"

/* The version is the Makefile's EXTVERSION, passed with -D. */
#ifndef LOADER_VERSION
#error "LOADER_VERSION is not defined: build with the Makefile, which sets it from EXTVERSION"
#endif

/* Exit codes, documented in --help and the README. */
#define EXIT_LOAD_OK		0	/* every document loaded or unchanged */
#define EXIT_LOAD_FAILED	1	/* some documents were rejected */
#define EXIT_LOAD_USAGE		2	/* bad command line */
#define EXIT_LOAD_DATABASE	3	/* connection or database error */
#define EXIT_LOAD_BUSY		4	/* another run holds the lock (--no-wait) */

/* How many --complete-for prefixes a run takes. */
#define MAX_COMPLETE_FOR 16

typedef struct load_options
{
	const char *dbname;			/* conninfo string, URI or database name */
	const char *host;
	const char *port;
	const char *username;
	const char *publisher;		/* for documents named on the command line */
	const char *root;			/* --root: where manifests' files may lie, or NULL */
	bool		dry_run;
	bool		extract_only;
	bool		json;
	bool		keep_going;
	bool		no_wait;
	bool		quiet;
	bool		allow_mass_withdrawal;
	bool		pattern_stage;
	bool		learned_stage;
	const char *complete_for[MAX_COMPLETE_FOR];	/* URI prefixes the run holds whole */
	int			ncomplete_for;
	char	  **files;
	int			nfiles;
} load_options;

/* What is known of a document before its file is read. */
typedef enum document_format
{
	FORMAT_TEXT,
	FORMAT_HTML
} document_format;

/* How an archived HTTP response's body is compressed (Content-Encoding). */
typedef enum http_encoding
{
	HTTP_IDENTITY,
	HTTP_GZIP,
	HTTP_DEFLATE,
	HTTP_UNKNOWN				/* br, zstd, ...: not read */
} http_encoding;

typedef struct document_entry
{
	char	   *path;			/* file to read, or a label for inline content */
	char	   *content;		/* inline content from a manifest, or NULL */
	size_t		content_len;
	document_format format;
	char	   *uri;
	char	   *publisher;		/* NULL if unknown */
	char	   *fetched_at;		/* timestamptz text, NULL if unknown */
	char	   *charset;		/* label of the HTTP charset, NULL if unknown */
	/*
	 * A web archive named by the command line or a manifest: its records
	 * become the run's documents as it is read (feed.c).
	 */
	bool		archive_input;
	/* a document of a web archive (warc.c), its payload the inline content */
	bool		from_archive;	/* owned by the run's feed, freed with it */
	char	   *archive;		/* the archive's path, or NULL */
	bool		archive_chunked;	/* the payload is in HTTP chunks */
	http_encoding archive_encoding; /* and compressed so */
	bool		revisit;		/* a capture of an unchanged page, without payload */
	char	   *published_on;	/* YYYY-MM-DD, NULL if unknown */
	char	   *updated_on;		/* YYYY-MM-DD, NULL if unknown */
} document_entry;

/* The documents and archives named by the command line and manifests. */
typedef struct entry_list
{
	document_entry *items;
	size_t		count;
	size_t		capacity;
	size_t		rejected;		/* documents of manifests refused before reading */
} entry_list;

/* What the records of a run's archives that are not documents come to. */
typedef struct archive_counts
{
	int			skipped;		/* records that are not documents */
	int			damaged;		/* records that could not be read */
} archive_counts;

/* A document read, validated and split. */
/*
 * A document's facts read ahead on a reader thread (facts.c): their JSON
 * Lines and the warnings they raise, kept for the main thread to hand on
 * in the run's order.  Not ready: the main thread extracts them itself.
 */
typedef struct document_facts
{
	bool		ready;
	size_t		count;			/* facts, one a line */
	char	   *lines;			/* owned: one JSON object a line */
	size_t		lines_len;
	char	   *warnings;		/* owned: one message a line, or NULL */
	size_t		warnings_len;
} document_facts;

typedef struct source_document
{
	const document_entry *entry;
	size_t		file_size;
	size_t		nul_offset;		/* first NUL byte of the file, or SIZE_MAX */
	document_entry archive_entry;	/* an archive's document, its body decoded */
	char		head[4];		/* the file's first bytes, for a byte-order mark */
	size_t		head_len;
	char	   *buffer;			/* owned: the file (text) or the text built (HTML) */
	const char *text;			/* the stored text, in buffer */
	size_t		text_len;
	char		sha256_hex[DIGEST_HEX_SIZE];
	sc_textdoc	parts;
	char		published_on[11];	/* found in the text, or "" */
	char		updated_on[11];
	document_facts facts;		/* read ahead on a reader thread, if ready */
} source_document;

/* A population figure from a CSV file. */
typedef struct population_row
{
	char		code[8];
	char		date[11];		/* YYYY-MM-DD */
	long long	inhabitants;
	char	   *source;			/* malloc'd, or NULL */
} population_row;

typedef struct population_list
{
	population_row *rows;
	size_t		count;
	size_t		capacity;
	size_t		rejected;		/* bad rows, reported and left out */
} population_list;

/* What a run did, for its summary. */
typedef struct run_counts
{
	int			new_documents;
	int			changed;
	int			unchanged;
	int			failed;
	int			skipped;		/* archive records that are not documents */
	long		rows;			/* rows staged: documents, sections, facts */
	long		population_rows;	/* population figures added or changed */
	int			withdrawn;		/* current documents withdrawn (--complete-for) */
	bool		withdrawal_refused; /* it would have withdrawn too many */
} run_counts;

/* A section's whole byte range: its heading (if any) to its body's end. */
static inline sc_span
section_span(const sc_section *s)
{
	sc_span		span = {s->has_heading ? s->heading.start : s->body.start, s->body.end};

	return span;
}

/* options.c */
extern int	parse_options(int argc, char **argv, load_options *opts);

/* manifest.c */
extern document_entry *new_entry(entry_list *entries);
extern bool add_manifest_entries(const char *path, const char *root, entry_list *entries);
extern bool add_file_entry(const char *path, const char *publisher, entry_list *entries);
extern bool add_archive_input(const char *path, const char *publisher, entry_list *entries);
extern bool entries_have_distinct_uris(const entry_list *entries);
extern void free_document_entry(document_entry *entry);
extern void free_entries(entry_list *entries);

/* warc.c */
typedef struct archive_reader archive_reader;

extern archive_reader *archive_open(const char *path, const char *publisher,
									archive_counts *counts);
extern document_entry *archive_next(archive_reader *ar);
extern bool archive_close(archive_reader *ar);
extern bool decode_archive_payload(const document_entry *entry, char **data, size_t *len);

/* feed.c */
typedef struct document_feed document_feed;

extern document_feed *feed_start(const entry_list *inputs);
extern const document_entry *feed_entry(document_feed *feed, size_t n);
extern void feed_release(document_feed *feed, size_t n);
extern size_t feed_total(document_feed *feed);
extern bool feed_complete(document_feed *feed, archive_counts *counts);
extern void feed_free(document_feed *feed);

/* paths.c */
extern char *manifest_file_path(const char *manifest, long line, const char *file,
								const char *root);
extern FILE *open_regular_file(const char *path, const char *what);

/* values.c */
extern bool storable_day(const char *text);
extern bool storable_timestamp(const char *text);

/* population.c */
extern bool read_population_file(const char *path, population_list *list);
extern void free_population(population_list *list);

/* source.c */
extern document_format format_of_path(const char *path);
extern FILE *open_entry(const document_entry *entry);
extern bool read_source(const document_entry *entry, source_document *doc);
extern bool parse_source(source_document *doc);
extern void free_source(source_document *doc);

/* json.c */
extern void json_string(FILE *out, const char *text, size_t len);
extern void json_field(FILE *out, const char *key, const char *value, bool first);
extern void json_document(FILE *out, const source_document *doc);
extern void json_population(FILE *out, const population_list *list);
extern void json_summary(FILE *out, const run_counts *counts, bool written, double seconds);

/* facts.c */
extern size_t write_document_facts(FILE *out, const source_document *doc);
/* Receives one fact's JSON object; returns false to stop the extraction. */
typedef bool (*fact_line_sink) (const char *json, size_t len, void *arg);
extern bool stream_document_facts(const source_document *doc, fact_line_sink each_line,
								  void *arg);
extern void extract_facts_ahead(source_document *doc);
extern void free_document_facts(document_facts *facts);
extern void set_fact_warnings(bool on);
/* --pattern-stage: member lists read by the patterns too (off by default). */
extern void set_pattern_stage(bool on);
/* --learned-stage: memberships the learned model weighs (off by default). */
extern void set_learned_stage(bool on);

/* html.c */
extern bool parse_html(source_document *doc);
extern bool page_may_hold_nul(const source_document *doc);

/* charset.c */
typedef struct page_decoder page_decoder;

extern const char *charset_encoding_of_label(const char *label, size_t len);
extern const char *charset_sniff(const char *head, size_t len, const char *http_label,
								 size_t *bom_length);
extern page_decoder *page_decoder_new(const char *encoding, const char *path);
extern size_t page_decode(page_decoder *d, const char *in, size_t len, bool last,
						  const char **out);
extern void page_decoder_free(page_decoder *d);

/* database.c */
typedef struct load_session load_session;
typedef enum load_verdict
{
	DOCUMENT_NEW,
	DOCUMENT_CHANGED,
	DOCUMENT_UNCHANGED
} load_verdict;

extern load_session *session_begin(const load_options *opts, int *exit_status);
extern load_verdict session_verdict(load_session *session, const char *uri,
									const char *sha256_hex);
extern bool session_add_document(load_session *session, const source_document *doc,
								 long *rows);
extern bool session_confirm(load_session *session, const document_entry *entry);
extern bool session_finish(load_session *session, document_feed *feed,
						   const population_list *population, bool commit, run_counts *counts);
extern void session_count_refused(load_session *session, run_counts *counts);
extern void session_end(load_session *session);

/* read_ahead.c */
typedef struct read_document
{
	source_document doc;
	bool		read;			/* read and hashed */
	bool		parsed;			/* checked and split; false if unchanged */
	bool		skipped;		/* a revisit of a page the database does not have */
	load_verdict verdict;
} read_document;

typedef struct read_ahead read_ahead;

extern read_ahead *read_ahead_start(document_feed *feed, load_session *session);
extern read_document *read_ahead_next(read_ahead *ra);
extern void read_ahead_release(read_ahead *ra, read_document *slot);
extern void read_ahead_stop(read_ahead *ra);

/* printable.c */
extern char *printable_text(const char *text, size_t len);

#endif							/* SC_LOADER_H */
