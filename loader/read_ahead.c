/*
 * read_ahead.c
 *		Reads, hashes and parses a run's documents on threads of their own,
 *		a few documents ahead of the main thread, which extracts their facts
 *		and stages them.
 *
 * Parsing HTML and extracting facts each cost about half of the loader's
 * time on a page, and the server works through the staged rows besides;
 * on an unchanged re-run, hashing is all there is to do.  Two reader
 * threads take the documents in turn (the first thread the even ones, the
 * second the odd ones), each into a ring of READ_AHEAD_DOCUMENTS slots,
 * and the main thread takes them from the rings in the run's order, so
 * that memory stays bounded by a few documents' texts.  Should a thread
 * not start, the documents are read on the main thread, one at a time,
 * with the same results.
 */
#include "loader.h"

#include <pthread.h>
#include <stdlib.h>

#define READERS 2
#define READ_AHEAD_DOCUMENTS 4

typedef struct reader
{
	read_ahead *ra;
	size_t		first_entry;	/* reads this entry, then every READERS-th */
	read_document slots[READ_AHEAD_DOCUMENTS];
	size_t		head;			/* the slot the main thread takes next */
	size_t		count;			/* slots filled and not yet released */
	pthread_cond_t emptied;		/* a slot was released, or the run stops */
	pthread_t	thread;
} reader;

struct read_ahead
{
	const entry_list *entries;
	load_session *session;		/* for the verdicts; NULL with --extract-only */
	reader		readers[READERS];
	int			started;		/* reader threads running */
	pthread_mutex_t lock;
	pthread_cond_t filled;		/* a reader filled a slot */
	size_t		next_entry;		/* the entry the main thread takes next */
	bool		stopping;		/* the main thread wants no more documents */
};

static void read_document_at(read_ahead *ra, const document_entry *entry, read_document *slot);
static read_document *free_slot(reader *r);
static void *read_documents(void *arg);
static void stop_readers(read_ahead *ra);

/*
 * Reads and hashes one document; unless its hash says it is unchanged,
 * checks and parses it too.
 */
static void
read_document_at(read_ahead *ra, const document_entry *entry, read_document *slot)
{
	slot->read = read_source(entry, &slot->doc);
	slot->verdict = slot->read && ra->session ?
		session_verdict(ra->session, entry->uri, slot->doc.sha256_hex) : DOCUMENT_NEW;
	slot->parsed = slot->read && slot->verdict != DOCUMENT_UNCHANGED &&
		parse_source(&slot->doc);
}

/* Waits for one of the reader's slots to be free; NULL when the run stops. */
static read_document *
free_slot(reader *r)
{
	read_ahead *ra = r->ra;
	read_document *slot = NULL;

	pthread_mutex_lock(&ra->lock);
	while (r->count == READ_AHEAD_DOCUMENTS && !ra->stopping)
		pthread_cond_wait(&r->emptied, &ra->lock);
	if (!ra->stopping)
		slot = &r->slots[(r->head + r->count) % READ_AHEAD_DOCUMENTS];
	pthread_mutex_unlock(&ra->lock);
	return slot;
}

/* A reader thread: its share of the entries, in order, into its ring. */
static void *
read_documents(void *arg)
{
	reader	   *r = arg;
	read_ahead *ra = r->ra;
	read_document *slot;

	for (size_t i = r->first_entry; i < ra->entries->count && (slot = free_slot(r)) != NULL;
		 i += READERS)
	{
		read_document_at(ra, &ra->entries->items[i], slot);
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
read_ahead_start(const entry_list *entries, load_session *session)
{
	read_ahead *ra = calloc(1, sizeof(read_ahead));

	if (ra == NULL)
	{
		report_error("out of memory");
		return NULL;
	}
	ra->entries = entries;
	ra->session = session;
	pthread_mutex_init(&ra->lock, NULL);
	pthread_cond_init(&ra->filled, NULL);
	/* chosen now, so that the threads only read which SHA-256 code to use */
	sc_sha256_use_portable(false);
	for (int i = 0; i < READERS; i++)
	{
		ra->readers[i].ra = ra;
		ra->readers[i].first_entry = (size_t) i;
		pthread_cond_init(&ra->readers[i].emptied, NULL);
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

	if (ra->next_entry == ra->entries->count)
		return NULL;
	if (ra->started == 0)
	{
		slot = &ra->readers[0].slots[0];
		read_document_at(ra, &ra->entries->items[ra->next_entry], slot);
		return slot;
	}
	pthread_mutex_lock(&ra->lock);
	while (r->count == 0)
		pthread_cond_wait(&ra->filled, &ra->lock);
	slot = &r->slots[r->head];
	pthread_mutex_unlock(&ra->lock);
	return slot;
}

/* Frees the document read_ahead_next returned, making room for another. */
void
read_ahead_release(read_ahead *ra, read_document *slot)
{
	reader	   *r = &ra->readers[ra->next_entry % READERS];

	free_source(&slot->doc);
	ra->next_entry++;
	if (ra->started == 0)
		return;
	pthread_mutex_lock(&ra->lock);
	r->head = (r->head + 1) % READ_AHEAD_DOCUMENTS;
	r->count--;
	pthread_cond_signal(&r->emptied);
	pthread_mutex_unlock(&ra->lock);
}

/* Stops and joins the reader threads, dropping what they read ahead. */
static void
stop_readers(read_ahead *ra)
{
	pthread_mutex_lock(&ra->lock);
	ra->stopping = true;
	for (int i = 0; i < ra->started; i++)
		pthread_cond_signal(&ra->readers[i].emptied);
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
		pthread_cond_destroy(&ra->readers[i].emptied);
	pthread_cond_destroy(&ra->filled);
	pthread_mutex_destroy(&ra->lock);
	free(ra);
}
