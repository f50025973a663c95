/*
 * feed.c
 *		The run's documents in order, listed as they are needed: the files
 *		and manifest entries as the command line names them, and in place
 *		of each web archive the documents of its records, read from the
 *		archive as the run goes (warc.c).
 *
 * An archive is read once, front to back, with the loading: the reader
 * thread that needs the next document reads the archive on to it, and the
 * document's payload waits in memory only until the document is loaded
 * (feed_release).  The read-ahead (read_ahead.c) takes a few documents
 * ahead of the main thread, so that no more than those few payloads are
 * held at a time, whatever the archive's size.
 *
 * Two documents of a run at one URI fail the run.  Among the files and
 * manifest entries that is found before anything is read
 * (entries_have_distinct_uris); a record of an archive that repeats a URI
 * is found when it is read, and ends the run there: the transaction is
 * rolled back, so nothing is written either.
 */
#include "loader.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The run's URIs so far, to find one given twice: open addressing. */
typedef struct uri_index
{
	const document_entry **slots;
	size_t		size;			/* a power of two */
	size_t		used;
} uri_index;

struct document_feed
{
	const entry_list *inputs;
	size_t		next_input;		/* the input read next */
	archive_reader *archive;	/* the archive input being read, or NULL */
	archive_counts counts;		/* of the archives' records */
	uri_index	uris;
	/* the documents listed so far; those of archives are the feed's own */
	document_entry **items;
	size_t		count;
	size_t		capacity;
	bool		finished;		/* every input is read, or the run cannot go on */
	bool		failed;			/* an archive could not be read on, a URI
								 * repeats, or memory ran out */
	pthread_mutex_t lock;		/* of items, count, finished */
	pthread_mutex_t reading;	/* held by the thread reading the inputs on */
};

static size_t uri_hash(const char *uri);
static bool index_uri(document_feed *feed, const document_entry *e);
static bool append(document_feed *feed, document_entry *e);
static bool read_on(document_feed *feed);
static document_entry *listed(document_feed *feed, size_t n, bool *finished);

/* FNV-1a */
static size_t
uri_hash(const char *uri)
{
	uint64_t	h = 14695981039346656037u;

	for (; *uri; uri++)
		h = (h ^ (unsigned char) *uri) * 1099511628211u;
	return (size_t) h;
}

/*
 * Notes the document's URI; false (reported) if an earlier document of
 * the run has it, or out of memory.
 */
static bool
index_uri(document_feed *feed, const document_entry *e)
{
	uri_index  *ix = &feed->uris;
	size_t		at;

	if (2 * (ix->used + 1) > ix->size)
	{
		size_t		size = ix->size ? 2 * ix->size : 1024;
		const document_entry **slots = calloc(size, sizeof(*slots));

		if (slots == NULL)
		{
			report_error("out of memory");
			return false;
		}
		for (size_t i = 0; i < ix->size; i++)
			if (ix->slots[i] != NULL)
			{
				for (at = uri_hash(ix->slots[i]->uri) & (size - 1); slots[at];
					 at = (at + 1) & (size - 1))
					;
				slots[at] = ix->slots[i];
			}
		free(ix->slots);
		ix->slots = slots;
		ix->size = size;
	}
	for (at = uri_hash(e->uri) & (ix->size - 1); ix->slots[at]; at = (at + 1) & (ix->size - 1))
		if (strcmp(ix->slots[at]->uri, e->uri) == 0)
		{
			report_error("URI \"%s\" is given to more than one document (%s and %s)",
						 e->uri, ix->slots[at]->path, e->path);
			return false;
		}
	ix->slots[at] = e;
	ix->used++;
	return true;
}

/* Lists a document; false (reported) when the run cannot go on. */
static bool
append(document_feed *feed, document_entry *e)
{
	bool		ok = index_uri(feed, e);

	pthread_mutex_lock(&feed->lock);
	if (ok && feed->count == feed->capacity)
	{
		size_t		capacity = feed->capacity ? 2 * feed->capacity : 256;
		document_entry **items = realloc(feed->items, capacity * sizeof(*items));

		if (items == NULL)
			report_error("out of memory");
		else
		{
			feed->items = items;
			feed->capacity = capacity;
		}
		ok = items != NULL;
	}
	if (ok)
		feed->items[feed->count++] = e;
	else if (e->from_archive)
		free_document_entry(e);
	pthread_mutex_unlock(&feed->lock);
	return ok;
}

/*
 * Lists the next document of the inputs, reading an archive on to it;
 * false when there is none, the inputs are read or the run cannot go on.
 * The caller holds feed->reading.
 */
static bool
read_on(document_feed *feed)
{
	bool		listed_one = false;

	while (!listed_one && !feed->failed)
	{
		const document_entry *input;

		if (feed->archive != NULL)
		{
			document_entry *e = archive_next(feed->archive);

			if (e != NULL)
				listed_one = true;
			else
			{
				feed->failed = !archive_close(feed->archive);
				feed->archive = NULL;
				continue;
			}
			if (!append(feed, e))
				feed->failed = true;
			continue;
		}
		if (feed->next_input == feed->inputs->count)
			break;
		input = &feed->inputs->items[feed->next_input++];
		if (!input->archive_input)
			feed->failed = !(listed_one = append(feed, (document_entry *) input));
		else if ((feed->archive = archive_open(input->path, input->publisher,
											   &feed->counts)) == NULL)
			feed->failed = true;
	}
	if (!listed_one)
	{
		pthread_mutex_lock(&feed->lock);
		feed->finished = true;
		pthread_mutex_unlock(&feed->lock);
	}
	return listed_one && !feed->failed;
}

/* The nth document if it is listed yet, and whether the list is finished. */
static document_entry *
listed(document_feed *feed, size_t n, bool *finished)
{
	document_entry *e;

	pthread_mutex_lock(&feed->lock);
	e = n < feed->count ? feed->items[n] : NULL;
	*finished = feed->finished;
	pthread_mutex_unlock(&feed->lock);
	return e;
}

/* Starts listing the documents of the inputs; NULL (reported) if out of memory. */
document_feed *
feed_start(const entry_list *inputs)
{
	document_feed *feed = calloc(1, sizeof(document_feed));

	if (feed == NULL)
	{
		report_error("out of memory");
		return NULL;
	}
	feed->inputs = inputs;
	pthread_mutex_init(&feed->lock, NULL);
	pthread_mutex_init(&feed->reading, NULL);
	return feed;
}

/*
 * The run's nth document (from 0), reading the inputs on to it if need
 * be; NULL when the run has fewer, or cannot go on.  It stays valid until
 * feed_free; its payload, if an archive's, until feed_release.
 */
const document_entry *
feed_entry(document_feed *feed, size_t n)
{
	bool		finished;
	document_entry *e = listed(feed, n, &finished);

	if (e != NULL || finished)
		return e;
	pthread_mutex_lock(&feed->reading);
	while ((e = listed(feed, n, &finished)) == NULL && !finished && read_on(feed))
		;
	pthread_mutex_unlock(&feed->reading);
	return e;
}

/* Frees the payload of the nth document, which is loaded. */
void
feed_release(document_feed *feed, size_t n)
{
	pthread_mutex_lock(&feed->lock);
	if (n < feed->count && feed->items[n]->from_archive)
	{
		free(feed->items[n]->content);
		feed->items[n]->content = NULL;
		feed->items[n]->content_len = 0;
	}
	pthread_mutex_unlock(&feed->lock);
}

/* How many documents the run has, or 0 while that is not known yet. */
size_t
feed_total(document_feed *feed)
{
	size_t		total;

	pthread_mutex_lock(&feed->lock);
	total = feed->finished ? feed->count : 0;
	pthread_mutex_unlock(&feed->lock);
	return total;
}

/*
 * Once every document is taken: the archives' skipped and damaged
 * records, and whether the inputs were read to their end.
 */
bool
feed_complete(document_feed *feed, archive_counts *counts)
{
	*counts = feed->counts;
	return feed->finished && !feed->failed;
}

void
feed_free(document_feed *feed)
{
	if (feed == NULL)
		return;
	archive_close(feed->archive);
	for (size_t i = 0; i < feed->count; i++)
		if (feed->items[i]->from_archive)
			free_document_entry(feed->items[i]);
	free(feed->items);
	free(feed->uris.slots);
	pthread_mutex_destroy(&feed->lock);
	pthread_mutex_destroy(&feed->reading);
	free(feed);
}
