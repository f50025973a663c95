/*
 * digest.c
 *		SHA-256 content hashes through libcrypto's EVP interface.
 *
 * A failure of libcrypto (out of memory, a provider that cannot be loaded)
 * is reported with OpenSSL's own reason and makes the document fail to
 * read, like an I/O error.
 */
#include <stdio.h>

#include <openssl/err.h>
#include <openssl/evp.h>

#include "digest.h"
#include "report.h"

struct content_digest
{
	EVP_MD_CTX *ctx;
};

/* Reports what libcrypto failed at, with the reason it queued. */
static void
report_crypto_error(const char *what)
{
	unsigned long code = ERR_get_error();
	char		reason[256] = "unknown error";

	if (code != 0)
		ERR_error_string_n(code, reason, sizeof(reason));
	ERR_clear_error();
	report_error("could not %s a SHA-256 hash: %s", what, reason);
}

content_digest *
digest_begin(void)
{
	content_digest *d = malloc(sizeof(content_digest));

	if (d == NULL)
	{
		report_error("out of memory");
		return NULL;
	}
	d->ctx = EVP_MD_CTX_new();
	if (d->ctx == NULL || EVP_DigestInit_ex(d->ctx, EVP_sha256(), NULL) != 1)
	{
		report_crypto_error("start");
		digest_discard(d);
		return NULL;
	}
	return d;
}

bool
digest_add(content_digest *d, const void *data, size_t len)
{
	if (EVP_DigestUpdate(d->ctx, data, len) == 1)
		return true;
	report_crypto_error("update");
	return false;
}

bool
digest_end(content_digest *d, char hex[DIGEST_HEX_SIZE])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int md_len = 0;
	bool		ok = EVP_DigestFinal_ex(d->ctx, md, &md_len) == 1 && md_len == 32;

	if (!ok)
		report_crypto_error("finish");
	else
	{
		for (unsigned int i = 0; i < md_len; i++)
		{
			hex[2 * i] = digits[md[i] >> 4];
			hex[2 * i + 1] = digits[md[i] & 0x0f];
		}
		hex[2 * md_len] = '\0';
	}
	digest_discard(d);
	return ok;
}

void
digest_discard(content_digest *d)
{
	if (d == NULL)
		return;
	EVP_MD_CTX_free(d->ctx);
	free(d);
}

bool
digest_of(const void *data, size_t len, char hex[DIGEST_HEX_SIZE])
{
	content_digest *d = digest_begin();

	if (d == NULL)
		return false;
	if (!digest_add(d, data, len))
	{
		digest_discard(d);
		return false;
	}
	return digest_end(d, hex);
}
