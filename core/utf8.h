/*
 * utf8.h
 *		Strict UTF-8 validation of source documents.
 *
 * PostgreSQL's text type must hold valid UTF-8 without NUL bytes, and the
 * loader reports the byte offset of the first byte that breaks that, so
 * both conditions are checked here in one pass.
 */
#ifndef SC_UTF8_H
#define SC_UTF8_H

#include <stddef.h>

typedef enum sc_utf8_status
{
	SC_UTF8_OK,
	SC_UTF8_INVALID,			/* not a well-formed UTF-8 sequence */
	SC_UTF8_NUL					/* a NUL byte, which text cannot hold */
} sc_utf8_status;

/*
 * Checks len bytes of s.  On failure, *bad_offset is the offset of the
 * first byte of the offending sequence.
 */
extern sc_utf8_status sc_utf8_validate(const char *s, size_t len, size_t *bad_offset);

/* U+FFFD REPLACEMENT CHARACTER, what a decoder puts for bytes it cannot read. */
#define SC_UTF8_REPLACEMENT "\xEF\xBF\xBD"

/*
 * Copies s to out (room for 3 * len bytes) with every ill-formed sequence
 * and NUL byte replaced by U+FFFD; returns the bytes written.  The copy is
 * valid for sc_utf8_validate.
 */
extern size_t sc_utf8_repair(const char *s, size_t len, char *out);

/*
 * Length of the start of a sequence that len cuts short at the end of s
 * (0 to 3 bytes), which a decoder reading in chunks carries over.
 */
extern size_t sc_utf8_incomplete_tail(const char *s, size_t len);

/* Length of the UTF-8 byte-order mark at s, or 0 if there is none. */
extern size_t sc_utf8_bom_length(const char *s, size_t len);

#endif							/* SC_UTF8_H */
