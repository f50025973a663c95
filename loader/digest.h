/*
 * digest.h
 *		SHA-256 content hashes of source documents, from OpenSSL's libcrypto.
 *
 * The loader hashes every source file before it parses it, so that an
 * unchanged document is recognised without parsing.  libpq already links
 * libcrypto, whose EVP interface uses the processor's SHA instructions
 * where it has them.
 */
#ifndef SC_DIGEST_H
#define SC_DIGEST_H

#include <stdbool.h>
#include <stddef.h>

/* The length of a SHA-256 digest written as lower-case hex, with its NUL. */
#define DIGEST_HEX_SIZE 65

typedef struct content_digest content_digest;

/*
 * A new hash, NULL (after reporting it) if libcrypto cannot make one.  Each
 * reader thread hashes with a digest of its own; nothing is shared.
 */
extern content_digest *digest_begin(void);
extern bool digest_add(content_digest *d, const void *data, size_t len);

/* Writes the digest as hex into hex[DIGEST_HEX_SIZE] and frees the hash. */
extern bool digest_end(content_digest *d, char hex[DIGEST_HEX_SIZE]);

/* Frees a hash that is not to be finished (after an error). */
extern void digest_discard(content_digest *d);

/* The digest of a whole buffer, for the tests. */
extern bool digest_of(const void *data, size_t len, char hex[DIGEST_HEX_SIZE]);

#endif							/* SC_DIGEST_H */
