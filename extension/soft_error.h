/*
 * soft_error.h
 *		Input errors that pg_input_is_valid() and pg_input_error_info() can
 *		catch, where the server has them.
 *
 * From PostgreSQL 16 a type's input function is given an escape context
 * and reports a bad input with errsave(), which returns when the caller
 * asked for a soft error; the input function must then return (NULL).
 * Before 16 every input error is raised.
 */
#ifndef SC_SOFT_ERROR_H
#define SC_SOFT_ERROR_H

#include "postgres.h"

#include "nodes/nodes.h"

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#define input_report(escontext, ...) errsave(escontext, __VA_ARGS__)
#else
#define input_report(escontext, ...) ereport(ERROR, __VA_ARGS__)
#endif

#endif							/* SC_SOFT_ERROR_H */
