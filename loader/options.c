/*
 * options.c
 *		Command-line parsing and --help of skanecoop-load.
 */
#include "loader.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_help(void);

static void
print_help(void)
{
	printf("%s loads source documents into a skanecoop database.\n\n", LOADER_NAME);
	printf("Usage:\n");
	printf("  %s [OPTION]... FILE...\n\n", LOADER_NAME);
	printf("Each FILE is a document (plain text, or HTML if its name ends in .html),\n"
		   "a web archive (.warc, .warc.gz), an XML manifest (.xml) that lists\n"
		   "documents and archives with their URIs and publishers, or a CSV file of\n"
		   "population figures (.csv).\n"
		   "A run is one transaction: unless --keep-going is given, one bad\n"
		   "document leaves the database as it was.\n\n");
	printf("Options:\n");
	printf("  -n, --dry-run            read and check everything, write nothing\n");
	printf("  -x, --extract-only       print what would be loaded as JSON Lines; no database\n");
	printf("  -k, --keep-going         load the good documents when some are bad\n");
	printf("      --no-wait            fail at once if another load is running\n");
	printf("      --publisher=NAME     publisher of the documents named as FILE\n");
	printf("      --complete-for=URI_PREFIX\n"
		   "                           the run holds every current page under the prefix:\n"
		   "                           withdraw the current documents under it it lacks\n");
	printf("      --allow-mass-withdrawal\n"
		   "                           withdraw even more than half of a prefix's documents\n");
	printf("      --pattern-stage      also read member lists with every pattern of\n"
		   "                           patterns.tsv, not only those on by default,\n"
		   "                           twin towns in more shapes (a line alone, under\n"
		   "                           headings), and members of a body only the title\n"
		   "                           names (not yet precise on unseen pages)\n");
	printf("      --learned-stage      also state the memberships a model trained on\n"
		   "                           real pages weighs above its threshold (off by\n"
		   "                           default: see the README's \"Real pages\")\n");
	printf("      --root=DIR           let manifests name files anywhere under DIR, not\n"
		   "                           only in their own folder\n");
	printf("  -q, --quiet              print errors only\n");
	printf("      --json               print the run's summary as one JSON object\n");
	printf("  -V, --version            output version information, then exit\n");
	printf("  -?, --help               show this help, then exit\n\n");
	printf("Connection options:\n");
	printf("  -d, --dbname=CONNSTR     database name, connection string or URI\n");
	printf("  -h, --host=HOSTNAME      database server host or socket directory\n");
	printf("  -p, --port=PORT          database server port number\n");
	printf("  -U, --username=NAME      connect as specified database user\n\n");
	printf("If no database name is given, the environment variable PGDATABASE is\n"
		   "used; PGHOST, PGPORT, PGUSER, PGPASSWORD and ~/.pgpass work as in psql.\n\n");
	printf("Exit status:\n");
	printf("  %d  every document was loaded or was unchanged\n", EXIT_LOAD_OK);
	printf("  %d  some documents were rejected (see the messages); with --keep-going\n"
		   "     the others were loaded, without it nothing was\n", EXIT_LOAD_FAILED);
	printf("  %d  the command line was wrong\n", EXIT_LOAD_USAGE);
	printf("  %d  the database could not be reached or reported an error; nothing\n"
		   "     was written\n", EXIT_LOAD_DATABASE);
	printf("  %d  --no-wait was given and another run is loading\n", EXIT_LOAD_BUSY);
}

/*
 * Fills opts from the command line.  Returns -1 when the program should go
 * on, otherwise the exit status to stop with (after --help, --version or a
 * usage error).
 */
int
parse_options(int argc, char **argv, load_options *opts)
{
	enum
	{
		OPT_NO_WAIT = 256,
		OPT_PUBLISHER,
		OPT_ROOT,
		OPT_JSON,
		OPT_COMPLETE_FOR,
		OPT_ALLOW_MASS_WITHDRAWAL,
		OPT_PATTERN_STAGE,
		OPT_LEARNED_STAGE
	};
	static const struct option long_options[] = {
		{"dbname", required_argument, NULL, 'd'},
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"dry-run", no_argument, NULL, 'n'},
		{"extract-only", no_argument, NULL, 'x'},
		{"json", no_argument, NULL, OPT_JSON},
		{"keep-going", no_argument, NULL, 'k'},
		{"no-wait", no_argument, NULL, OPT_NO_WAIT},
		{"publisher", required_argument, NULL, OPT_PUBLISHER},
		{"complete-for", required_argument, NULL, OPT_COMPLETE_FOR},
		{"allow-mass-withdrawal", no_argument, NULL, OPT_ALLOW_MASS_WITHDRAWAL},
		{"pattern-stage", no_argument, NULL, OPT_PATTERN_STAGE},
		{"learned-stage", no_argument, NULL, OPT_LEARNED_STAGE},
		{"root", required_argument, NULL, OPT_ROOT},
		{"quiet", no_argument, NULL, 'q'},
		{"version", no_argument, NULL, 'V'},
		{"help", no_argument, NULL, '?'},
		{NULL, 0, NULL, 0}
	};
	int			c;

	memset(opts, 0, sizeof(*opts));
	if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-?") == 0))
	{
		print_help();
		return EXIT_LOAD_OK;
	}
	while ((c = getopt_long(argc, argv, "d:h:p:U:nxkqV", long_options, NULL)) != -1)
	{
		switch (c)
		{
			case 'd':
				opts->dbname = optarg;
				break;
			case 'h':
				opts->host = optarg;
				break;
			case 'p':
				opts->port = optarg;
				break;
			case 'U':
				opts->username = optarg;
				break;
			case 'n':
				opts->dry_run = true;
				break;
			case 'x':
				opts->extract_only = true;
				break;
			case OPT_JSON:
				opts->json = true;
				break;
			case 'k':
				opts->keep_going = true;
				break;
			case OPT_NO_WAIT:
				opts->no_wait = true;
				break;
			case OPT_PUBLISHER:
				opts->publisher = optarg;
				break;
			case OPT_ROOT:
				opts->root = optarg;
				break;
			case 'q':
				opts->quiet = true;
				break;
			case OPT_COMPLETE_FOR:
				if (optarg[0] == '\0')
				{
					report_error("--complete-for needs a URI prefix");
					return EXIT_LOAD_USAGE;
				}
				if (opts->ncomplete_for == MAX_COMPLETE_FOR)
				{
					report_error("at most %d --complete-for prefixes can be given",
								 MAX_COMPLETE_FOR);
					return EXIT_LOAD_USAGE;
				}
				opts->complete_for[opts->ncomplete_for++] = optarg;
				break;
			case OPT_ALLOW_MASS_WITHDRAWAL:
				opts->allow_mass_withdrawal = true;
				break;
			case OPT_PATTERN_STAGE:
				opts->pattern_stage = true;
				break;
			case OPT_LEARNED_STAGE:
				opts->learned_stage = true;
				break;
			case 'V':
				printf("%s (skanecoop) %s\n", LOADER_NAME, LOADER_VERSION);
				return EXIT_LOAD_OK;
			default:
				fprintf(stderr, "Try \"%s --help\" for more information.\n", LOADER_NAME);
				return EXIT_LOAD_USAGE;
		}
	}
	if (optind >= argc)
	{
		report_error("no files given");
		fprintf(stderr, "Try \"%s --help\" for more information.\n", LOADER_NAME);
		return EXIT_LOAD_USAGE;
	}
	if (opts->ncomplete_for > 0 && opts->extract_only)
	{
		report_error("--complete-for needs a database; it cannot be used with --extract-only");
		return EXIT_LOAD_USAGE;
	}
	opts->files = argv + optind;
	opts->nfiles = argc - optind;
	return -1;
}
