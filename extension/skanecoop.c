/*
 * skanecoop.c
 *		The module file of the skanecoop extension.
 *
 * The types and functions live in files of their own; this one only marks
 * the shared library as a PostgreSQL module.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
