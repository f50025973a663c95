/*
 * fuzz_population.c
 *		Fuzz target for the loader's reader of population figures in CSV
 *		(loader/population.c).
 *
 * Properties: every row taken has the code of a place in the gazetteer,
 * a valid date in the years 0001 to 9999 (what the database's date type
 * holds) and a population from 0 to 10^10.
 */
#include "loader_glue.h"

#include <string.h>
#include <unistd.h>

#include "calendar.h"
#include "gazetteer.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		path[64];
	int			fd = fuzz_memfd(data, size, path, sizeof(path));
	population_list list = {NULL, 0, 0, 0};

	FUZZ_CHECK(fd >= 0);
	if (read_population_file(path, &list))
	{
		for (size_t i = 0; i < list.count; i++)
		{
			const population_row *r = &list.rows[i];
			int32_t		day;

			FUZZ_CHECK(sc_gazetteer_by_code(r->code) != NULL);
			FUZZ_CHECK(sc_parse_iso_date(r->date, strlen(r->date), &day));
			FUZZ_CHECK(storable_day(r->date));
			FUZZ_CHECK(r->inhabitants >= 0 && r->inhabitants <= 10000000000LL);
		}
	}
	free_population(&list);
	close(fd);
	return 0;
}
