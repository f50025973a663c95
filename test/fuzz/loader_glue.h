/*
 * loader_glue.h
 *		Helpers shared by the fuzz targets of the loader's reading paths
 *		(HTML pages, manifests, web archives, population files); see
 *		loader_glue.c.
 */
#ifndef SC_LOADER_GLUE_H
#define SC_LOADER_GLUE_H

#include "fuzz.h"
#include "loader.h"
#include "utf8.h"

extern int	fuzz_memfd(const uint8_t *data, size_t size, char *path, size_t path_size);
extern void fuzz_read_document(const document_entry *entry);
extern void fuzz_read_archive(const char *path, const char *publisher);
extern void fuzz_read_entries(const uint8_t *data, size_t size,
							  bool (*add_entries) (const char *path, entry_list *entries));

#endif							/* SC_LOADER_GLUE_H */
