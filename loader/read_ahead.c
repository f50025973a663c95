/*
 * read_ahead.c
 *		Reads, hashes and parses a run's documents on a thread of their own,
 *		a few documents ahead of the main thread, which extracts their facts
 *		and stages them.
 *
 * Parsing HTML and extracting facts each cost about half of the loader's
 * time on a page, and the server works through the staged rows besides:
 * splitting the two over threads lets a run use a second processor.  The
 * documents come out in the order of the run, through a ring of
 * READ_AHEAD_DOCUMENTS slots, so that memory stays bounded by a few
 * documents' texts.  Should the thread not start, the documents are read
 * on the main thread, one at a time, with the same results.
 */
#include "loader.h"

#include <pthread.h>
#include <stdlib.h>

#define READ_AHEAD_DOCUMENTS 4

struct read_ahead
{
	const entry_list *entries;
	load_session *session;		/* for the verdicts; NULL with --extract-only */
	read_document slots[READ_AHEAD_DOCUMENTS];
	pthread_mutex_t lock;
	pthread_cond_t filled;		/* a slot was filled, or the thread is done */
	pthread_cond_t emptied;		/* a slot was released, or the run stops */
	size_t		head;			/* the slot the main thread reads next */
	size_t		count;			/* slots filled and not yet released */
	size_t		next_entry;		/* without the thread: the entry to read next */
	bool		done;			/* the thread has read every entry */
	bool		stopping;		/* the main thread wants no more documents */
	bool		threaded;
	pthread_t	thread;
};

static void read_document_at(read_ahead *ra, const document_entry *entry, read_document *slot);
static read_document *free_slot(read_ahead *ra);
static void *read_documents(void *arg);

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

/* Waits for a slot to fill; NULL when the run stops. */
static read_document *
free_slot(read_ahead *ra)
{
	read_document *slot = NULL;

	pthread_mutex_lock(&ra->lock);
	while (ra->count == READ_AHEAD_DOCUMENTS && !ra->stopping)
		pthread_cond_wait(&ra->emptied, &ra->lock);
	if (!ra->stopping)
		slot = &ra->slots[(ra->head + ra->count) % READ_AHEAD_DOCUMENTS];
	pthread_mutex_unlock(&ra->lock);
	return slot;
}

/* The thread: every entry in order, each into the next free slot. */
static void *
read_documents(void *arg)
{
	read_ahead *ra = arg;
	read_document *slot;

	for (size_t i = 0; i < ra->entries->count && (slot = free_slot(ra)) != NULL; i++)
	{
		read_document_at(ra, &ra->entries->items[i], slot);
		pthread_mutex_lock(&ra->lock);
		ra->count++;
		pthread_cond_signal(&ra->filled);
		pthread_mutex_unlock(&ra->lock);
	}
	pthread_mutex_lock(&ra->lock);
	ra->done = true;
	pthread_cond_signal(&ra->filled);
	pthread_mutex_unlock(&ra->lock);
	return NULL;
}

/* Starts reading a run's documents; NULL (reported) if out of memory. */
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
	pthread_cond_init(&ra->emptied, NULL);
	ra->threaded = pthread_create(&ra->thread, NULL, read_documents, ra) == 0;
	return ra;
}

/* The run's next document, in order; NULL after the last. */
read_document *
read_ahead_next(read_ahead *ra)
{
	read_document *slot = NULL;

	if (!ra->threaded)
	{
		if (ra->next_entry == ra->entries->count)
			return NULL;
		slot = &ra->slots[0];
		read_document_at(ra, &ra->entries->items[ra->next_entry++], slot);
		return slot;
	}
	pthread_mutex_lock(&ra->lock);
	while (ra->count == 0 && !ra->done)
		pthread_cond_wait(&ra->filled, &ra->lock);
	if (ra->count > 0)
		slot = &ra->slots[ra->head];
	pthread_mutex_unlock(&ra->lock);
	return slot;
}

/* Frees the document read_ahead_next returned, making room for another. */
void
read_ahead_release(read_ahead *ra, read_document *slot)
{
	free_source(&slot->doc);
	if (!ra->threaded)
		return;
	pthread_mutex_lock(&ra->lock);
	ra->head = (ra->head + 1) % READ_AHEAD_DOCUMENTS;
	ra->count--;
	pthread_cond_signal(&ra->emptied);
	pthread_mutex_unlock(&ra->lock);
}

/*
 * Stops the thread, at the end of the run or before (documents read ahead
 * but not used are dropped), and frees everything.
 */
void
read_ahead_stop(read_ahead *ra)
{
	if (ra == NULL)
		return;
	if (ra->threaded)
	{
		pthread_mutex_lock(&ra->lock);
		ra->stopping = true;
		pthread_cond_signal(&ra->emptied);
		pthread_mutex_unlock(&ra->lock);
		pthread_join(ra->thread, NULL);
		for (; ra->count > 0; ra->count--, ra->head = (ra->head + 1) % READ_AHEAD_DOCUMENTS)
			free_source(&ra->slots[ra->head].doc);
	}
	pthread_cond_destroy(&ra->emptied);
	pthread_cond_destroy(&ra->filled);
	pthread_mutex_destroy(&ra->lock);
	free(ra);
}
