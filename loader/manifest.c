/*
 * manifest.c
 *		The list of documents a run loads: files named on the command line,
 *		and the entries of XML manifests.
 *
 * A manifest names each document's file (relative to the manifest), its
 * source URI and publisher, and optionally when it was fetched, published
 * and updated:
 *
 *	<manifest xmlns="urn:skanecoop:manifest:1">
 *	  <document file="000.txt" uri="https://..." publisher="Ystads kommun"
 *	            fetched-at="2024-01-10T06:00:00Z" published="2021-11-11"/>
 *	</manifest>
 *
 * Manifests come from crawlers, so they are parsed without network access,
 * without DTDs and without entity substitution: a manifest with a DTD is
 * rejected outright, which shuts out external entities and entity
 * expansion bombs alike.
 */
#include "loader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"

#define MANIFEST_NS "urn:skanecoop:manifest:1"

static document_entry *new_entry(entry_list *entries);
static char *xml_attribute(xmlNodePtr node, const char *name);
static char *resolve_path(const char *manifest_path, const char *file);
static bool check_date_attribute(const char *path, xmlNodePtr node,
								 const char *name, const char *value);
static bool add_manifest_document(const char *path, xmlNodePtr node,
								  entry_list *entries);

static document_entry *
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
	entry->uri = malloc(strlen(absolute) + sizeof("file://"));
	if (entry->uri)
		sprintf(entry->uri, "file://%s", absolute);
	entry->publisher = publisher ? strdup(publisher) : NULL;
	return entry->path && entry->uri;
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

/* A document's file name, taken relative to the manifest's folder. */
static char *
resolve_path(const char *manifest_path, const char *file)
{
	const char *slash = strrchr(manifest_path, '/');
	size_t		dirlen = slash ? (size_t) (slash - manifest_path) + 1 : 0;
	char	   *path;

	if (file[0] == '/')
		return strdup(file);
	path = malloc(dirlen + strlen(file) + 1);
	if (path)
	{
		memcpy(path, manifest_path, dirlen);
		strcpy(path + dirlen, file);
	}
	return path;
}

static bool
check_date_attribute(const char *path, xmlNodePtr node, const char *name,
					 const char *value)
{
	int32_t		days;

	if (value == NULL || sc_parse_iso_date(value, strlen(value), &days))
		return true;
	report_error("%s:%ld: attribute \"%s\" is not a date (YYYY-MM-DD): \"%s\"",
				 path, xmlGetLineNo(node), name, value);
	return false;
}

static bool
add_manifest_document(const char *path, xmlNodePtr node, entry_list *entries)
{
	document_entry *entry;
	char	   *file = xml_attribute(node, "file");

	if ((entry = new_entry(entries)) == NULL)
	{
		free(file);
		return false;
	}
	entry->uri = xml_attribute(node, "uri");
	entry->publisher = xml_attribute(node, "publisher");
	entry->fetched_at = xml_attribute(node, "fetched-at");
	entry->published_on = xml_attribute(node, "published");
	entry->updated_on = xml_attribute(node, "updated");
	entry->path = file ? resolve_path(path, file) : NULL;
	free(file);
	if (entry->path == NULL || entry->uri == NULL)
	{
		report_error("%s:%ld: a document needs the attributes \"file\" and \"uri\"",
					 path, xmlGetLineNo(node));
		return false;
	}
	return check_date_attribute(path, node, "published", entry->published_on) &&
		check_date_attribute(path, node, "updated", entry->updated_on);
}

bool
add_manifest_entries(const char *path, entry_list *entries)
{
	xmlDocPtr	doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
								  XML_PARSE_NOWARNING);
	xmlNodePtr	root;
	bool		ok = true;

	if (doc == NULL)
	{
		const xmlError *err = xmlGetLastError();

		report_error("%s:%d: invalid manifest: %s", path, err ? err->line : 0,
					 err && err->message ? err->message : "not well-formed XML\n");
		return false;
	}
	root = xmlDocGetRootElement(doc);
	if (doc->intSubset != NULL || doc->extSubset != NULL)
	{
		report_error("%s: invalid manifest: a document type declaration is not allowed", path);
		ok = false;
	}
	else if (root == NULL || xmlStrcmp(root->name, (const xmlChar *) "manifest") != 0 ||
			 root->ns == NULL || xmlStrcmp(root->ns->href, (const xmlChar *) MANIFEST_NS) != 0)
	{
		report_error("%s: invalid manifest: the root element must be <manifest xmlns=\"%s\">",
					 path, MANIFEST_NS);
		ok = false;
	}
	for (xmlNodePtr node = ok ? root->children : NULL; node && ok; node = node->next)
	{
		if (node->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(node->name, (const xmlChar *) "document") != 0)
		{
			report_error("%s:%ld: invalid manifest: unexpected element <%s>",
						 path, xmlGetLineNo(node), (const char *) node->name);
			ok = false;
		}
		else
			ok = add_manifest_document(path, node, entries);
	}
	xmlFreeDoc(doc);
	return ok;
}

void
free_entries(entry_list *entries)
{
	for (size_t i = 0; i < entries->count; i++)
	{
		document_entry *e = &entries->items[i];

		free(e->path);
		free(e->uri);
		free(e->publisher);
		free(e->fetched_at);
		free(e->published_on);
		free(e->updated_on);
	}
	free(entries->items);
	entries->items = NULL;
	entries->count = entries->capacity = 0;
}
