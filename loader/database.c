/*
 * database.c
 *		The loader's side of the database: one transaction per run, the
 *		documents streamed into a staging table with COPY and merged into
 *		skanecoop.document and skanecoop.section batch by batch, the facts
 *		merged at the end.
 *
 * The staging table holds a row per document (ordinal 0, with the whole
 * text), a row per section (with its document's URI, by which it finds
 * the document's new id, and where its body begins in the text) and a
 * row per fact, so that one COPY stream carries everything and no
 * document's rows need to be held back for another's.  When a batch of
 * about BATCH_BYTES has been staged, the COPY ends and the batch is merged
 * while the loader goes on reading the next documents: the server's work
 * then overlaps the loader's instead of following it, and the staging
 * table stays small enough for temp_buffers.
 * Facts wait in a table of their own until the end, because how an
 * organisation is named is decided over all of a run's facts at once.
 *
 * Every document found unchanged is evidence that its current revision
 * still held when it was fetched: the run remembers which, and at the end
 * moves their last_seen_at on and logs the sighting, in one statement for
 * them all (see confirm_unchanged).
 *
 * A lock on skanecoop.load_lock serialises runs: two loaders merging into
 * the same URIs at once would otherwise both supersede the same revision.
 * Only roles that may load can take it (an advisory lock, which the
 * loader took before the table existed, can be taken by any role).  The
 * connection's search_path is pg_catalog and pg_temp, so that objects
 * planted in other schemas change nothing in the loader's statements.
 */
#include "loader.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libpq-fe.h"
#include "utf8.h"

/* Advisory lock key of loader runs before skanecoop.load_lock: "skan" in ASCII. */
#define LOAD_LOCK_KEY "1936417134"

/*
 * Rows on their way into the COPY stream.  A long field is escaped and sent
 * in slices, so a large document never needs a second, escaped copy of
 * itself in memory.  While the server merges a batch, rows wait here, up
 * to PENDING_BYTES.  The connection does not block on sending: rows the
 * server has not yet taken wait in libpq, up to UNSENT_BYTES, so that the
 * loader reads on instead of waiting for each flush to be consumed.
 */
typedef struct copy_buffer
{
	PGconn	   *conn;
	load_session *session;		/* whose batches it carries */
	char	   *data;
	size_t		len;
	size_t		capacity;
	size_t		batch_bytes;	/* sent since the batch's COPY began */
	size_t		unsent;			/* handed to libpq since it was last empty */
	bool		merging;		/* a batch merge runs; no COPY until it ends */
	bool		failed;			/* out of memory or the connection failed */
} copy_buffer;

#define COPY_FLUSH_BYTES (256 * 1024)
#define COPY_SLICE_BYTES (64 * 1024)
#define BATCH_BYTES (8 * 1024 * 1024)
#define PENDING_BYTES (8 * 1024 * 1024)
#define UNSENT_BYTES (4 * 1024 * 1024)
/* at most PENDING_BYTES, then a slice of a field or a row's small fields */
#define BUFFER_LIMIT (PENDING_BYTES + 2 * COPY_SLICE_BYTES)
/*
 * The server's memory for a batch's merge.  The transition table of
 * section_history_guard holds every section the batch adds, about half of
 * BATCH_BYTES, and the sections are cut from the batch's documents' texts,
 * held together for that, the other half; at the default work_mem of 4 MB
 * they went to temporary files, written and read back, every batch.
 */
#define MERGE_WORK_MEM "32MB"

/*
 * Merges the staged documents and sections of a batch and moves its facts
 * aside, leaving the staging table empty for the next batch.  The current
 * revisions a batch supersedes are looked up by their URIs, one probe of
 * the index of current URIs each: the staging table has no statistics, and
 * joined to it the documents were read whole and hashed, every batch, at a
 * cost that grew with the database.
 *
 * A section's body is not staged: it is the document's text from the
 * section's body_start to its byte_end, cut here from the staged text,
 * turned into UTF-8 bytes once a document (the offsets count UTF-8 bytes,
 * whatever the database's encoding).  Staged as well, the text of every
 * section went through COPY twice, and COPY is about a third of the
 * server's work.  The bytes are textsend's: the text in the connection's
 * encoding, which the loader sets to UTF-8, as convert_to(body, 'UTF8')
 * gives them, but without checking again that the text is valid, which
 * COPY did (the check took 2 % of the server's CPU time).
 */
#define MERGE_BATCH_SQL \
	"UPDATE skanecoop.document d SET superseded_at = pg_catalog.now()" \
	" WHERE d.superseded_at IS NULL AND d.uri = ANY (ARRAY(" \
	"  SELECT r.uri FROM pg_temp.load_row r WHERE r.ordinal = 0));" \
	"WITH inserted AS (" \
	" INSERT INTO skanecoop.document (uri, publisher, title, format, sha256," \
	"  fetched_at, published_on, updated_on, loaded_at, content)" \
	" SELECT uri, publisher, title, format, pg_catalog.decode(sha256, 'hex')," \
	"  fetched_at::pg_catalog.timestamptz, published_on::pg_catalog.date," \
	"  updated_on::pg_catalog.date, pg_catalog.now(), body" \
	" FROM pg_temp.load_row WHERE ordinal = 0 ORDER BY doc_key" \
	" RETURNING document_id, uri)" \
	" INSERT INTO skanecoop.section" \
	"  (document_id, ordinal, heading, body, byte_start, byte_end)" \
	" SELECT i.document_id, r.ordinal, r.heading," \
	"  pg_catalog.convert_from(pg_catalog.substr(t.utf8," \
	"   r.body_start + 1, r.byte_end - r.body_start), 'UTF8')," \
	"  r.byte_start, r.byte_end" \
	" FROM pg_temp.load_row r JOIN inserted i USING (uri)" \
	" JOIN (SELECT uri, pg_catalog.textsend(body) AS utf8" \
	"  FROM pg_temp.load_row WHERE ordinal = 0 OFFSET 0) t USING (uri)" \
	" WHERE r.ordinal > 0;" \
	"INSERT INTO pg_temp.load_fact_row SELECT uri, ordinal, fact" \
	" FROM pg_temp.load_row WHERE ordinal < 0;" \
	"TRUNCATE pg_temp.load_row;"

/*
 * The foreign keys' checks (one for each section and fact merged) and the
 * history triggers' queries are planned once a session and their generic
 * plan kept.  Planned while the referenced tables are nearly empty, that
 * plan reads them whole, and goes on reading them whole as the run fills
 * them: a first load into a database vacuumed while still empty (where
 * the planner trusts the zero rows vacuum counted) took five times as
 * long as into a new one (where the planner assumes ten pages at least).
 * A role that does not own the tables cannot ANALYZE them between batches,
 * but it can have every execution planned for the sizes of the moment,
 * for this run only, when the tables were so small at its start.
 */
#define PLAN_EACH_EXECUTION_WHEN_SMALL_SQL \
	"SELECT pg_catalog.set_config('plan_cache_mode', 'force_custom_plan', true)" \
	" WHERE EXISTS (SELECT FROM pg_catalog.pg_class" \
	"  WHERE oid IN ('skanecoop.document'::pg_catalog.regclass," \
	"   'skanecoop.organisation'::pg_catalog.regclass)" \
	"  AND reltuples >= 0 AND relpages < 10)"

#define COPY_ROWS_SQL "COPY pg_temp.load_row FROM STDIN (FORMAT binary)"

/*
 * A batch is merged inside a savepoint: should the server refuse one of
 * its documents (a constraint or trigger of the database's own, say), the
 * batch is rolled back and merged again document by document, and only
 * the documents refused are left out (see merge_each_document).
 */
#define BATCH_SAVEPOINT_SQL "SAVEPOINT load_batch;"
#define RELEASE_BATCH_SQL "RELEASE SAVEPOINT load_batch;"
#define LOAD_ROW_FIELDS 16

/*
 * A document found unchanged: its URI and fetch time, strings of the run's
 * feed entry, which stay valid until the feed is freed, after
 * session_finish (an archive record's payload goes earlier, its strings
 * do not).
 */
typedef struct confirmed_document
{
	const char *uri;
	const char *fetched_at;
} confirmed_document;

struct load_session
{
	PGconn	   *conn;
	const load_options *opts;
	PGresult   *current;		/* uri, sha256 of current revisions, by uri */
	copy_buffer row;
	int			next_key;
	bool		broken;			/* an error was reported; roll back */
	run_counts	refused;		/* documents the server refused, by verdict */
	bool		held_table;		/* pg_temp.load_held exists */
	bool		has_sightings;	/* the extension records sightings (0.3) */
	confirmed_document *confirmed;	/* found unchanged, in this run */
	size_t		nconfirmed;
	size_t		confirmed_capacity;
};

static const char *trimmed_message(PGconn *conn);
static void report_db_error(PGconn *conn);
static bool exec_ok(load_session *s, const char *sql, ExecStatusType expected);
static void drain_results(PGconn *conn);
static PGconn *connect_database(const load_options *opts);
static bool set_nonblocking(PGconn *conn);
static bool take_lock(load_session *s, int *exit_status);
static bool check_extension(load_session *s);
static bool buffer_reserve(copy_buffer *buf, size_t extra);
static void put_bytes(copy_buffer *buf, const void *bytes, size_t len);
static void put_be(copy_buffer *buf, uint64_t value, int bytes);
static void begin_row(copy_buffer *buf, int nfields);
static void put_slices(copy_buffer *buf, const char *bytes, size_t len);
static void put_text(copy_buffer *buf, const char *text, size_t len);
static void put_jsonb(copy_buffer *buf, const char *json, size_t len);
static void put_null(copy_buffer *buf);
static void put_field(copy_buffer *buf, const char *text);
static void put_int(copy_buffer *buf, int64_t value, int bytes);
static void put_span_text(copy_buffer *buf, const char *text, sc_span span);
static void begin_copy_data(copy_buffer *buf);
static bool stage_facts(load_session *s, const source_document *doc, int key, long *rows);
static void send_output(copy_buffer *buf, bool wait);
static bool await_copy(copy_buffer *buf, bool wait);
static bool flush_due(const copy_buffer *buf);
static bool flush_buffer(copy_buffer *buf);
static bool end_row(load_session *s);
static bool end_copy(load_session *s);
static bool move_batches_on(load_session *s);
static bool start_batch_merge(load_session *s);
static bool merge_last_batch(load_session *s);
static bool merge_refused(load_session *s);
static bool refused_for_its_data(const PGresult *res);
static bool merge_one_document(load_session *s, PGresult *held, int row);
static bool merge_each_document(load_session *s);
static bool has_relation(load_session *s, const char *name, bool *has);
static bool confirm_unchanged(load_session *s);
static bool stage_present(load_session *s, document_feed *feed);
static bool withdraw_missing(load_session *s, run_counts *counts);
static bool stage_population(load_session *s, const population_list *population);
static bool merge_population(load_session *s, long *population_rows);
static bool has_more_evidence(load_session *s, bool *has_column);
static bool query_bool(load_session *s, const char *sql, const char *param, bool *answer);
static bool merge_facts(load_session *s);

/* libpq's last error message without its final newline. */
static const char *
trimmed_message(PGconn *conn)
{
	static char message[2048];
	size_t		len;

	snprintf(message, sizeof(message), "%s", PQerrorMessage(conn));
	len = strlen(message);
	while (len > 0 && message[len - 1] == '\n')
		message[--len] = '\0';
	return message;
}

/*
 * A lost connection (a server restart or crash, a network failure) is
 * named as such: the server rolls back the run's transaction, so the user
 * needs to know that nothing was written and that running again is safe.
 */
static void
report_db_error(PGconn *conn)
{
	if (PQstatus(conn) == CONNECTION_BAD)
		report_error("the connection to the server was lost during the run: %s\n"
					 "The run was not committed, so nothing was written; run the loader again.",
					 trimmed_message(conn));
	else
		report_error("database error: %s", trimmed_message(conn));
}

static bool
exec_ok(load_session *s, const char *sql, ExecStatusType expected)
{
	PGresult   *res = PQexec(s->conn, sql);
	bool		ok = PQresultStatus(res) == expected;

	if (!ok && PQstatus(s->conn) == CONNECTION_BAD && strcmp(sql, "COMMIT") == 0)
		report_error("the connection to the server was lost while committing the run: %s\n"
					 "Whether it was written is unknown; run the loader again, which skips "
					 "what was stored as unchanged.", trimmed_message(s->conn));
	else if (!ok)
		report_db_error(s->conn);
	if (!ok)
		s->broken = true;
	PQclear(res);
	return ok;
}

/*
 * Reads what is left of the results.  Before an error is told apart as a
 * lost connection, so that libpq has seen the server close it: a restart
 * sends a FATAL error first, and the connection's status still says OK
 * until the end of the stream is read.
 */
static void
drain_results(PGconn *conn)
{
	PGresult   *res;

	while ((res = PQgetResult(conn)) != NULL)
		PQclear(res);
}

static PGconn *
connect_database(const load_options *opts)
{
	/* the loader's text is UTF-8, whatever the environment says */
	const char *keywords[] = {"host", "port", "user", "dbname",
	"fallback_application_name", "client_encoding", NULL};
	const char *values[] = {opts->host, opts->port, opts->username, opts->dbname,
	LOADER_NAME, "UTF8", NULL};
	PGconn	   *conn = PQconnectdbParams(keywords, values, 1);

	if (PQstatus(conn) != CONNECTION_OK)
	{
		report_error("connection to database failed: %s", trimmed_message(conn));
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

/* COPY data is sent without blocking (see copy_buffer); PQexec still waits. */
static bool
set_nonblocking(PGconn *conn)
{
	if (PQsetnonblocking(conn, 1) == 0)
		return true;
	report_db_error(conn);
	return false;
}

/*
 * Whether the database has a relation of the extension: skanecoop.load_lock,
 * which only roles that may load can lock (an extension older than the
 * table has the advisory lock its own loaders take instead), or
 * skanecoop.sighting, where runs log what they found unchanged (0.3).
 */
static bool
has_relation(load_session *s, const char *name, bool *has)
{
	return query_bool(s, "SELECT pg_catalog.to_regclass($1) IS NOT NULL", name, has);
}

/*
 * Runs a query of one boolean, with one text parameter or none (param
 * NULL): its answer into *answer.  False, the error reported, if the query
 * fails.
 */
static bool
query_bool(load_session *s, const char *sql, const char *param, bool *answer)
{
	PGresult   *res = PQexecParams(s->conn, sql, param != NULL ? 1 : 0, NULL, &param,
								   NULL, NULL, 0);
	bool		ok = PQresultStatus(res) == PGRES_TUPLES_OK;

	if (ok)
		*answer = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	else
		report_db_error(s->conn);
	PQclear(res);
	return ok;
}

static bool
take_lock(load_session *s, int *exit_status)
{
	bool		table;
	bool		no_wait = s->opts->no_wait;
	PGresult   *res;
	ExecStatusType status;
	const char *sqlstate;
	bool		busy;
	bool		locked;

	if (!has_relation(s, "skanecoop.load_lock", &table))
		return false;
	res = PQexec(s->conn,
				 table && no_wait ? "LOCK TABLE skanecoop.load_lock IN EXCLUSIVE MODE NOWAIT" :
				 table ? "LOCK TABLE skanecoop.load_lock IN EXCLUSIVE MODE" :
				 no_wait ? "SELECT pg_catalog.pg_try_advisory_xact_lock(" LOAD_LOCK_KEY ")" :
				 "SELECT pg_catalog.pg_advisory_xact_lock(" LOAD_LOCK_KEY ")");
	status = PQresultStatus(res);
	sqlstate = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	busy = table ?
		(sqlstate != NULL && strcmp(sqlstate, "55P03") == 0) :	/* lock_not_available */
		(status == PGRES_TUPLES_OK && strcmp(PQgetvalue(res, 0, 0), "f") == 0);
	locked = (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) && !busy;

	if (busy)
	{
		report_error("another %s run is loading into this database", LOADER_NAME);
		*exit_status = EXIT_LOAD_BUSY;
	}
	else if (!locked)
		report_db_error(s->conn);
	PQclear(res);
	return locked;
}

static bool
check_extension(load_session *s)
{
	PGresult   *res = PQexec(s->conn,
							 "SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'skanecoop'");
	bool		ok = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		report_db_error(s->conn);
	else if (!ok)
		report_error("extension \"skanecoop\" is not installed in database \"%s\"\n"
					 "HINT:  Run CREATE EXTENSION skanecoop; in that database first.",
					 PQdb(s->conn));
	PQclear(res);
	return ok;
}

/*
 * Connects, opens the run's transaction and starts the COPY into the
 * staging table.  On failure returns NULL with *exit_status set.
 */
load_session *
session_begin(const load_options *opts, int *exit_status)
{
	load_session *s = calloc(1, sizeof(load_session));

	if (s == NULL)
	{
		report_error("out of memory");
		return NULL;
	}
	s->opts = opts;
	s->row.session = s;
	if ((s->conn = s->row.conn = connect_database(opts)) == NULL ||
		!set_nonblocking(s->conn) ||
		!exec_ok(s, "SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', false)",
				 PGRES_TUPLES_OK) ||
		!exec_ok(s, "BEGIN", PGRES_COMMAND_OK) ||
		/* staging a batch in temporary files would double the work */
		!exec_ok(s, "SET LOCAL temp_buffers = '64MB'", PGRES_COMMAND_OK) ||
		/* nor writing the sections it merges to one (see MERGE_WORK_MEM) */
		!exec_ok(s, "SET LOCAL work_mem = '" MERGE_WORK_MEM "'", PGRES_COMMAND_OK) ||
		/* section bodies compressed by lz4, where the server has it, cost less */
		!exec_ok(s,
				 "SELECT pg_catalog.set_config('default_toast_compression', 'lz4', true)"
				 " FROM pg_catalog.pg_settings"
				 " WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)",
				 PGRES_TUPLES_OK) ||
		!check_extension(s) ||
		!take_lock(s, exit_status) ||
		!exec_ok(s, PLAN_EACH_EXECUTION_WHEN_SMALL_SQL, PGRES_TUPLES_OK) ||
		!has_relation(s, "skanecoop.sighting", &s->has_sightings) ||
		!exec_ok(s,
				 "CREATE TEMPORARY TABLE load_row ("
				 " doc_key integer NOT NULL, ordinal integer NOT NULL,"
				 " uri text, publisher text, title text, format text, sha256 text,"
				 " fetched_at text, published_on text, updated_on text,"
				 " heading text, body text, byte_start integer, byte_end integer,"
				 " body_start integer, fact jsonb"
				 ") ON COMMIT DROP", PGRES_COMMAND_OK) ||
		!exec_ok(s,
				 "CREATE TEMPORARY TABLE load_fact_row ("
				 " uri text NOT NULL, ordinal integer NOT NULL, fact jsonb NOT NULL"
				 ") ON COMMIT DROP", PGRES_COMMAND_OK))
	{
		session_end(s);
		return NULL;
	}
	s->current = PQexec(s->conn,
						"SELECT uri, pg_catalog.encode(sha256, 'hex')"
						" FROM skanecoop.document WHERE superseded_at IS NULL"
						" ORDER BY uri COLLATE \"C\"");
	if (PQresultStatus(s->current) != PGRES_TUPLES_OK ||
		!exec_ok(s, COPY_ROWS_SQL, PGRES_COPY_IN))
	{
		if (PQresultStatus(s->current) != PGRES_TUPLES_OK)
			report_db_error(s->conn);
		session_end(s);
		return NULL;
	}
	begin_copy_data(&s->row);
	return s;
}

/* Whether a document is new, changed or unchanged, by binary search. */
load_verdict
session_verdict(load_session *s, const char *uri, const char *sha256_hex)
{
	int			low = 0,
				high = PQntuples(s->current) - 1;

	while (low <= high)
	{
		int			mid = low + (high - low) / 2;
		int			cmp = strcmp(PQgetvalue(s->current, mid, 0), uri);

		if (cmp == 0)
			return strcmp(PQgetvalue(s->current, mid, 1), sha256_hex) == 0 ?
				DOCUMENT_UNCHANGED : DOCUMENT_CHANGED;
		if (cmp < 0)
			low = mid + 1;
		else
			high = mid - 1;
	}
	return DOCUMENT_NEW;
}

static bool
buffer_reserve(copy_buffer *buf, size_t extra)
{
	size_t		need = buf->len + extra;

	if (need > buf->capacity && !buf->failed)
	{
		size_t		capacity = buf->capacity ? buf->capacity : 4096;
		char	   *data;

		while (capacity < need)
			capacity *= 2;
		/* the rows of a merge's wait fit without doubling to twice that */
		if (need <= BUFFER_LIMIT && capacity > BUFFER_LIMIT)
			capacity = BUFFER_LIMIT;
		if ((data = realloc(buf->data, capacity)) == NULL)
		{
			report_error("out of memory");
			buf->failed = true;
		}
		else
		{
			buf->data = data;
			buf->capacity = capacity;
		}
	}
	return !buf->failed;
}

/*
 * Sends what libpq holds, as much as the socket takes now, or with wait
 * all of it.  Waiting for the socket also wakes on input, which PQflush
 * reads, so that a server sending notices is never left blocked.
 */
static void
send_output(copy_buffer *buf, bool wait)
{
	int			unsent;

	while ((unsent = PQflush(buf->conn)) == 1 && wait)
	{
		struct pollfd ready = {PQsocket(buf->conn), POLLIN | POLLOUT, 0};

		if (poll(&ready, 1, -1) < 0 && errno != EINTR)
		{
			report_error("could not wait for the server: %s", strerror(errno));
			buf->failed = true;
			return;
		}
	}
	if (unsent < 0)
	{
		report_db_error(buf->conn);
		buf->failed = true;
	}
	else if (unsent == 0)
		buf->unsent = 0;
}

/*
 * Collects the results of a batch merge up to the COPY that ends it.
 * Without wait, returns at once if the server is still merging.
 */
static bool
await_copy(copy_buffer *buf, bool wait)
{
	PGresult   *res;

	if (!wait)
		send_output(buf, false);
	if (!wait && !buf->failed && PQconsumeInput(buf->conn) == 0)
	{
		report_db_error(buf->conn);
		buf->failed = true;
	}
	while (buf->merging && !buf->failed && (wait || !PQisBusy(buf->conn)))
	{
		res = PQgetResult(buf->conn);
		if (PQresultStatus(res) == PGRES_COPY_IN)
			buf->merging = false;
		else if (PQresultStatus(res) != PGRES_COMMAND_OK)
		{
			bool		document_refused = refused_for_its_data(res);

			drain_results(buf->conn);
			buf->merging = false;
			/* the batch again, without what the server refused, then the next COPY */
			if (!document_refused || PQstatus(buf->conn) == CONNECTION_BAD)
				report_db_error(buf->conn);
			buf->failed = !document_refused || PQstatus(buf->conn) == CONNECTION_BAD ||
				!merge_refused(buf->session) ||
				!exec_ok(buf->session, COPY_ROWS_SQL, PGRES_COPY_IN);
		}
		PQclear(res);
	}
	return !buf->failed;
}

/* Whether the buffer holds enough to send, or to wait for the merge. */
static bool
flush_due(const copy_buffer *buf)
{
	return buf->len >= (buf->merging ? PENDING_BYTES : COPY_FLUSH_BYTES);
}

/*
 * Sends what the buffer holds, whole rows or not, to the COPY stream,
 * first waiting for a batch merge to end.  What piled up during a merge
 * goes in slices, so that libpq never holds much more than UNSENT_BYTES.
 */
static bool
flush_buffer(copy_buffer *buf)
{
	if (buf->merging)
		await_copy(buf, true);
	for (size_t sent = 0; sent < buf->len && !buf->failed; sent += COPY_FLUSH_BYTES)
	{
		size_t		slice = buf->len - sent < COPY_FLUSH_BYTES ? buf->len - sent : COPY_FLUSH_BYTES;

		if (PQputCopyData(buf->conn, buf->data + sent, (int) slice) != 1)
		{
			report_db_error(buf->conn);
			buf->failed = true;
		}
		else if ((buf->unsent += slice) >= UNSENT_BYTES)
			send_output(buf, true);
	}
	buf->batch_bytes += buf->len;
	buf->len = 0;
	return !buf->failed;
}

static void
put_bytes(copy_buffer *buf, const void *bytes, size_t len)
{
	if (buffer_reserve(buf, len))
	{
		memcpy(buf->data + buf->len, bytes, len);
		buf->len += len;
	}
}

/* Integers go out in network byte order, as COPY's binary format wants. */
static void
put_be(copy_buffer *buf, uint64_t value, int bytes)
{
	unsigned char be[8];

	for (int i = 0; i < bytes; i++)
		be[i] = (unsigned char) (value >> (8 * (bytes - 1 - i)));
	put_bytes(buf, be, (size_t) bytes);
}

/* Starts a row of the binary format: its number of fields. */
static void
begin_row(copy_buffer *buf, int nfields)
{
	put_be(buf, (uint64_t) nfields, 2);
}

/* A field's bytes, in slices, sending full buffers as it goes. */
static void
put_slices(copy_buffer *buf, const char *bytes, size_t len)
{
	for (size_t sliced = 0; sliced < len; sliced += COPY_SLICE_BYTES)
	{
		size_t		slice = len - sliced < COPY_SLICE_BYTES ? len - sliced : COPY_SLICE_BYTES;

		if (flush_due(buf) && !flush_buffer(buf))
			return;
		put_bytes(buf, bytes + sliced, slice);
	}
}

/* A text field: its length, then its bytes as they are. */
static void
put_text(copy_buffer *buf, const char *text, size_t len)
{
	put_be(buf, len, 4);
	put_slices(buf, text, len);
}

/* A jsonb field: the format's version byte, then the JSON text. */
static void
put_jsonb(copy_buffer *buf, const char *json, size_t len)
{
	put_be(buf, len + 1, 4);
	put_bytes(buf, "\1", 1);
	put_slices(buf, json, len);
}

static void
put_null(copy_buffer *buf)
{
	put_be(buf, UINT32_MAX, 4);		/* a length of -1 */
}

/* Appends a string field; NULL and "" both mean SQL NULL. */
static void
put_field(copy_buffer *buf, const char *text)
{
	if (text != NULL && text[0] != '\0')
		put_text(buf, text, strlen(text));
	else
		put_null(buf);
}

/* An integer field, of 4 bytes or 8. */
static void
put_int(copy_buffer *buf, int64_t value, int bytes)
{
	put_be(buf, (uint64_t) bytes, 4);
	put_be(buf, (uint64_t) value, bytes);
}

/* Ends the row in the buffer, sending the buffer when it is full. */
static bool
end_row(load_session *s)
{
	copy_buffer *buf = &s->row;

	return flush_due(buf) ? flush_buffer(buf) : !buf->failed;
}

static void
put_span_text(copy_buffer *buf, const char *text, sc_span span)
{
	put_text(buf, text + span.start, span.end - span.start);
}

/* What every COPY begins with: the signature, no flags, no extension. */
static void
begin_copy_data(copy_buffer *buf)
{
	static const unsigned char signature[11] = "PGCOPY\n\377\r\n";

	put_bytes(buf, signature, sizeof(signature));
	put_be(buf, 0, 4);
	put_be(buf, 0, 4);
}

bool
session_add_document(load_session *s, const source_document *doc, long *rows)
{
	const document_entry *e = doc->entry;
	copy_buffer *buf = &s->row;
	int			key = ++s->next_key;

	begin_row(buf, LOAD_ROW_FIELDS);
	put_int(buf, key, 4);
	put_int(buf, 0, 4);
	put_field(buf, e->uri);
	put_field(buf, e->publisher);
	put_span_text(buf, doc->text, doc->parts.title);
	put_field(buf, e->format == FORMAT_HTML ? "html" : "text");
	put_field(buf, doc->sha256_hex);
	put_field(buf, e->fetched_at);
	put_field(buf, e->published_on ? e->published_on : doc->published_on);
	put_field(buf, e->updated_on ? e->updated_on : doc->updated_on);
	put_null(buf);
	put_text(buf, doc->text, doc->text_len);
	for (int k = 0; k < 4; k++)
		put_null(buf);
	if (!end_row(s))
		return false;
	*rows += 1 + (long) doc->parts.nsections;

	for (size_t i = 0; i < doc->parts.nsections; i++)
	{
		const sc_section *sec = &doc->parts.sections[i];
		sc_span		whole = section_span(sec);

		begin_row(buf, LOAD_ROW_FIELDS);
		put_int(buf, key, 4);
		put_int(buf, (int64_t) i + 1, 4);
		put_field(buf, e->uri);
		for (int k = 0; k < 7; k++)
			put_null(buf);
		if (sec->has_heading)
			put_span_text(buf, doc->text, sec->heading);
		else
			put_null(buf);
		put_null(buf);			/* the body, which the merge cuts from the text */
		put_int(buf, (int64_t) whole.start, 4);
		put_int(buf, (int64_t) whole.end, 4);
		put_int(buf, (int64_t) sec->body.start, 4);
		put_null(buf);
		if (!end_row(s))
			return false;
	}
	return stage_facts(s, doc, key, rows) && move_batches_on(s);
}

/*
 * Between two documents: notes a merge that has ended, or ends the batch
 * once it is big enough, or else sends what the socket takes now.
 */
static bool
move_batches_on(load_session *s)
{
	copy_buffer *buf = &s->row;

	if (buf->merging)
		return await_copy(buf, false);
	if (buf->batch_bytes + buf->len >= BATCH_BYTES)
		return start_batch_merge(s);
	send_output(buf, false);
	return !buf->failed;
}

/* Where a document's facts are staged, as stage_fact receives them. */
typedef struct fact_stage
{
	load_session *session;
	const source_document *doc;
	int			key;
	long		staged;
} fact_stage;

/*
 * Stages one fact (ordinal -1, -2, ...) with the fact as the JSON object
 * --extract-only prints.  A document's facts may fill batches of their
 * own: its document and section rows come first, and facts find their
 * document by its URI at the end of the run.  Ending such batches as they
 * fill also tells, within a batch, that the server has refused the run;
 * then false stops the extraction.
 */
static bool
stage_fact(const char *json, size_t len, void *arg)
{
	fact_stage *st = arg;
	load_session *s = st->session;
	copy_buffer *buf = &s->row;

	begin_row(buf, LOAD_ROW_FIELDS);
	put_int(buf, st->key, 4);
	put_int(buf, -(st->staged + 1), 4);
	put_field(buf, st->doc->entry->uri);
	for (int k = 0; k < 12; k++)
		put_null(buf);
	put_jsonb(buf, json, len);
	if (!end_row(s))
		return false;
	st->staged++;
	return buf->batch_bytes + buf->len < BATCH_BYTES || move_batches_on(s);
}

/*
 * Stages the document's facts as the extractor finds them: memory does not
 * grow with their number.
 */
static bool
stage_facts(load_session *s, const source_document *doc, int key, long *rows)
{
	fact_stage	st = {s, doc, key, 0};
	bool		ok = stream_document_facts(doc, stage_fact, &st);

	*rows += st.staged;
	return ok;
}

/*
 * Sends the rest of the rows and ends the COPY, failing it instead when the
 * rows could not all be sent (the server then rolls the COPY back).
 */
static bool
end_copy(load_session *s)
{
	PGresult   *res;
	bool		ok;

	put_be(&s->row, UINT16_MAX, 2);	/* the trailer: a field count of -1 */
	if (!flush_buffer(&s->row))
		s->broken = true;
	else
		send_output(&s->row, true);
	if (PQputCopyEnd(s->conn, s->broken ? "load abandoned" : NULL) != 1)
	{
		report_db_error(s->conn);
		return false;
	}
	res = PQgetResult(s->conn);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	PQclear(res);
	drain_results(s->conn);
	if (!ok && !s->broken)
		report_db_error(s->conn);
	return ok;
}

/*
 * Ends the batch's COPY and sends its merge, followed by the COPY of the
 * next batch, without waiting: the server merges while the loader reads on.
 */
static bool
start_batch_merge(load_session *s)
{
	if (!end_copy(s))
		return false;
	if (PQsendQuery(s->conn, BATCH_SAVEPOINT_SQL MERGE_BATCH_SQL RELEASE_BATCH_SQL COPY_ROWS_SQL) != 1)
	{
		report_db_error(s->conn);
		return false;
	}
	s->row.merging = true;
	s->row.batch_bytes = 0;
	begin_copy_data(&s->row);
	return true;
}

/* Waits for the merge under way, then merges the last batch. */
static bool
merge_last_batch(load_session *s)
{
	PGresult   *res;
	bool		merged,
				document_refused;

	if ((s->row.merging && !await_copy(&s->row, true)) || !end_copy(s))
		return false;
	res = PQexec(s->conn, BATCH_SAVEPOINT_SQL MERGE_BATCH_SQL RELEASE_BATCH_SQL);
	merged = PQresultStatus(res) == PGRES_COMMAND_OK;
	document_refused = !merged && refused_for_its_data(res);
	PQclear(res);
	if (merged)
		return true;
	if (document_refused && PQstatus(s->conn) != CONNECTION_BAD)
		return merge_refused(s);
	report_db_error(s->conn);
	s->broken = true;
	return false;
}

/*
 * After the server refused a batch's merge: rolls the batch back to its
 * staged rows and merges them document by document.
 */
static bool
merge_refused(load_session *s)
{
	return exec_ok(s, "ROLLBACK TO SAVEPOINT load_batch", PGRES_COMMAND_OK) &&
		merge_each_document(s) &&
		exec_ok(s, RELEASE_BATCH_SQL, PGRES_COMMAND_OK);
}

/*
 * Moves the batch's rows aside and merges each document's rows on their
 * own, each in a savepoint; a document the server refuses is reported
 * with its URI and the server's reason, counted, and left out, and the
 * others are merged as they would have been.
 */
static bool
merge_each_document(load_session *s)
{
	PGresult   *held;
	bool		ok;

	if (!s->held_table &&
		!exec_ok(s, "CREATE TEMPORARY TABLE load_held (LIKE pg_temp.load_row) ON COMMIT DROP",
				 PGRES_COMMAND_OK))
		return false;
	s->held_table = true;
	if (!exec_ok(s,
				 "TRUNCATE pg_temp.load_held;"
				 "INSERT INTO pg_temp.load_held TABLE pg_temp.load_row;"
				 "TRUNCATE pg_temp.load_row", PGRES_COMMAND_OK))
		return false;
	held = PQexec(s->conn,
				  "SELECT h.doc_key, h.uri,"
				  " EXISTS (SELECT FROM skanecoop.document AS d"
				  "  WHERE d.uri = h.uri AND d.superseded_at IS NULL),"
				  " (SELECT count(*) FROM pg_temp.load_held AS r WHERE r.doc_key = h.doc_key)"
				  " FROM pg_temp.load_held AS h WHERE h.ordinal = 0 ORDER BY h.doc_key");
	ok = PQresultStatus(held) == PGRES_TUPLES_OK;
	if (!ok)
	{
		report_db_error(s->conn);
		s->broken = true;
	}
	for (int i = 0; ok && i < PQntuples(held); i++)
		ok = merge_one_document(s, held, i);
	PQclear(held);
	return ok;
}

/*
 * Whether the server refused a document for what it holds: a data
 * exception (SQLSTATE class 22), an integrity constraint (23), or an
 * error a trigger raised (P0).  Other errors are the run's, not the
 * document's.
 */
static bool
refused_for_its_data(const PGresult *res)
{
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);

	return state != NULL && (strncmp(state, "22", 2) == 0 || strncmp(state, "23", 2) == 0 ||
							 strncmp(state, "P0", 2) == 0);
}

/* Merges one held document in a savepoint of its own; false on a database error. */
static bool
merge_one_document(load_session *s, PGresult *held, int row)
{
	char		sql[256];
	PGresult   *res;
	bool		refused;

	snprintf(sql, sizeof(sql),
			 "INSERT INTO pg_temp.load_row SELECT * FROM pg_temp.load_held WHERE doc_key = %s;"
			 "SAVEPOINT load_document", PQgetvalue(held, row, 0));
	if (!exec_ok(s, sql, PGRES_COMMAND_OK))
		return false;
	res = PQexec(s->conn, MERGE_BATCH_SQL "RELEASE SAVEPOINT load_document");
	refused = PQresultStatus(res) != PGRES_COMMAND_OK;
	if (refused && !refused_for_its_data(res))
	{
		/* a lost connection, a missing privilege, a read-only server: the run's error */
		report_db_error(s->conn);
		s->broken = true;
		PQclear(res);
		return false;
	}
	if (refused)
	{
		const char *reason = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);

		report_error("%s: the server refused the document: %s; it is not stored",
					 PQgetvalue(held, row, 1), reason ? reason : trimmed_message(s->conn));
		s->refused.failed++;
		if (strcmp(PQgetvalue(held, row, 2), "t") == 0)
			s->refused.changed++;
		else
			s->refused.new_documents++;
		s->refused.rows += atol(PQgetvalue(held, row, 3));
	}
	PQclear(res);
	return !refused ||
		exec_ok(s, "ROLLBACK TO SAVEPOINT load_document; RELEASE SAVEPOINT load_document;"
				"TRUNCATE pg_temp.load_row", PGRES_COMMAND_OK);
}

/* Every organisation without a name of its own among the names gets it. */
#define NAME_NEW_ORGANISATIONS \
	"INSERT INTO skanecoop.organisation_name (name, organisation_id, variant)" \
	" SELECT o.name, o.organisation_id, 'name' FROM skanecoop.organisation AS o" \
	" WHERE NOT EXISTS (SELECT FROM skanecoop.organisation_name AS n" \
	"  WHERE pg_catalog.lower(n.name) = pg_catalog.lower(o.name))" \
	" ON CONFLICT ((pg_catalog.lower(name))) DO NOTHING;"

/*
 * Readies the staged facts for skanecoop.fact, where INSERT_FACTS_SQL puts
 * them, attached to the documents' new revisions.  Every organisation a fact names is looked up
 * by any of its names, case-insensitively; an abbreviation or former name
 * a document gives ("Sydöstra Skånes samarbetskommitté (SÖSK)") becomes
 * another name of its organisation rather than an organisation of its
 * own; a name still unknown then becomes a new organisation, of the kind
 * its organisation fact says.
 */
static const char merge_facts_sql[] =
	"CREATE TEMPORARY TABLE load_fact ON COMMIT DROP AS"
	" SELECT r.uri, -r.ordinal AS seq, x.*,"
	"  (r.fact -> 'evidence' ->> 'start')::integer AS byte_start,"
	"  (r.fact -> 'evidence' ->> 'end')::integer AS byte_end,"
	"  r.fact -> 'evidence' ->> 'text' AS quote,"
	/* the other sentences, in the order the extractor gave them */
	"  ARRAY(SELECT pg_catalog.int4range((e ->> 'start')::integer, (e ->> 'end')::integer)"
	"   FROM pg_catalog.jsonb_array_elements(COALESCE(r.fact -> 'more_evidence', '[]'))"
	"    WITH ORDINALITY AS m (e, i) ORDER BY i) AS more_evidence,"
	"  ARRAY(SELECT e ->> 'text'"
	"   FROM pg_catalog.jsonb_array_elements(COALESCE(r.fact -> 'more_evidence', '[]'))"
	"    WITH ORDINALITY AS m (e, i) ORDER BY i) AS more_quotes,"
	"  x.kind = 'organisation' AND x.rule IN ('organisation.abbreviation',"
	"   'organisation.former_name') AND x.name IS NOT NULL AS gives_alias"
	" FROM pg_temp.load_fact_row AS r,"
	"  pg_catalog.jsonb_to_record(r.fact) AS x(kind text, organisation text,"
	"   organisation_kind text, name text, member text, member_code text, derived boolean,"
	"   municipality text, municipality_code text, partner text, partner_code text,"
	"   partner_country text, relation text, validity text, rate text, fee_rule text,"
	"   count integer, rule text, basis text, warning text);"

	/* organisations first named here, except names that are aliases */
	"INSERT INTO skanecoop.organisation (name, kind)"
	" SELECT DISTINCT ON (pg_catalog.lower(f.organisation)) f.organisation, f.organisation_kind"
	" FROM pg_temp.load_fact AS f"
	" WHERE f.organisation IS NOT NULL"
	"  AND NOT EXISTS (SELECT FROM skanecoop.organisation_name AS n"
	"   WHERE pg_catalog.lower(n.name) = pg_catalog.lower(f.organisation))"
	"  AND NOT EXISTS (SELECT FROM pg_temp.load_fact AS a"
	"   WHERE a.gives_alias AND pg_catalog.lower(a.name) = pg_catalog.lower(f.organisation))"
	" ORDER BY pg_catalog.lower(f.organisation), f.kind = 'organisation' DESC,"
	"  f.organisation_kind IS NULL, f.uri, f.seq"
	" ON CONFLICT (name) DO NOTHING;"
	NAME_NEW_ORGANISATIONS

	/* abbreviations and former names */
	"INSERT INTO skanecoop.organisation_name (name, organisation_id, variant)"
	" SELECT DISTINCT ON (pg_catalog.lower(a.name)) a.name, n.organisation_id,"
	"  CASE a.rule WHEN 'organisation.abbreviation' THEN 'abbreviation' ELSE 'former_name' END"
	" FROM pg_temp.load_fact AS a"
	" JOIN skanecoop.organisation_name AS n"
	"  ON pg_catalog.lower(n.name) = pg_catalog.lower(a.organisation)"
	" WHERE a.gives_alias"
	" ORDER BY pg_catalog.lower(a.name), a.uri, a.seq"
	" ON CONFLICT ((pg_catalog.lower(name))) DO NOTHING;"

	/* an alias whose organisation was never named becomes one itself */
	"INSERT INTO skanecoop.organisation (name)"
	" SELECT DISTINCT ON (pg_catalog.lower(f.organisation)) f.organisation"
	" FROM pg_temp.load_fact AS f"
	" WHERE f.organisation IS NOT NULL"
	"  AND NOT EXISTS (SELECT FROM skanecoop.organisation_name AS n"
	"   WHERE pg_catalog.lower(n.name) = pg_catalog.lower(f.organisation))"
	" ORDER BY pg_catalog.lower(f.organisation), f.uri, f.seq"
	" ON CONFLICT (name) DO NOTHING;"
	NAME_NEW_ORGANISATIONS

	/* the kind an organisation fact gives, where none is known */
	"UPDATE skanecoop.organisation AS o SET kind = k.kind"
	" FROM (SELECT DISTINCT ON (n.organisation_id) n.organisation_id, f.organisation_kind AS kind"
	"  FROM pg_temp.load_fact AS f"
	"  JOIN skanecoop.organisation_name AS n"
	"   ON pg_catalog.lower(n.name) = pg_catalog.lower(f.organisation)"
	"  WHERE f.kind = 'organisation' AND f.organisation_kind IS NOT NULL"
	"  ORDER BY n.organisation_id, f.uri, f.seq) AS k"
	" WHERE o.organisation_id = k.organisation_id AND o.kind IS NULL";

/*
 * Inserts the facts merge_facts_sql staged, with more, the columns of the
 * other sentences a fact was read from and their values, the fee rule
 * and how sure the fact is (basis), where the extension has them (0.3);
 * nothing in a database whose extension is older, so that the loader
 * still loads into one.
 */
#define INSERT_FACTS_SQL(more_columns, more_values) \
	"INSERT INTO skanecoop.fact (document_id, kind, organisation_id, organisation_name, name," \
	"  member, member_name, derived, municipality, partner, partner_place, partner_country," \
	"  relation, valid, rate, count, byte_start, byte_end, quote" more_columns ", rule, warning)" \
	" SELECT d.document_id, f.kind, n.organisation_id, f.organisation, f.name," \
	"  f.member_code, f.member, COALESCE(f.derived, false), f.municipality_code, f.partner," \
	"  f.partner_code, f.partner_country, f.relation, f.validity::skanecoop.validity," \
	"  f.rate::skanecoop.fee_rate, f.count, f.byte_start, f.byte_end, f.quote" more_values "," \
	"  f.rule, f.warning" \
	" FROM pg_temp.load_fact AS f" \
	/* a revision of this run: a refused document's facts must not reach its old one */ \
	" JOIN skanecoop.document AS d ON d.uri = f.uri AND d.superseded_at IS NULL" \
	"  AND d.loaded_at = pg_catalog.now()" \
	" LEFT JOIN skanecoop.organisation_name AS n" \
	"  ON pg_catalog.lower(n.name) = pg_catalog.lower(f.organisation)" \
	" ORDER BY f.uri, f.seq"

/* fee_rule and basis came with more_evidence, in 0.3 */
static const char insert_facts_sql[] =
	INSERT_FACTS_SQL(", more_evidence, more_quotes, fee_rule, basis",
					 ", f.more_evidence, f.more_quotes, f.fee_rule::skanecoop.fee_rule,"
					 " COALESCE(f.basis, 'unknown')");
static const char insert_facts_of_one_sentence_sql[] = INSERT_FACTS_SQL("", "");

/*
 * Whether skanecoop.fact has more_evidence, which 0.3 added: loading into a
 * database whose extension is older leaves the other sentences out.
 */
static bool
has_more_evidence(load_session *s, bool *has_column)
{
	return query_bool(s,
					  "SELECT EXISTS (SELECT FROM pg_catalog.pg_attribute"
					  " WHERE attrelid = 'skanecoop.fact'::pg_catalog.regclass"
					  "  AND attname = 'more_evidence' AND NOT attisdropped)",
					  NULL, has_column);
}

/* Merges the staged facts into skanecoop.fact. */
static bool
merge_facts(load_session *s)
{
	bool		more;

	return exec_ok(s, merge_facts_sql, PGRES_COMMAND_OK) && has_more_evidence(s, &more) &&
		exec_ok(s, more ? insert_facts_sql : insert_facts_of_one_sentence_sql, PGRES_COMMAND_OK);
}

/*
 * Remembers a document found unchanged; its sighting is recorded at the
 * end of the run.  False when out of memory.
 */
bool
session_confirm(load_session *s, const document_entry *entry)
{
	if (!s->has_sightings)
		return true;
	if (s->nconfirmed == s->confirmed_capacity)
	{
		size_t		capacity = s->confirmed_capacity ? 2 * s->confirmed_capacity : 256;
		confirmed_document *grown = realloc(s->confirmed, capacity * sizeof(*grown));

		if (grown == NULL)
		{
			report_error("out of memory");
			return false;
		}
		s->confirmed = grown;
		s->confirmed_capacity = capacity;
	}
	s->confirmed[s->nconfirmed].uri = entry->uri;
	s->confirmed[s->nconfirmed].fetched_at = entry->fetched_at;
	s->nconfirmed++;
	return true;
}

/*
 * Moves last_seen_at of the current revisions the run found unchanged on to
 * when they were fetched (the run's start where the source does not say,
 * and never later), and logs the revisions it moved, a row per day of
 * fetching: one statement for the whole run.  A revision already seen as
 * late (an archive loaded twice) is left alone, so such a re-run writes
 * nothing.
 */
static bool
confirm_unchanged(load_session *s)
{
	copy_buffer *buf = &s->row;

	if (s->nconfirmed == 0)
		return true;
	if (!exec_ok(s, "CREATE TEMPORARY TABLE load_confirmed (uri text, fetched_at text) ON COMMIT DROP",
				 PGRES_COMMAND_OK) ||
		!exec_ok(s, "COPY pg_temp.load_confirmed FROM STDIN (FORMAT binary)", PGRES_COPY_IN))
		return false;
	begin_copy_data(buf);
	for (size_t i = 0; i < s->nconfirmed; i++)
	{
		begin_row(buf, 2);
		put_field(buf, s->confirmed[i].uri);
		put_field(buf, s->confirmed[i].fetched_at);
		if (!end_row(s))
			break;
	}
	return end_copy(s) &&
		exec_ok(s,
				"WITH seen AS ("
				" SELECT c.uri, pg_catalog.max(LEAST(COALESCE(c.fetched_at::pg_catalog.timestamptz,"
				"  pg_catalog.now()), pg_catalog.now())) AS seen_at"
				" FROM pg_temp.load_confirmed AS c GROUP BY c.uri),"
				" moved AS ("
				" UPDATE skanecoop.document AS d SET last_seen_at = s.seen_at"
				" FROM seen AS s"
				" WHERE d.uri = s.uri AND d.superseded_at IS NULL AND d.loaded_at < pg_catalog.now()"
				"  AND s.seen_at > d.last_seen_at"
				" RETURNING d.document_id, s.seen_at)"
				" INSERT INTO skanecoop.sighting (recorded_at, seen_on, document_ids)"
				" SELECT pg_catalog.now(), (m.seen_at AT TIME ZONE 'UTC')::pg_catalog.date,"
				"  pg_catalog.array_agg(m.document_id ORDER BY m.document_id)"
				" FROM moved AS m GROUP BY 2",
				PGRES_COMMAND_OK);
}

/*
 * Copies the URIs of the run's documents (revisits too, and documents that
 * failed, which are not gone for failing) into a staging table: a current
 * document under a --complete-for prefix that is not among them is gone.
 */
static bool
stage_present(load_session *s, document_feed *feed)
{
	copy_buffer *buf = &s->row;
	const document_entry *e;

	if (!exec_ok(s, "CREATE TEMPORARY TABLE load_present (uri text) ON COMMIT DROP",
				 PGRES_COMMAND_OK) ||
		!exec_ok(s, "COPY pg_temp.load_present FROM STDIN (FORMAT binary)", PGRES_COPY_IN))
		return false;
	begin_copy_data(buf);
	for (size_t i = 0; (e = feed_entry(feed, i)) != NULL; i++)
	{
		const char *uri = e->uri;
		size_t		bad;

		/* a URI the database cannot hold is not among its documents either */
		if (sc_utf8_validate(uri, strlen(uri), &bad) != SC_UTF8_OK)
			continue;
		begin_row(buf, 1);
		put_field(buf, uri);
		if (!end_row(s))
			break;
	}
	return end_copy(s);
}

/*
 * The current documents under each --complete-for prefix that the run
 * does not hold get superseded_at, the run's start, with no successor.
 * Refuses (and the run is rolled back) when that would withdraw more than
 * half of a prefix's current documents, unless --allow-mass-withdrawal:
 * a crawl that broke off must not empty a site.
 */
static bool
withdraw_missing(load_session *s, run_counts *counts)
{
	static const char withdraw_sql[] =
		"WITH gone AS ("
		" UPDATE skanecoop.document AS d SET superseded_at = pg_catalog.now()"
		" WHERE d.superseded_at IS NULL AND pg_catalog.starts_with(d.uri, $1)"
		"  AND NOT EXISTS (SELECT FROM pg_temp.load_present AS p WHERE p.uri = d.uri)"
		" RETURNING 1)"
		" SELECT (SELECT count(*) FROM gone),"
		"  (SELECT count(*) FROM skanecoop.document AS d"
		"   WHERE d.superseded_at IS NULL AND pg_catalog.starts_with(d.uri, $1))";

	for (int i = 0; i < s->opts->ncomplete_for; i++)
	{
		const char *prefix = s->opts->complete_for[i];
		PGresult   *res = PQexecParams(s->conn, withdraw_sql, 1, NULL, &prefix, NULL, NULL, 0);
		long		withdrawn,
					current;

		if (PQresultStatus(res) != PGRES_TUPLES_OK)
		{
			report_db_error(s->conn);
			PQclear(res);
			return false;
		}
		withdrawn = atol(PQgetvalue(res, 0, 0));
		/* the statement sees the documents as they were before its update */
		current = atol(PQgetvalue(res, 0, 1));
		PQclear(res);
		if (2 * withdrawn > current && !s->opts->allow_mass_withdrawal)
		{
			report_error("the run would withdraw %ld of the %ld current documents under \"%s\", "
						 "more than half; nothing was written\n"
						 "HINT:  Check the crawl; if the pages are really gone, run again with "
						 "--allow-mass-withdrawal.", withdrawn, current, prefix);
			counts->withdrawal_refused = true;
			return false;
		}
		counts->withdrawn += (int) withdrawn;
	}
	return true;
}

/* Copies the population figures of the run into a staging table. */
static bool
stage_population(load_session *s, const population_list *population)
{
	copy_buffer *buf = &s->row;

	if (!exec_ok(s,
				 "CREATE TEMPORARY TABLE load_population (line integer, place text,"
				 " reference_date text, inhabitants bigint, source text) ON COMMIT DROP",
				 PGRES_COMMAND_OK) ||
		!exec_ok(s, "COPY pg_temp.load_population FROM STDIN (FORMAT binary)", PGRES_COPY_IN))
		return false;
	begin_copy_data(buf);
	for (size_t i = 0; i < population->count; i++)
	{
		const population_row *r = &population->rows[i];

		begin_row(buf, 5);
		put_int(buf, (int64_t) i, 4);
		put_field(buf, r->code);
		put_field(buf, r->date);
		put_int(buf, r->inhabitants, 8);
		put_field(buf, r->source);
		if (!end_row(s))
			break;
	}
	return end_copy(s);
}

/*
 * Adds new population figures and corrects changed ones; an unchanged
 * figure is left alone, so a re-run writes nothing.  Of two figures for
 * the same place and date in one run, the later line wins.
 */
static bool
merge_population(load_session *s, long *population_rows)
{
	PGresult   *res = PQexec(s->conn,
							 "INSERT INTO skanecoop.population AS p"
							 " (place, reference_date, inhabitants, source)"
							 " SELECT DISTINCT ON (place, reference_date)"
							 "  place, reference_date, inhabitants, source"
							 " FROM (SELECT line, place, reference_date::pg_catalog.date,"
							 "  inhabitants, source FROM pg_temp.load_population) AS p"
							 " ORDER BY place, reference_date, line DESC"
							 " ON CONFLICT (place, reference_date) DO UPDATE"
							 " SET inhabitants = excluded.inhabitants, source = excluded.source"
							 " WHERE (p.inhabitants, p.source)"
							 "  IS DISTINCT FROM (excluded.inhabitants, excluded.source)");
	bool		ok = PQresultStatus(res) == PGRES_COMMAND_OK;

	if (ok)
		*population_rows = atol(PQcmdTuples(res));
	else
		report_db_error(s->conn);
	PQclear(res);
	return ok;
}

/*
 * Ends the COPY, merges the last batch, the facts and the population figures, and
 * commits, or rolls back when commit is false or anything failed.  Returns
 * whether the merge worked.
 */
bool
session_finish(load_session *s, document_feed *feed, const population_list *population,
			   bool commit, run_counts *counts)
{
	bool		ok = merge_last_batch(s) && merge_facts(s) && confirm_unchanged(s);

	/* a document refused fails the run as any bad document does */
	if (s->refused.failed > 0 && !s->opts->keep_going)
		commit = false;

	if (ok && s->opts->ncomplete_for > 0)
		ok = stage_present(s, feed) && withdraw_missing(s, counts);
	if (ok && population->count > 0)
		ok = stage_population(s, population) && merge_population(s, &counts->population_rows);
	return exec_ok(s, ok && commit ? "COMMIT" : "ROLLBACK", PGRES_COMMAND_OK) && ok;
}

/*
 * Moves the documents the server refused from the counts of the new and
 * changed documents staged to the failed ones.
 */
void
session_count_refused(load_session *s, run_counts *counts)
{
	counts->new_documents -= s->refused.new_documents;
	counts->changed -= s->refused.changed;
	counts->failed += s->refused.failed;
	counts->rows -= s->refused.rows;
}

void
session_end(load_session *s)
{
	if (s == NULL)
		return;
	PQclear(s->current);
	PQfinish(s->conn);
	free(s->row.data);
	free(s->confirmed);
	free(s);
}
