/*
 * report.c
 *		The loader's messages on stderr (see report.h).
 */
#include "report.h"

#include <stdarg.h>
#include <stdio.h>

/*
 * Set before any reader thread starts and never while they run, so it needs
 * no lock.
 */
static bool quiet;

void
report_set_quiet(bool q)
{
	quiet = q;
}

/*
 * One line a message, whole even when two reader threads report at once.
 * A quiet reporter still formats the message, so that the sanitizers check
 * its arguments.
 */
void
report_error(const char *fmt,...)
{
	va_list		args;

	va_start(args, fmt);
	if (quiet)
	{
		char		message[4096];

		vsnprintf(message, sizeof(message), fmt, args);
	}
	else
	{
		flockfile(stderr);
		fprintf(stderr, "%s: ", LOADER_NAME);
		vfprintf(stderr, fmt, args);
		fputc('\n', stderr);
		funlockfile(stderr);
	}
	va_end(args);
}
