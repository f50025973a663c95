/*
 * manifest.c
 *		The list of documents a run loads: files named on the command line,
 *		and the entries of XML manifests.
 *
 * A manifest (schema: loader/manifest.xsd, compiled into the program)
 * names each document's file, relative to the manifest and inside its
 * folder (paths.c), or holds its content inline, and gives its source URI, publisher, format, and when it
 * was fetched, published and updated:
 *
 *	<manifest xmlns="urn:skanecoop:manifest:1">
 *	  <document file="000.txt" uri="https://..." publisher="Ystads kommun"
 *	            fetched-at="2024-01-10T06:00:00Z" published="2021-11-11"/>
 *	</manifest>
 *
 * Manifests come from crawlers, so they are parsed without network access,
 * without loading DTDs and without substituting entities, and a manifest
 * with a document type declaration is rejected outright: that shuts out
 * external entities (file:///etc/passwd) and entity expansion bombs alike.
 */
#include "loader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const char manifest_xsd[];	/* manifest_xsd.c, made from manifest.xsd */

typedef struct first_error
{
	int			line;
	char		message[512];
} first_error;

static char *xml_attribute(xmlNodePtr node, const char *name);
static void keep_first_error(void *arg, xmlErrorPtr error);
static bool validate_manifest(const char *path, xmlDocPtr doc);
static bool take_inline_content(const char *path, xmlNodePtr node, document_entry *entry);
static bool manifest_readable(const char *path);
static bool add_manifest_archive(const char *path, const char *root, xmlNodePtr node,
								 entry_list *entries);
static bool add_manifest_document(const char *path, const char *root, xmlNodePtr node,
								  entry_list *entries);
static bool dates_storable(const char *path, long line, const document_entry *entry);
static void free_entry(document_entry *entry);
static void reject_last_entry(entry_list *entries);

document_entry *
new_entry(entry_list *entries)
{
	if (entries->count == entries->capacity)
	{
		size_t		capacity = entries->capacity ? 2 * entries->capacity : 16;
		document_entry *items = realloc(entries->items, capacity * sizeof(document_entry));

		if (items == NULL)
		{
			report_error("out of memory");
			return NULL;
		}
		entries->items = items;
		entries->capacity = capacity;
	}
	memset(&entries->items[entries->count], 0, sizeof(document_entry));
	return &entries->items[entries->count++];
}

bool
add_file_entry(const char *path, const char *publisher, entry_list *entries)
{
	char		absolute[PATH_MAX];
	document_entry *entry;

	if (realpath(path, absolute) == NULL)
	{
		report_error("could not open file \"%s\": %m", path);
		return false;
	}
	if ((entry = new_entry(entries)) == NULL)
		return false;
	entry->path = strdup(path);
	entry->format = format_of_path(path);
	entry->uri = malloc(strlen(absolute) + sizeof("file://"));
	if (entry->uri)
		sprintf(entry->uri, "file://%s", absolute);
	entry->publisher = publisher ? strdup(publisher) : NULL;
	return entry->path && entry->uri;
}

/*
 * A web archive, whose records are read as the run goes (feed.c); it must
 * open now, so that a run naming a missing archive fails before anything
 * is read.
 */
bool
add_archive_input(const char *path, const char *publisher, entry_list *entries)
{
	FILE	   *file = open_regular_file(path, "archive");
	document_entry *entry;

	if (file == NULL)
		return false;
	fclose(file);
	if ((entry = new_entry(entries)) == NULL)
		return false;
	entry->archive_input = true;
	entry->path = strdup(path);
	entry->publisher = publisher ? strdup(publisher) : NULL;
	if (entry->path == NULL || (publisher && entry->publisher == NULL))
	{
		report_error("out of memory");
		return false;
	}
	return true;
}

/* The attribute's value as a malloc'd string, or NULL if absent. */
static char *
xml_attribute(xmlNodePtr node, const char *name)
{
	xmlChar    *value = xmlGetProp(node, (const xmlChar *) name);
	char	   *copy;

	if (value == NULL)
		return NULL;
	copy = strdup((const char *) value);
	xmlFree(value);
	return copy;
}

static void
keep_first_error(void *arg, xmlErrorPtr error)
{
	first_error *first = arg;
	size_t		len;

	if (first->message[0] != '\0' || error == NULL || error->message == NULL)
		return;
	first->line = error->line;
	snprintf(first->message, sizeof(first->message), "%s", error->message);
	len = strlen(first->message);
	while (len > 0 && first->message[len - 1] == '\n')
		first->message[--len] = '\0';
}

/* Validates a parsed manifest against the compiled-in schema. */
static bool
validate_manifest(const char *path, xmlDocPtr doc)
{
	xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(manifest_xsd,
															  (int) strlen(manifest_xsd));
	xmlSchemaPtr schema = parser ? xmlSchemaParse(parser) : NULL;
	xmlSchemaValidCtxtPtr valid = schema ? xmlSchemaNewValidCtxt(schema) : NULL;
	first_error first = {0, ""};
	int			result = -1;

	if (valid)
	{
		xmlSchemaSetValidStructuredErrors(valid, keep_first_error, &first);
		result = xmlSchemaValidateDoc(valid, doc);
	}
	if (result > 0)
		report_error("%s:%d: invalid manifest: %s", path, first.line, first.message);
	else if (result < 0)
		report_error("%s: could not validate the manifest", path);
	xmlSchemaFreeValidCtxt(valid);
	xmlSchemaFree(schema);
	xmlSchemaFreeParserCtxt(parser);
	return result == 0;
}

/* The <content> of a document, if it has one, becomes its inline content. */
static bool
take_inline_content(const char *path, xmlNodePtr node, document_entry *entry)
{
	xmlNodePtr	content = xmlFirstElementChild(node);
	xmlChar    *text;
	char		label[PATH_MAX + 32];

	if (content == NULL)
		return true;
	text = xmlNodeGetContent(content);
	if (text == NULL)
		return false;
	entry->content = strdup((const char *) text);
	entry->content_len = strlen((const char *) text);
	xmlFree(text);
	snprintf(label, sizeof(label), "%s:%ld", path, xmlGetLineNo(content));
	entry->path = strdup(label);
	return entry->content && entry->path;
}

/*
 * Whether the entry's dates are ones the database holds (years 0001 to
 * 9999), reporting the first that is not with the manifest's line.
 */
static bool
dates_storable(const char *path, long line, const document_entry *entry)
{
	const char *bad_name = NULL;
	const char *bad_value = NULL;

	if (entry->fetched_at && !storable_timestamp(entry->fetched_at))
		bad_name = "fetched-at", bad_value = entry->fetched_at;
	else if (entry->published_on && !storable_day(entry->published_on))
		bad_name = "published", bad_value = entry->published_on;
	else if (entry->updated_on && !storable_day(entry->updated_on))
		bad_name = "updated", bad_value = entry->updated_on;
	if (bad_name != NULL)
		report_error("%s:%ld: %s \"%s\" is outside the years 0001 to 9999; the document is not loaded",
					 path, line, bad_name, bad_value);
	return bad_name == NULL;
}

/*
 * Adds the document a <document> element describes.  Returns false when
 * the manifest is wrong as a whole (or memory ran out); a document whose
 * own values cannot be stored is reported and left out, counted as
 * rejected, so that --keep-going loads the others.
 */
static bool
add_manifest_document(const char *path, const char *root, xmlNodePtr node,
					  entry_list *entries)
{
	document_entry *entry;
	char	   *file = xml_attribute(node, "file");
	char	   *format = xml_attribute(node, "format");
	long		line = xmlGetLineNo(node);
	bool		ok;

	if ((entry = new_entry(entries)) == NULL)
	{
		free(file);
		free(format);
		return false;
	}
	entry->uri = xml_attribute(node, "uri");
	entry->publisher = xml_attribute(node, "publisher");
	entry->fetched_at = xml_attribute(node, "fetched-at");
	entry->charset = xml_attribute(node, "charset");
	entry->published_on = xml_attribute(node, "published");
	entry->updated_on = xml_attribute(node, "updated");
	if (file != NULL && xmlFirstElementChild(node) != NULL)
	{
		report_error("%s:%ld: invalid manifest: a document has either a file or a content, not both",
					 path, line);
		ok = false;
	}
	else if (!dates_storable(path, line, entry) ||
			 (file != NULL && (entry->path = manifest_file_path(path, line, file, root)) == NULL))
	{
		reject_last_entry(entries);
		free(file);
		free(format);
		return true;
	}
	else if (file != NULL)
		ok = true;				/* manifest_file_path found it */
	else if (xmlFirstElementChild(node) != NULL)
		ok = take_inline_content(path, node, entry);
	else
	{
		report_error("%s:%ld: invalid manifest: a document needs a file or a content",
					 path, line);
		ok = false;
	}
	if (ok)
		entry->format = format ? (strcmp(format, "html") == 0 ? FORMAT_HTML : FORMAT_TEXT) :
			format_of_path(entry->path);
	free(file);
	free(format);
	return ok;
}

/* Leaves out the entry added last, counting it as rejected. */
static void
reject_last_entry(entry_list *entries)
{
	free_entry(&entries->items[--entries->count]);
	entries->rejected++;
}

/*
 * Whether the manifest can be opened and is a regular file, told in the
 * loader's words: libxml2 would print a generic warning of its own first
 * (or wait for ever on a FIFO).
 */
static bool
manifest_readable(const char *path)
{
	FILE	   *file = open_regular_file(path, "manifest");

	if (file != NULL)
		fclose(file);
	return file != NULL;
}

/*
 * The documents of a web archive the manifest names, relative to it and
 * inside its folder (or --root) as a document's file must be.  An archive
 * refused for its path is left out, counted as one rejected document, so
 * that --keep-going loads the others.
 */
static bool
add_manifest_archive(const char *path, const char *root, xmlNodePtr node,
					 entry_list *entries)
{
	char	   *file = xml_attribute(node, "file");
	char	   *publisher = xml_attribute(node, "publisher");
	char	   *archive = file ? manifest_file_path(path, xmlGetLineNo(node), file, root) : NULL;
	bool		ok;

	if (file != NULL && archive == NULL)
	{
		entries->rejected++;
		ok = true;
	}
	else
		ok = archive != NULL && add_archive_input(archive, publisher, entries);
	free(archive);
	free(publisher);
	free(file);
	return ok;
}

bool
add_manifest_entries(const char *path, const char *root, entry_list *entries)
{
	first_error first = {0, ""};
	xmlParserCtxtPtr ctxt;
	xmlDocPtr	doc = NULL;
	bool		ok;

	if (!manifest_readable(path))
		return false;
	if ((ctxt = xmlNewParserCtxt()) == NULL)
	{
		report_error("out of memory");
		return false;
	}
	doc = xmlCtxtReadFile(ctxt, path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
						  XML_PARSE_NOWARNING);
	if (doc == NULL)
		keep_first_error(&first, xmlCtxtGetLastError(ctxt));
	if (doc == NULL)
		report_error("%s:%d: invalid manifest: %s", path, first.line,
					 first.message[0] ? first.message : "could not read the file");
	else if (doc->intSubset != NULL || doc->extSubset != NULL)
		report_error("%s: invalid manifest: a document type declaration is not allowed "
					 "(it could define entities)", path);
	ok = doc != NULL && doc->intSubset == NULL && doc->extSubset == NULL &&
		validate_manifest(path, doc);
	for (xmlNodePtr node = ok ? xmlDocGetRootElement(doc)->children : NULL; node && ok;
		 node = node->next)
		if (node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, BAD_CAST "archive") == 0)
			ok = add_manifest_archive(path, root, node, entries);
		else if (node->type == XML_ELEMENT_NODE)
			ok = add_manifest_document(path, root, node, entries);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return ok;
}

/* By URI, then in the order the run names them. */
static int
compare_entry_uris(const void *a, const void *b)
{
	const document_entry *x = *(const document_entry *const *) a;
	const document_entry *y = *(const document_entry *const *) b;
	int			cmp = strcmp(x->uri, y->uri);

	return cmp != 0 ? cmp : (x > y) - (x < y);
}

/*
 * Two documents of one run at the same URI cannot both become its current
 * revision, and which one should is not for the loader to guess.  Checked
 * before anything is read, so that such a run writes nothing; the records
 * of archives, read as the run goes, are checked then (feed.c).
 */
bool
entries_have_distinct_uris(const entry_list *entries)
{
	/* one more, so that a run of no documents does not ask for 0 bytes */
	const document_entry **sorted = malloc(entries->count * sizeof(*sorted) + 1);
	bool		distinct = true;
	size_t		count = 0;

	if (sorted == NULL)
	{
		report_error("out of memory");
		return false;
	}

	for (size_t i = 0; i < entries->count; i++)
		if (!entries->items[i].archive_input)
			sorted[count++] = &entries->items[i];
	qsort(sorted, count, sizeof(*sorted), compare_entry_uris);
	for (size_t i = 1; i < count; i++)
	{
		bool		first_repeat = i == 1 || strcmp(sorted[i - 2]->uri, sorted[i - 1]->uri) != 0;

		if (strcmp(sorted[i - 1]->uri, sorted[i]->uri) == 0 && first_repeat)
		{
			report_error("URI \"%s\" is given to more than one document (%s and %s)",
						 sorted[i]->uri, sorted[i - 1]->path, sorted[i]->path);
			distinct = false;
		}
	}
	free(sorted);
	return distinct;
}

static void
free_entry(document_entry *e)
{
	free(e->path);
	free(e->content);
	free(e->uri);
	free(e->publisher);
	free(e->fetched_at);
	free(e->charset);
	free(e->archive);
	free(e->published_on);
	free(e->updated_on);
}

/* Frees an entry allocated on its own, as an archive's documents are. */
void
free_document_entry(document_entry *entry)
{
	free_entry(entry);
	free(entry);
}

void
free_entries(entry_list *entries)
{
	for (size_t i = 0; i < entries->count; i++)
		free_entry(&entries->items[i]);
	free(entries->items);
	entries->items = NULL;
	entries->count = entries->capacity = entries->rejected = 0;
}
