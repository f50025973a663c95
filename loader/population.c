/*
 * population.c
 *		Reading population figures from CSV files in the shapes Statistics
 *		Sweden and the reference data publish them.
 *
 * The columns are found by their header, in English or Swedish, so both
 *
 *	code,name,reference_date,population,source
 *	region,år,folkmängd				(SCB: "1280 Malmö";2022;357377)
 *
 * are read; the separator is a comma, semicolon or tab, whichever the
 * header uses.  A figure for a year (no reference date) is the population
 * at the end of that year, as SCB publishes it.  Every code must be in the
 * gazetteer, every date in the years 0001 to 9999, and every figure at
 * most MAX_INHABITANTS; a bad line is reported with file and line and left
 * out (which fails the run unless --keep-going loads the other rows).
 */
#include "loader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "calendar.h"
#include "gazetteer.h"
#include "utf8.h"

#define MAX_FIELDS 16

/*
 * More people than live on Earth: a figure above it is a mistake, and
 * would overflow the fees computed from it.
 */
#define MAX_INHABITANTS 10000000000LL

enum column
{
	COL_CODE,
	COL_DATE,
	COL_YEAR,
	COL_POPULATION,
	COL_SOURCE,
	NCOLUMNS
};

static int	split_csv_line(char *line, char separator, char **fields);
static int	column_of(const char *header);
static const char *field_at(char **fields, int nfields, int column);
static bool find_columns(char **fields, int nfields, int *columns);
static bool parse_row(const char *path, long lineno, char **fields, int nfields,
					  const int *columns, population_row *row);
static bool push_row(population_list *list, const population_row *row);
static bool line_readable(const char *path, long lineno, const char *line, size_t len);

/*
 * Splits one line in place into at most MAX_FIELDS fields, honouring
 * RFC 4180 quotes ("a, b" and "" inside them).  Returns the field count.
 */
static int
split_csv_line(char *line, char separator, char **fields)
{
	int			n = 0;
	char	   *out = line;
	bool		quoted = false;

	fields[n++] = out;
	for (char *p = line; *p && *p != '\n' && !(*p == '\r' && p[1] == '\n'); p++)
	{
		if (quoted && *p == '"' && p[1] == '"')
			*out++ = *p++;
		else if (*p == '"')
			quoted = !quoted;
		else if (!quoted && *p == separator && n < MAX_FIELDS)
		{
			*out++ = '\0';
			fields[n++] = out;
		}
		else
			*out++ = *p;
	}
	*out = '\0';
	return n;
}

static int
column_of(const char *header)
{
	static const struct
	{
		const char *name;
		enum column column;
	}			names[] = {
		{"code", COL_CODE}, {"region", COL_CODE}, {"kod", COL_CODE},
		{"kommunkod", COL_CODE}, {"regionkod", COL_CODE},
		{"reference_date", COL_DATE}, {"date", COL_DATE}, {"datum", COL_DATE},
		{"year", COL_YEAR}, {"\xC3\xA5r", COL_YEAR},
		{"population", COL_POPULATION}, {"inhabitants", COL_POPULATION},
		{"folkm\xC3\xA4ngd", COL_POPULATION}, {"inv\xC3\xA5nare", COL_POPULATION},
		{"source", COL_SOURCE}, {"k\xC3\xA4lla", COL_SOURCE}
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcasecmp(header, names[i].name) == 0)
			return names[i].column;
	return -1;
}

static bool
find_columns(char **fields, int nfields, int *columns)
{
	for (int c = 0; c < NCOLUMNS; c++)
		columns[c] = -1;
	for (int i = 0; i < nfields; i++)
	{
		int			c = column_of(fields[i]);

		if (c >= 0 && columns[c] < 0)
			columns[c] = i;
	}
	return columns[COL_CODE] >= 0 && columns[COL_POPULATION] >= 0 &&
		(columns[COL_DATE] >= 0 || columns[COL_YEAR] >= 0);
}

/* The field of a column, or "" where the column or the field is missing. */
static const char *
field_at(char **fields, int nfields, int column)
{
	return column >= 0 && column < nfields ? fields[column] : "";
}

static bool
parse_row(const char *path, long lineno, char **fields, int nfields,
		  const int *columns, population_row *row)
{
	const char *code = field_at(fields, nfields, columns[COL_CODE]);
	const char *count = field_at(fields, nfields, columns[COL_POPULATION]);
	const char *date = field_at(fields, nfields, columns[COL_DATE]);
	const char *year = field_at(fields, nfields, columns[COL_YEAR]);
	const char *source = field_at(fields, nfields, columns[COL_SOURCE]);
	size_t		digits = strspn(code, "0123456789");
	char	   *end;
	int32_t		days;

	memset(row, 0, sizeof(*row));
	/* SCB writes the region as "1280 Malmö" */
	if (digits == 0 || digits >= sizeof(row->code) ||
		(code[digits] != '\0' && code[digits] != ' '))
	{
		report_error("%s:%ld: \"%s\" is not a municipality or region code", path, lineno, code);
		return false;
	}
	memcpy(row->code, code, digits);
	if (sc_gazetteer_by_code(row->code) == NULL)
	{
		report_error("%s:%ld: code \"%s\" is not in the gazetteer", path, lineno, row->code);
		return false;
	}
	if (date[0] != '\0')
		snprintf(row->date, sizeof(row->date), "%s", date);
	else if (strlen(year) == 4)
		snprintf(row->date, sizeof(row->date), "%s-12-31", year);
	if (!sc_parse_iso_date(row->date, strlen(row->date), &days))
	{
		report_error("%s:%ld: the reference date or year is not a date: \"%s\"", path, lineno,
					 date[0] ? date : year);
		return false;
	}
	if (!storable_day(row->date))
	{
		report_error("%s:%ld: the reference date %s is outside the years 0001 to 9999",
					 path, lineno, row->date);
		return false;
	}
	errno = 0;
	row->inhabitants = strtoll(count, &end, 10);
	if (errno != 0 || end == count || *end != '\0' || row->inhabitants < 0)
	{
		report_error("%s:%ld: the population is not a count of inhabitants: \"%s\"",
					 path, lineno, count);
		return false;
	}
	if (row->inhabitants > MAX_INHABITANTS)
	{
		report_error("%s:%ld: the population %lld is more than the %lld people on Earth",
					 path, lineno, row->inhabitants, MAX_INHABITANTS);
		return false;
	}
	if (source[0] != '\0' && (row->source = strdup(source)) == NULL)
	{
		report_error("out of memory");
		return false;
	}
	return true;
}

static bool
push_row(population_list *list, const population_row *row)
{
	if (list->count == list->capacity)
	{
		size_t		capacity = list->capacity ? 2 * list->capacity : 128;
		population_row *rows = realloc(list->rows, capacity * sizeof(population_row));

		if (rows == NULL)
		{
			report_error("out of memory");
			return false;
		}
		list->rows = rows;
		list->capacity = capacity;
	}
	list->rows[list->count++] = *row;
	return true;
}

/*
 * Whether a line can be read as fields: UTF-8 without NUL bytes (getline
 * reads past a NUL, which would otherwise cut the line short unseen).
 */
static bool
line_readable(const char *path, long lineno, const char *line, size_t len)
{
	size_t		bad;

	if (memchr(line, '\0', len) != NULL)
	{
		report_error("%s:%ld: byte %zu of the line is a NUL byte", path, lineno,
					 (size_t) ((const char *) memchr(line, '\0', len) - line));
		return false;
	}
	if (sc_utf8_validate(line, len, &bad) != SC_UTF8_OK)
	{
		report_error("%s:%ld: invalid UTF-8", path, lineno);
		return false;
	}
	return true;
}

/*
 * Appends the rows of a population file to list.  A bad row is reported,
 * left out and counted in list->rejected; false is returned, and nothing
 * of the file kept, only when the file as a whole cannot be read (missing,
 * empty, or without the columns needed).
 */
bool
read_population_file(const char *path, population_list *list)
{
	FILE	   *f = open_regular_file(path, "file");
	size_t		kept = list->count;
	char	   *line = NULL;
	size_t		linecap = 0;
	ssize_t		len;
	long		lineno = 0;
	int			columns[NCOLUMNS];
	char		separator = ',';
	bool		ok = true;

	if (f == NULL)
		return false;
	while (ok && (len = getline(&line, &linecap, f)) > 0)
	{
		char	   *fields[MAX_FIELDS];
		int			nfields;
		population_row row;

		lineno++;
		if (!line_readable(path, lineno, line, (size_t) len))
		{
			/* a header that cannot be read leaves no columns to read by */
			ok = lineno > 1;
			list->rejected += ok;
			continue;
		}
		if (lineno == 1)
		{
			separator = strchr(line, ';') ? ';' : strchr(line, '\t') ? '\t' : ',';
			nfields = split_csv_line(line + sc_utf8_bom_length(line, strlen(line)),
									 separator, fields);
			if (!(ok = find_columns(fields, nfields, columns)))
				report_error("%s:1: the header names no code, population and date or year columns",
							 path);
			continue;
		}
		nfields = split_csv_line(line, separator, fields);
		if (nfields == 1 && fields[0][0] == '\0')
			continue;			/* a blank line */
		if (!parse_row(path, lineno, fields, nfields, columns, &row))
			list->rejected++;
		else
			ok = push_row(list, &row);
	}
	if (ok && lineno == 0)
	{
		report_error("%s: the file is empty", path);
		ok = false;
	}
	free(line);
	fclose(f);
	if (!ok)
	{
		for (size_t i = kept; i < list->count; i++)
			free(list->rows[i].source);
		list->count = kept;
	}
	return ok;
}

void
free_population(population_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		free(list->rows[i].source);
	free(list->rows);
	memset(list, 0, sizeof(*list));
}
