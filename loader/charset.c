/*
 * charset.c
 *		The character set of an HTML page, found as browsers find it, and
 *		the page's bytes decoded into UTF-8 as it is read.
 *
 * The order is that of the WHATWG Encoding and HTML standards: a
 * byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins; then the charset of
 * the HTTP Content-Type the page was served with; then a <meta charset>
 * or <meta http-equiv="Content-Type"> in the first 1024 bytes; and a page
 * that declares nothing is UTF-8 if all its bytes are valid UTF-8, else
 * windows-1252.  Labels are mapped as the Encoding Standard maps them, so
 * "latin1", "iso-8859-1" and "ascii" all mean windows-1252, and a <meta>
 * that says UTF-16 means UTF-8.
 *
 * Decoding never fails: what cannot be read becomes U+FFFD, as in a
 * browser, and so does a NUL byte, which the database's text cannot hold.
 * UTF-8, UTF-16 and windows-1252 are decoded here; the other encodings of
 * the standard by iconv, under the name glibc gives the same mapping.
 */
#include "loader.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

#define PRESCAN_BYTES 1024

typedef enum decoder_kind
{
	DECODE_UTF8,
	DECODE_UTF16LE,
	DECODE_UTF16BE,
	DECODE_WINDOWS_1252,
	DECODE_ICONV
} decoder_kind;

struct page_decoder
{
	decoder_kind kind;
	iconv_t		cd;
	char		pending[8];		/* the start of a character cut by a chunk's end */
	size_t		npending;
	unsigned	high_surrogate; /* UTF-16: a high surrogate awaiting its pair */
	char	   *in;				/* pending bytes and the chunk, for iconv */
	size_t		in_capacity;
	char	   *out;
	size_t		out_capacity;
};

typedef struct encoding_label
{
	const char *label;
	const char *encoding;
} encoding_label;

/*
 * The labels of the Encoding Standard (encoding.spec.whatwg.org, "Names
 * and labels"), sorted for bsearch, with the encoding each names.
 */
static const encoding_label labels[] = {
	{"866", "IBM866"}, {"ansi_x3.4-1968", "windows-1252"}, {"arabic", "ISO-8859-6"},
	{"ascii", "windows-1252"}, {"asmo-708", "ISO-8859-6"}, {"big5", "Big5"},
	{"big5-hkscs", "Big5"}, {"chinese", "GBK"}, {"cn-big5", "Big5"},
	{"cp1250", "windows-1250"}, {"cp1251", "windows-1251"}, {"cp1252", "windows-1252"},
	{"cp1253", "windows-1253"}, {"cp1254", "windows-1254"}, {"cp1255", "windows-1255"},
	{"cp1256", "windows-1256"}, {"cp1257", "windows-1257"}, {"cp1258", "windows-1258"},
	{"cp819", "windows-1252"}, {"cp866", "IBM866"}, {"csbig5", "Big5"},
	{"cseuckr", "EUC-KR"}, {"cseucpkdfmtjapanese", "EUC-JP"}, {"csgb2312", "GBK"},
	{"csibm866", "IBM866"}, {"csiso2022jp", "ISO-2022-JP"}, {"csiso2022kr", "replacement"},
	{"csiso58gb231280", "GBK"}, {"csiso88596e", "ISO-8859-6"}, {"csiso88596i", "ISO-8859-6"},
	{"csiso88598e", "ISO-8859-8"}, {"csiso88598i", "ISO-8859-8-I"}, {"csisolatin1", "windows-1252"},
	{"csisolatin2", "ISO-8859-2"}, {"csisolatin3", "ISO-8859-3"}, {"csisolatin4", "ISO-8859-4"},
	{"csisolatin5", "windows-1254"}, {"csisolatin6", "ISO-8859-10"}, {"csisolatin9", "ISO-8859-15"},
	{"csisolatinarabic", "ISO-8859-6"}, {"csisolatincyrillic", "ISO-8859-5"},
	{"csisolatingreek", "ISO-8859-7"}, {"csisolatinhebrew", "ISO-8859-8"},
	{"cskoi8r", "KOI8-R"}, {"csksc56011987", "EUC-KR"}, {"csmacintosh", "macintosh"},
	{"csshiftjis", "Shift_JIS"}, {"csunicode", "UTF-16LE"}, {"cyrillic", "ISO-8859-5"},
	{"dos-874", "windows-874"}, {"ecma-114", "ISO-8859-6"}, {"ecma-118", "ISO-8859-7"},
	{"elot_928", "ISO-8859-7"}, {"euc-jp", "EUC-JP"}, {"euc-kr", "EUC-KR"},
	{"gb18030", "gb18030"}, {"gb2312", "GBK"}, {"gb_2312", "GBK"}, {"gb_2312-80", "GBK"},
	{"gbk", "GBK"}, {"greek", "ISO-8859-7"}, {"greek8", "ISO-8859-7"},
	{"hebrew", "ISO-8859-8"}, {"hz-gb-2312", "replacement"}, {"ibm819", "windows-1252"},
	{"ibm866", "IBM866"}, {"iso-10646-ucs-2", "UTF-16LE"}, {"iso-2022-cn", "replacement"},
	{"iso-2022-cn-ext", "replacement"}, {"iso-2022-jp", "ISO-2022-JP"},
	{"iso-2022-kr", "replacement"}, {"iso-8859-1", "windows-1252"},
	{"iso-8859-10", "ISO-8859-10"}, {"iso-8859-11", "windows-874"},
	{"iso-8859-13", "ISO-8859-13"}, {"iso-8859-14", "ISO-8859-14"},
	{"iso-8859-15", "ISO-8859-15"}, {"iso-8859-16", "ISO-8859-16"},
	{"iso-8859-2", "ISO-8859-2"}, {"iso-8859-3", "ISO-8859-3"}, {"iso-8859-4", "ISO-8859-4"},
	{"iso-8859-5", "ISO-8859-5"}, {"iso-8859-6", "ISO-8859-6"}, {"iso-8859-6-e", "ISO-8859-6"},
	{"iso-8859-6-i", "ISO-8859-6"}, {"iso-8859-7", "ISO-8859-7"}, {"iso-8859-8", "ISO-8859-8"},
	{"iso-8859-8-e", "ISO-8859-8"}, {"iso-8859-8-i", "ISO-8859-8-I"},
	{"iso-8859-9", "windows-1254"}, {"iso-ir-100", "windows-1252"},
	{"iso-ir-101", "ISO-8859-2"}, {"iso-ir-109", "ISO-8859-3"}, {"iso-ir-110", "ISO-8859-4"},
	{"iso-ir-126", "ISO-8859-7"}, {"iso-ir-127", "ISO-8859-6"}, {"iso-ir-138", "ISO-8859-8"},
	{"iso-ir-144", "ISO-8859-5"}, {"iso-ir-148", "windows-1254"}, {"iso-ir-149", "EUC-KR"},
	{"iso-ir-157", "ISO-8859-10"}, {"iso-ir-58", "GBK"}, {"iso8859-1", "windows-1252"},
	{"iso8859-10", "ISO-8859-10"}, {"iso8859-11", "windows-874"}, {"iso8859-13", "ISO-8859-13"},
	{"iso8859-14", "ISO-8859-14"}, {"iso8859-15", "ISO-8859-15"}, {"iso8859-2", "ISO-8859-2"},
	{"iso8859-3", "ISO-8859-3"}, {"iso8859-4", "ISO-8859-4"}, {"iso8859-5", "ISO-8859-5"},
	{"iso8859-6", "ISO-8859-6"}, {"iso8859-7", "ISO-8859-7"}, {"iso8859-8", "ISO-8859-8"},
	{"iso8859-9", "windows-1254"}, {"iso88591", "windows-1252"}, {"iso885910", "ISO-8859-10"},
	{"iso885911", "windows-874"}, {"iso885913", "ISO-8859-13"}, {"iso885914", "ISO-8859-14"},
	{"iso885915", "ISO-8859-15"}, {"iso88592", "ISO-8859-2"}, {"iso88593", "ISO-8859-3"},
	{"iso88594", "ISO-8859-4"}, {"iso88595", "ISO-8859-5"}, {"iso88596", "ISO-8859-6"},
	{"iso88597", "ISO-8859-7"}, {"iso88598", "ISO-8859-8"}, {"iso88599", "windows-1254"},
	{"iso_8859-1", "windows-1252"}, {"iso_8859-15", "ISO-8859-15"},
	{"iso_8859-1:1987", "windows-1252"}, {"iso_8859-2", "ISO-8859-2"},
	{"iso_8859-2:1987", "ISO-8859-2"}, {"iso_8859-3", "ISO-8859-3"},
	{"iso_8859-3:1988", "ISO-8859-3"}, {"iso_8859-4", "ISO-8859-4"},
	{"iso_8859-4:1988", "ISO-8859-4"}, {"iso_8859-5", "ISO-8859-5"},
	{"iso_8859-5:1988", "ISO-8859-5"}, {"iso_8859-6", "ISO-8859-6"},
	{"iso_8859-6:1987", "ISO-8859-6"}, {"iso_8859-7", "ISO-8859-7"},
	{"iso_8859-7:1987", "ISO-8859-7"}, {"iso_8859-8", "ISO-8859-8"},
	{"iso_8859-8:1988", "ISO-8859-8"}, {"iso_8859-9", "windows-1254"},
	{"iso_8859-9:1989", "windows-1254"}, {"koi", "KOI8-R"}, {"koi8", "KOI8-R"},
	{"koi8-r", "KOI8-R"}, {"koi8-ru", "KOI8-U"}, {"koi8-u", "KOI8-U"}, {"koi8_r", "KOI8-R"},
	{"korean", "EUC-KR"}, {"ks_c_5601-1987", "EUC-KR"}, {"ks_c_5601-1989", "EUC-KR"},
	{"ksc5601", "EUC-KR"}, {"ksc_5601", "EUC-KR"}, {"l1", "windows-1252"},
	{"l2", "ISO-8859-2"}, {"l3", "ISO-8859-3"}, {"l4", "ISO-8859-4"}, {"l5", "windows-1254"},
	{"l6", "ISO-8859-10"}, {"l9", "ISO-8859-15"}, {"latin1", "windows-1252"},
	{"latin2", "ISO-8859-2"}, {"latin3", "ISO-8859-3"}, {"latin4", "ISO-8859-4"},
	{"latin5", "windows-1254"}, {"latin6", "ISO-8859-10"}, {"logical", "ISO-8859-8-I"},
	{"mac", "macintosh"}, {"macintosh", "macintosh"}, {"ms932", "Shift_JIS"},
	{"ms_kanji", "Shift_JIS"}, {"replacement", "replacement"}, {"shift-jis", "Shift_JIS"},
	{"shift_jis", "Shift_JIS"}, {"sjis", "Shift_JIS"}, {"sun_eu_greek", "ISO-8859-7"},
	{"tis-620", "windows-874"}, {"ucs-2", "UTF-16LE"}, {"unicode", "UTF-16LE"},
	{"unicode-1-1-utf-8", "UTF-8"}, {"unicode11utf8", "UTF-8"}, {"unicode20utf8", "UTF-8"},
	{"unicodefeff", "UTF-16LE"}, {"unicodefffe", "UTF-16BE"}, {"us-ascii", "windows-1252"},
	{"utf-16", "UTF-16LE"}, {"utf-16be", "UTF-16BE"}, {"utf-16le", "UTF-16LE"},
	{"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"visual", "ISO-8859-8"},
	{"windows-1250", "windows-1250"}, {"windows-1251", "windows-1251"},
	{"windows-1252", "windows-1252"}, {"windows-1253", "windows-1253"},
	{"windows-1254", "windows-1254"}, {"windows-1255", "windows-1255"},
	{"windows-1256", "windows-1256"}, {"windows-1257", "windows-1257"},
	{"windows-1258", "windows-1258"}, {"windows-31j", "Shift_JIS"},
	{"windows-874", "windows-874"}, {"windows-949", "EUC-KR"}, {"x-cp1250", "windows-1250"},
	{"x-cp1251", "windows-1251"}, {"x-cp1252", "windows-1252"}, {"x-cp1253", "windows-1253"},
	{"x-cp1254", "windows-1254"}, {"x-cp1255", "windows-1255"}, {"x-cp1256", "windows-1256"},
	{"x-cp1257", "windows-1257"}, {"x-cp1258", "windows-1258"}, {"x-euc-jp", "EUC-JP"},
	{"x-gbk", "GBK"}, {"x-mac-cyrillic", "x-mac-cyrillic"}, {"x-mac-roman", "macintosh"},
	{"x-mac-ukrainian", "x-mac-cyrillic"}, {"x-sjis", "Shift_JIS"},
	{"x-unicode20utf8", "UTF-8"}, {"x-user-defined", "x-user-defined"}, {"x-x-big5", "Big5"},
};

/*
 * glibc's names for the encodings whose standard name iconv does not know
 * or maps otherwise: the standard's Shift_JIS, EUC-KR, Big5 and GBK are
 * Microsoft's and Hong Kong's supersets.
 */
static const encoding_label iconv_names[] = {
	{"Big5", "BIG5-HKSCS"}, {"EUC-KR", "CP949"}, {"GBK", "GB18030"},
	{"ISO-8859-8-I", "ISO-8859-8"}, {"Shift_JIS", "CP932"}, {"macintosh", "MACINTOSH"},
	{"windows-874", "CP874"}, {"x-mac-cyrillic", "MAC-CYRILLIC"},
};

/* windows-1252's 0x80-0x9F; the rest of its bytes are their code points. */
static const unsigned short windows_1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
};

static int	compare_label(const void *key, const void *item);
static bool is_space(char c);
static const char *meta_charset(const char *head, size_t len);
static size_t get_attribute(const char *s, size_t len, size_t pos, char *name, size_t name_size,
							char *value, size_t value_size);
static const char *charset_in_content(const char *content);
static const char *charset_of_meta(const char *s, size_t len, size_t *pos);
static size_t put_code_point(char *out, unsigned cp);
static bool reserve_buffer(char **buf, size_t *capacity, size_t need);
static size_t decode_utf8(page_decoder *d, const char *in, size_t len, bool last,
						  const char **out);
static size_t decode_utf16(page_decoder *d, const char *in, size_t len, bool last);
static size_t decode_windows_1252(page_decoder *d, const char *in, size_t len);
static size_t decode_iconv(page_decoder *d, const char *in, size_t len, bool last);

static int
compare_label(const void *key, const void *item)
{
	return strcmp(key, ((const encoding_label *) item)->label);
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/*
 * The encoding a label names, or NULL: surrounding white space is dropped
 * and case ignored, as the standard's "get an encoding" does.
 */
const char *
charset_encoding_of_label(const char *label, size_t len)
{
	char		key[32];
	size_t		n = 0;
	const encoding_label *found;

	while (len > 0 && is_space(*label))
		label++, len--;
	while (len > 0 && is_space(label[len - 1]))
		len--;
	if (len == 0 || len >= sizeof(key))
		return NULL;
	for (; n < len; n++)
		key[n] = (label[n] >= 'A' && label[n] <= 'Z') ? (char) (label[n] + 32) : label[n];
	key[n] = '\0';
	found = bsearch(key, labels, sizeof(labels) / sizeof(labels[0]), sizeof(labels[0]),
					compare_label);
	return found ? found->encoding : NULL;
}

/*
 * Reads the attribute at pos of a tag, as the standard's prescan does:
 * its name lower-cased and its value, cut to the buffers.  Returns the
 * position after it, or 0 at the tag's end ('>') or the head's.
 */
static size_t
get_attribute(const char *s, size_t len, size_t pos, char *name, size_t name_size,
			  char *value, size_t value_size)
{
	size_t		n = 0,
				v = 0;

	while (pos < len && (is_space(s[pos]) || s[pos] == '/'))
		pos++;
	if (pos >= len || s[pos] == '>')
		return 0;
	for (; pos < len && (n == 0 || (s[pos] != '=' && !is_space(s[pos]))) &&
		 s[pos] != '/' && s[pos] != '>'; pos++)
		if (n + 1 < name_size)
			name[n++] = (s[pos] >= 'A' && s[pos] <= 'Z') ? (char) (s[pos] + 32) : s[pos];
	name[n] = '\0';
	value[0] = '\0';
	while (pos < len && is_space(s[pos]))
		pos++;
	if (pos >= len || s[pos] != '=')
		return pos;
	for (pos++; pos < len && is_space(s[pos]); pos++)
		;
	if (pos < len && (s[pos] == '"' || s[pos] == '\''))
	{
		char		quote = s[pos++];

		for (; pos < len && s[pos] != quote; pos++)
			if (v + 1 < value_size)
				value[v++] = s[pos];
		pos++;
	}
	else
		for (; pos < len && !is_space(s[pos]) && s[pos] != '>'; pos++)
			if (v + 1 < value_size)
				value[v++] = s[pos];
	value[v] = '\0';
	return pos > len ? len : pos;
}

/* The label after "charset=" in a Content-Type's value, as its encoding, or NULL. */
static const char *
charset_in_content(const char *content)
{
	for (const char *p = content; *p != '\0'; p++)
	{
		const char *q = p + 7;
		size_t		n;

		if (strncasecmp(p, "charset", 7) != 0)
			continue;
		while (is_space(*q))
			q++;
		if (*q != '=')
			continue;
		for (q++; is_space(*q); q++)
			;
		if (*q == '"' || *q == '\'')
		{
			const char *end = strchr(q + 1, *q);

			return end ? charset_encoding_of_label(q + 1, (size_t) (end - q - 1)) : NULL;
		}
		n = strcspn(q, " \t\n\f\r;");
		return charset_encoding_of_label(q, n);
	}
	return NULL;
}

/*
 * The encoding a <meta> at pos (after "<meta") declares, or NULL; pos is
 * moved past the tag.
 */
static const char *
charset_of_meta(const char *s, size_t len, size_t *pos)
{
	char		name[32],
				value[256];
	const char *charset = NULL,
			   *content = NULL;
	bool		content_type = false;
	size_t		next;

	while ((next = get_attribute(s, len, *pos, name, sizeof(name), value, sizeof(value))) > 0)
	{
		*pos = next;
		if (strcmp(name, "http-equiv") == 0 && strcasecmp(value, "content-type") == 0)
			content_type = true;
		else if (strcmp(name, "charset") == 0 && charset == NULL)
			charset = charset_encoding_of_label(value, strlen(value));
		else if (strcmp(name, "content") == 0 && content == NULL && charset == NULL)
			content = charset_in_content(value);
	}
	if (charset == NULL && content_type)
		charset = content;
	return charset;
}

/*
 * The encoding the first PRESCAN_BYTES of a page declare in a <meta>, by
 * the standard's prescan: comments and other tags are stepped over, their
 * attributes read so that a '>' in a quoted value does not end them.  A
 * <meta> that says UTF-16 means UTF-8 (the page could not have said so in
 * UTF-16), and x-user-defined means windows-1252.
 */
static const char *
meta_charset(const char *head, size_t len)
{
	char		name[32],
				value[8];

	if (len > PRESCAN_BYTES)
		len = PRESCAN_BYTES;
	for (size_t pos = 0; pos < len; pos++)
	{
		const char *rest = head + pos;
		size_t		left = len - pos;

		if (head[pos] != '<')
			continue;
		if (left >= 4 && memcmp(rest, "<!--", 4) == 0)
		{
			/* the comment runs to its "-->", which may share its dashes with "<!--" */
			for (pos += 2; pos + 2 < len && memcmp(head + pos, "-->", 3) != 0; pos++)
				;
			pos += 2;
		}
		else if (left >= 6 && strncasecmp(rest, "<meta", 5) == 0 &&
				 (is_space(rest[5]) || rest[5] == '/'))
		{
			const char *encoding;

			pos += 6;
			if ((encoding = charset_of_meta(head, len, &pos)) == NULL)
				continue;
			if (strncmp(encoding, "UTF-16", 6) == 0)
				return "UTF-8";
			return strcmp(encoding, "x-user-defined") == 0 ? "windows-1252" : encoding;
		}
		else if (left >= 2 && (rest[1] == '/' ? left >= 3 && ((rest[2] | 0x20) >= 'a' &&
															   (rest[2] | 0x20) <= 'z') :
							   ((rest[1] | 0x20) >= 'a' && (rest[1] | 0x20) <= 'z')))
		{
			size_t		next;

			/* another tag: its name, then its attributes */
			for (pos++; pos < len && !is_space(head[pos]) && head[pos] != '>'; pos++)
				;
			while ((next = get_attribute(head, len, pos, name, sizeof(name), value,
										 sizeof(value))) > 0)
				pos = next;
		}
		else if (left >= 2 && (rest[1] == '!' || rest[1] == '/' || rest[1] == '?'))
		{
			const char *end = memchr(rest, '>', left);

			pos = end ? (size_t) (end - head) : len;
		}
	}
	return NULL;
}

/*
 * The encoding of a page whose first bytes are head: by its byte-order
 * mark (*bom_length its length), the HTTP charset label http_label (or
 * NULL), or its <meta>; NULL if none of them names one, when the caller
 * decides between UTF-8 and windows-1252 by the whole page.
 */
const char *
charset_sniff(const char *head, size_t len, const char *http_label, size_t *bom_length)
{
	const unsigned char *b = (const unsigned char *) head;
	const char *encoding = NULL;

	*bom_length = 0;
	if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
		*bom_length = 3, encoding = "UTF-8";
	else if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
		*bom_length = 2, encoding = "UTF-16LE";
	else if (len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
		*bom_length = 2, encoding = "UTF-16BE";
	if (encoding == NULL && http_label != NULL)
		encoding = charset_encoding_of_label(http_label, strlen(http_label));
	if (encoding == NULL)
		encoding = meta_charset(head, len);
	return encoding;
}

/*
 * A decoder for an encoding charset_sniff returned; NULL (reported) for
 * the standard's "replacement" encoding, which stands for encodings that
 * are not to be read at all, or when out of memory.
 */
page_decoder *
page_decoder_new(const char *encoding, const char *path)
{
	page_decoder *d;
	const char *iconv_name = encoding;

	if (strcmp(encoding, "replacement") == 0 || strcmp(encoding, "x-user-defined") == 0)
	{
		report_error("%s: the page's charset cannot be read safely (the Encoding Standard's "
					 "\"%s\"); the page is not stored", path, encoding);
		return NULL;
	}
	if ((d = calloc(1, sizeof(page_decoder))) == NULL)
	{
		report_error("%s: out of memory", path);
		return NULL;
	}
	if (strcmp(encoding, "UTF-8") == 0)
		d->kind = DECODE_UTF8;
	else if (strcmp(encoding, "UTF-16LE") == 0)
		d->kind = DECODE_UTF16LE;
	else if (strcmp(encoding, "UTF-16BE") == 0)
		d->kind = DECODE_UTF16BE;
	else if (strcmp(encoding, "windows-1252") == 0)
		d->kind = DECODE_WINDOWS_1252;
	else
	{
		for (size_t i = 0; i < sizeof(iconv_names) / sizeof(iconv_names[0]); i++)
			if (strcmp(encoding, iconv_names[i].label) == 0)
				iconv_name = iconv_names[i].encoding;
		d->kind = DECODE_ICONV;
		if ((d->cd = iconv_open("UTF-8", iconv_name)) == (iconv_t) -1)
		{
			report_error("%s: the page's charset %s cannot be converted here: %s", path,
						 encoding, strerror(errno));
			free(d);
			return NULL;
		}
	}
	return d;
}

void
page_decoder_free(page_decoder *d)
{
	if (d == NULL)
		return;
	if (d->kind == DECODE_ICONV)
		iconv_close(d->cd);
	free(d->in);
	free(d->out);
	free(d);
}

/* A code point in UTF-8; NUL and surrogates become U+FFFD. */
static size_t
put_code_point(char *out, unsigned cp)
{
	if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		cp = 0xFFFD;
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

static bool
reserve_buffer(char **buf, size_t *capacity, size_t need)
{
	char	   *grown;

	if (need <= *capacity)
		return true;
	if ((grown = realloc(*buf, need)) == NULL)
		return false;
	*buf = grown;
	*capacity = need;
	return true;
}

/*
 * Valid sequences as they are, the rest as U+FFFD; a cut sequence waits for
 * the next chunk.  A chunk that is valid already, as nearly every chunk of
 * a UTF-8 page is, is given back where it is (*out is in then), not copied.
 */
static size_t
decode_utf8(page_decoder *d, const char *in, size_t len, bool last, const char **out)
{
	size_t		tail,
				bad;

	if (d->npending > 0)
	{
		if (!reserve_buffer(&d->in, &d->in_capacity, d->npending + len))
			return SIZE_MAX;
		memcpy(d->in, d->pending, d->npending);
		memcpy(d->in + d->npending, in, len);
		in = d->in;
		len += d->npending;
	}
	tail = last ? 0 : sc_utf8_incomplete_tail(in, len);
	memcpy(d->pending, in + len - tail, tail);
	d->npending = tail;
	if (sc_utf8_validate(in, len - tail, &bad) == SC_UTF8_OK)
	{
		*out = in;
		return len - tail;
	}
	*out = d->out;
	return sc_utf8_repair(in, len - tail, d->out);
}

/* Code units in pairs of bytes; a surrogate pair across chunks is kept whole. */
static size_t
decode_utf16(page_decoder *d, const char *in, size_t len, bool last)
{
	const unsigned char *b = (const unsigned char *) in;
	size_t		written = 0;
	bool		little = d->kind == DECODE_UTF16LE;

	for (size_t i = 0; i < len; i++)
	{
		unsigned	unit;

		d->pending[d->npending++] = (char) b[i];
		if (d->npending < 2)
			continue;
		unit = little ? (unsigned) (unsigned char) d->pending[0] | (unsigned) (unsigned char) d->pending[1] << 8 :
			(unsigned) (unsigned char) d->pending[0] << 8 | (unsigned) (unsigned char) d->pending[1];
		d->npending = 0;
		if (d->high_surrogate != 0 && unit >= 0xDC00 && unit <= 0xDFFF)
		{
			written += put_code_point(d->out + written, 0x10000 + ((d->high_surrogate - 0xD800) << 10) +
									  (unit - 0xDC00));
			d->high_surrogate = 0;
			continue;
		}
		if (d->high_surrogate != 0)
			written += put_code_point(d->out + written, 0xFFFD);
		d->high_surrogate = 0;
		if (unit >= 0xD800 && unit <= 0xDBFF)
			d->high_surrogate = unit;
		else
			written += put_code_point(d->out + written, unit);
	}
	if (last && (d->high_surrogate != 0 || d->npending > 0))
	{
		written += put_code_point(d->out + written, 0xFFFD);
		d->high_surrogate = 0;
		d->npending = 0;
	}
	return written;
}

static size_t
decode_windows_1252(page_decoder *d, const char *in, size_t len)
{
	size_t		written = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) in[i];

		if (c >= 0x20 && c < 0x80)
			d->out[written++] = (char) c;
		else
			written += put_code_point(d->out + written,
									  c >= 0x80 && c < 0xA0 ? windows_1252_high[c - 0x80] : c);
	}
	return written;
}

/*
 * Through iconv: a byte it cannot convert becomes U+FFFD and is stepped
 * over; a character cut by the chunk's end waits for the next one.
 */
static size_t
decode_iconv(page_decoder *d, const char *in, size_t len, bool last)
{
	size_t		total = d->npending + len;
	char	   *src,
			   *dst = d->out;
	size_t		src_left = total,
				dst_left = 3 * total + 16;

	if (!reserve_buffer(&d->in, &d->in_capacity, total + 1))
		return SIZE_MAX;
	memcpy(d->in, d->pending, d->npending);
	memcpy(d->in + d->npending, in, len);
	d->npending = 0;
	src = d->in;
	while (src_left > 0)
	{
		if (iconv(d->cd, &src, &src_left, &dst, &dst_left) != (size_t) -1)
			break;
		if (errno == EINVAL && !last && src_left < sizeof(d->pending))
		{
			memcpy(d->pending, src, src_left);
			d->npending = src_left;
			break;
		}
		if (errno == E2BIG)
			break;				/* not reached: the output has room for 3 bytes a byte */
		memcpy(dst, SC_UTF8_REPLACEMENT, 3);
		dst += 3;
		dst_left -= 3;
		src++;
		src_left--;
		iconv(d->cd, NULL, NULL, NULL, NULL);
	}
	/* iconv passes NUL through; the text cannot hold it */
	for (char *p = d->out; (p = memchr(p, '\0', (size_t) (dst - p))) != NULL;)
	{
		memmove(p + 3, p + 1, (size_t) (dst - p - 1));
		memcpy(p, SC_UTF8_REPLACEMENT, 3);
		dst += 2;
		p += 3;
	}
	return (size_t) (dst - d->out);
}

/*
 * Decodes a chunk of the page (last: the page's final one) into UTF-8
 * without NUL bytes; *out points to the result, valid until the next call
 * and while the chunk is.
 * Returns its length, or SIZE_MAX when out of memory.
 */
size_t
page_decode(page_decoder *d, const char *in, size_t len, bool last, const char **out)
{
	/* 3 bytes out for each byte in, and for a NUL through iconv 3 more */
	size_t		need = 6 * (len + sizeof(d->pending)) + 16;
	size_t		written;

	if (!reserve_buffer(&d->out, &d->out_capacity, need))
		return SIZE_MAX;
	*out = d->out;
	switch (d->kind)
	{
		case DECODE_UTF8:
			written = decode_utf8(d, in, len, last, out);
			break;
		case DECODE_UTF16LE:
		case DECODE_UTF16BE:
			written = decode_utf16(d, in, len, last);
			break;
		case DECODE_WINDOWS_1252:
			written = decode_windows_1252(d, in, len);
			break;
		default:
			written = decode_iconv(d, in, len, last);
			break;
	}
	return written;
}
