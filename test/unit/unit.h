/*
 * unit.h
 *		A minimal TAP producer for the unit tests of the shared C core.
 *
 * Each check prints "ok N - description" or "not ok N - description", so
 * that scripts/test.sh can count them beside the pg_regress suites.  A
 * test program returns unit_exit_status() from main().
 */
#ifndef SC_UNIT_H
#define SC_UNIT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

static int	unit_checks;
static int	unit_failures;

static inline bool
unit_check(bool passed, const char *fmt,...)
{
	va_list		args;

	unit_checks++;
	if (!passed)
		unit_failures++;
	printf("%s %d - ", passed ? "ok" : "not ok", unit_checks);
	va_start(args, fmt);
	vprintf(fmt, args);
	va_end(args);
	putchar('\n');
	return passed;
}

static inline int
unit_exit_status(void)
{
	printf("1..%d\n", unit_checks);
	return unit_failures == 0 ? 0 : 1;
}

#endif							/* SC_UNIT_H */
