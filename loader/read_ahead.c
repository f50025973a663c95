/*
 * read_ahead.c
 *		Reads, hashes and parses a run's documents and extracts their facts
 *		on threads of their own, a few documents ahead of the main thread,
 *		which stages them.
 *
 * Parsing HTML and extracting facts are nearly all of the loader's time
 * on a page, and the server works through the staged rows besides; on an
 * unchanged re-run, hashing is all there is to do.  (When the main thread
 * extracted the facts, it was the run's bottleneck: it spent more time on
 * them than either reader on parsing.)  Two reader threads take the
 * documents in turn (the first thread the even ones, the second the odd
 * ones), each into a ring of READ_AHEAD_DOCUMENTS slots, and the main
 * thread takes them from the rings in the run's order.  The documents
 * come from the run's feed (feed.c): a reader that needs the next
 * document of a web archive reads the archive on to it, and the
 * document's payload stays in memory until the main thread releases it,
 * so that no more than the rings' documents are held.
 *
 * Memory stays bounded whatever the documents' sizes: before parsing a
 * document (hashing needs next to none), a reader reserves its file's size
 * against READ_AHEAD_BYTES, the budget of all documents parsed and not yet
 * released, and waits while that would overrun it, unless the document is
 * the one the main thread needs next.  A file's size bounds the text made
 * of it.  The facts a reader keeps of a document are bounded too, by
 * FACTS_AHEAD_BYTES (facts.c): a document with more has them extracted
 * again on the main thread, which streams them.  Should a thread not
 * start, the documents are read on the main thread, one at a time, with
 * the same results (the facts then extracted as they are written).
 */
#include "loader.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define READERS 2
#define READ_AHEAD_DOCUMENTS 4
#define READ_AHEAD_BYTES (16 * 1024 * 1024)

typedef struct reader
{
	read_ahead *ra;
	size_t		first_entry;	/* reads this entry, then every READERS-th */
	read_document slots[READ_AHEAD_DOCUMENTS];
	size_t		reserved[READ_AHEAD_DOCUMENTS];	/* of the budget, by slot */
	size_t		head;			/* the slot the main thread takes next */
	size_t		count;			/* slots filled and not yet released */
	pthread_cond_t room;		/* a document was released, or the run stops */
	pthread_t	thread;
} reader;

struct read_ahead
{
	document_feed *feed;		/* the run's documents */
	load_session *session;		/* for the verdicts; NULL with --extract-only */
	reader		readers[READERS];
	int			started;		/* reader threads running */
	pthread_mutex_t lock;
	pthread_cond_t filled;		/* a reader filled a slot */
	size_t		next_entry;		/* the entry the main thread takes next */
	size_t		reserved_bytes; /* budget reserved by documents not released */
	bool		stopping;		/* the main thread wants no more documents */
};

static void read_document_at(read_ahead *ra, reader *r, const document_entry *e,
							 size_t entry, size_t nth_slot);
static bool reserve_budget(reader *r, size_t entry, size_t nth_slot, size_t bytes);
static size_t free_slot(reader *r);
static void *read_documents(void *arg);
static void stop_readers(read_ahead *ra);

/*
 * Reads and hashes the run's entry-th document e into a slot of the reader
 * (r NULL: the main thread's own); unless its hash says it is unchanged,
 * checks and parses it too, within the budget, and on a reader thread
 * extracts its facts.
 */
static void
read_document_at(read_ahead *ra, reader *r, const document_entry *e, size_t entry,
				 size_t nth_slot)
{
	read_document *slot = &(r ? r : &ra->readers[0])->slots[nth_slot];

	if (e->revisit)
	{
		/* unchanged if the database has the page; else there is nothing to load */
		memset(&slot->doc, 0, sizeof(slot->doc));
		slot->doc.entry = e;
		slot->read = true;
		slot->parsed = false;
		slot->verdict = DOCUMENT_UNCHANGED;
		slot->skipped = ra->session == NULL ||
			session_verdict(ra->session, e->uri, "") == DOCUMENT_NEW;
		return;
	}
	slot->skipped = false;
	slot->read = read_source(e, &slot->doc);
	slot->verdict = slot->read && ra->session ?
		session_verdict(ra->session, e->uri, slot->doc.sha256_hex) : DOCUMENT_NEW;
	slot->parsed = slot->read && slot->verdict != DOCUMENT_UNCHANGED &&
		(r == NULL || reserve_budget(r, entry, nth_slot, slot->doc.file_size)) &&
		parse_source(&slot->doc);
	/* on the main thread, the facts are extracted as they are written */
	if (slot->parsed && r != NULL)
		extract_facts_ahead(&slot->doc);
}

/*
 * Waits until bytes more fit in the budget, or nothing else is reserved, or
 * the main thread needs this entry next; then reserves them for the slot.
 * False when the run stops.
 */
static bool
reserve_budget(reader *r, size_t entry, size_t nth_slot, size_t bytes)
{
	read_ahead *ra = r->ra;
	bool		reserved;

	pthread_mutex_lock(&ra->lock);
	while (ra->reserved_bytes > 0 && ra->reserved_bytes + bytes > READ_AHEAD_BYTES &&
		   entry != ra->next_entry && !ra->stopping)
		pthread_cond_wait(&r->room, &ra->lock);
	if ((reserved = !ra->stopping))
	{
		ra->reserved_bytes += bytes;
		r->reserved[nth_slot] = bytes;
	}
	pthread_mutex_unlock(&ra->lock);
	return reserved;
}

/* Waits for a free slot in the reader's ring; its number, or SIZE_MAX when the run stops. */
static size_t
free_slot(reader *r)
{
	read_ahead *ra = r->ra;
	size_t		nth_slot = SIZE_MAX;

	pthread_mutex_lock(&ra->lock);
	while (r->count == READ_AHEAD_DOCUMENTS && !ra->stopping)
		pthread_cond_wait(&r->room, &ra->lock);
	if (!ra->stopping)
	{
		nth_slot = (r->head + r->count) % READ_AHEAD_DOCUMENTS;
		r->reserved[nth_slot] = 0;
	}
	pthread_mutex_unlock(&ra->lock);
	return nth_slot;
}

/* A reader thread: its share of the entries, in order, into its ring. */
static void *
read_documents(void *arg)
{
	reader	   *r = arg;
	read_ahead *ra = r->ra;
	size_t		nth_slot;
	const document_entry *e;

	/* a slot first: the document's payload, if an archive's, is read with it */
	for (size_t i = r->first_entry;
		 (nth_slot = free_slot(r)) != SIZE_MAX && (e = feed_entry(ra->feed, i)) != NULL;
		 i += READERS)
	{
		read_document_at(ra, r, e, i, nth_slot);
		pthread_mutex_lock(&ra->lock);
		r->count++;
		pthread_cond_signal(&ra->filled);
		pthread_mutex_unlock(&ra->lock);
	}
	return NULL;
}

/*
 * Starts reading a run's documents; NULL (reported) if out of memory.
 * Without threads, read_ahead_next reads each document itself.
 */
read_ahead *
read_ahead_start(document_feed *feed, load_session *session)
{
	read_ahead *ra = calloc(1, sizeof(read_ahead));

	if (ra == NULL)
	{
		report_error("out of memory");
		return NULL;
	}
	ra->feed = feed;
	ra->session = session;
	pthread_mutex_init(&ra->lock, NULL);
	pthread_cond_init(&ra->filled, NULL);
	for (int i = 0; i < READERS; i++)
	{
		ra->readers[i].ra = ra;
		ra->readers[i].first_entry = (size_t) i;
		pthread_cond_init(&ra->readers[i].room, NULL);
	}
	for (int i = 0; i < READERS; i++)
	{
		if (pthread_create(&ra->readers[i].thread, NULL, read_documents,
						   &ra->readers[i]) != 0)
		{
			stop_readers(ra);
			break;
		}
		ra->started++;
	}
	return ra;
}

/* The run's next document, in order; NULL after the last. */
read_document *
read_ahead_next(read_ahead *ra)
{
	reader	   *r = &ra->readers[ra->next_entry % READERS];
	read_document *slot;
	const document_entry *e = feed_entry(ra->feed, ra->next_entry);

	if (e == NULL)
		return NULL;
	if (ra->started == 0)
	{
		read_document_at(ra, NULL, e, ra->next_entry, 0);
		return &ra->readers[0].slots[0];
	}
	pthread_mutex_lock(&ra->lock);
	while (r->count == 0)
		pthread_cond_wait(&ra->filled, &ra->lock);
	slot = &r->slots[r->head];
	pthread_mutex_unlock(&ra->lock);
	return slot;
}

/*
 * Frees the document read_ahead_next returned, making room for another in
 * its reader's ring and, for either reader, in the budget.
 */
void
read_ahead_release(read_ahead *ra, read_document *slot)
{
	reader	   *r = &ra->readers[ra->next_entry % READERS];

	free_source(&slot->doc);
	feed_release(ra->feed, ra->next_entry);
	if (ra->started == 0)
	{
		ra->next_entry++;
		return;
	}
	pthread_mutex_lock(&ra->lock);
	ra->next_entry++;
	ra->reserved_bytes -= r->reserved[r->head];
	r->head = (r->head + 1) % READ_AHEAD_DOCUMENTS;
	r->count--;
	for (int i = 0; i < ra->started; i++)
		pthread_cond_signal(&ra->readers[i].room);
	pthread_mutex_unlock(&ra->lock);
}

/* Stops and joins the reader threads, dropping what they read ahead. */
static void
stop_readers(read_ahead *ra)
{
	pthread_mutex_lock(&ra->lock);
	ra->stopping = true;
	for (int i = 0; i < ra->started; i++)
		pthread_cond_signal(&ra->readers[i].room);
	pthread_mutex_unlock(&ra->lock);
	for (; ra->started > 0; ra->started--)
	{
		reader	   *r = &ra->readers[ra->started - 1];

		pthread_join(r->thread, NULL);
		for (; r->count > 0; r->count--, r->head = (r->head + 1) % READ_AHEAD_DOCUMENTS)
			free_source(&r->slots[r->head].doc);
	}
	ra->stopping = false;
}

/* Stops reading, at the end of the run or before, and frees everything. */
void
read_ahead_stop(read_ahead *ra)
{
	if (ra == NULL)
		return;
	stop_readers(ra);
	for (int i = 0; i < READERS; i++)
		pthread_cond_destroy(&ra->readers[i].room);
	pthread_cond_destroy(&ra->filled);
	pthread_mutex_destroy(&ra->lock);
	free(ra);
}
