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

/* Length of the UTF-8 byte-order mark at s, or 0 if there is none. */
extern size_t sc_utf8_bom_length(const char *s, size_t len);

#endif							/* SC_UTF8_H */
