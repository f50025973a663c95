/*
 * report.h
 *		The loader's messages on stderr: one line each, prefixed with the
 *		program's name.  Every loader file reports through here, so none
 *		depends on main.c, and the fuzz targets use the real reporter.
 */
#ifndef SC_REPORT_H
#define SC_REPORT_H

#include <stdbool.h>

#define LOADER_NAME "skanecoop-load"

extern void report_error(const char *fmt,...) __attribute__((format(printf, 1, 2)));

/*
 * Formats messages but prints none (true), or prints them again (false):
 * for the fuzz targets, where rejections are expected.
 */
extern void report_set_quiet(bool quiet);

#endif							/* SC_REPORT_H */
