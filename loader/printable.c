/*
 * printable.c
 *		Text from documents (titles, quoted sentences) as the loader prints
 *		it on a terminal: a page must not be able to send escape sequences
 *		that move the cursor, clear the screen or retitle the window.
 */
#include "loader.h"

#include <stdio.h>
#include <stdlib.h>

/*
 * Text from a document, for a terminal: control characters (C0, DEL and
 * C1, which include the escape sequences that move the cursor or retitle
 * the window) written as \xHH or \u00HH, the rest as it is.  Returns a
 * malloc'd string, or NULL when out of memory.
 */
char *
printable_text(const char *text, size_t len)
{
	char	   *out = malloc(6 * len + 1);
	size_t		n = 0;

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) text[i];
		unsigned char next = i + 1 < len ? (unsigned char) text[i + 1] : 0;

		if (c < 0x20 || c == 0x7F)
			n += (size_t) sprintf(out + n, "\\x%02x", c);
		else if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
			n += (size_t) sprintf(out + n, "\\u%04x", next), i++;
		else
			out[n++] = (char) c;
	}
	out[n] = '\0';
	return out;
}
