/*
 * paths.c
 *		Where the loader may read.  A manifest comes from a crawler, so a
 *		file it names is taken only inside the manifest's own folder (or
 *		inside the folder --root names): no absolute path, no ".." out of
 *		it, no symbolic link leading out.  And every file the loader reads
 *		is a regular file, opened without blocking, so that a FIFO or a
 *		device (/dev/zero, /dev/urandom) can never hold a run, its lock and
 *		its open transaction for ever.
 */
#include "loader.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool inside(const char *path, const char *folder);

/* Whether the real path lies inside the real folder. */
static bool
inside(const char *path, const char *folder)
{
	size_t		n = strlen(folder);

	if (strcmp(folder, "/") == 0)
		return path[0] == '/';
	return strncmp(path, folder, n) == 0 && path[n] == '/';
}

/*
 * The path of the file a manifest's file= names, relative to the
 * manifest's folder, as a malloc'd string; NULL after reporting (with the
 * manifest's line) a file that may not or cannot be read.  root, if not
 * NULL, is the folder --root allows instead of the manifest's own, and
 * then an absolute path inside it is allowed too.
 */
char *
manifest_file_path(const char *manifest, long line, const char *file, const char *root)
{
	const char *slash = strrchr(manifest, '/');
	size_t		dirlen = slash ? (size_t) (slash - manifest) + 1 : 0;
	char		folder[PATH_MAX];
	char		real[PATH_MAX];
	char	   *path;
	struct stat st;
	const char *refusal = NULL;
	bool		outside = false;

	if (file[0] == '/' && root == NULL)
	{
		report_error("%s:%ld: file \"%s\" is an absolute path; a manifest's files lie in its "
					 "folder (--root allows a wider one)", manifest, line, file);
		return NULL;
	}
	if ((path = malloc(dirlen + strlen(file) + 2)) == NULL)
	{
		report_error("out of memory");
		return NULL;
	}
	if (file[0] == '/')
		strcpy(path, file);
	else
	{
		memcpy(path, manifest, dirlen);
		strcpy(path + dirlen, file);
	}
	memcpy(folder, manifest, dirlen);
	strcpy(folder + dirlen, ".");
	if (realpath(root ? root : folder, folder) == NULL || realpath(path, real) == NULL)
		report_error("%s:%ld: could not open file \"%s\": %s", manifest, line, path,
					 strerror(errno));
	else if ((outside = !inside(real, folder)))
		refusal = root ? "lies outside the --root folder" : "lies outside the manifest's folder";
	else if (stat(real, &st) != 0 || !S_ISREG(st.st_mode))
		refusal = "is not a regular file";
	else
		return path;
	if (refusal != NULL)
		report_error("%s:%ld: file \"%s\" %s (%s)%s", manifest, line, file, refusal, real,
					 outside && root == NULL ? "; --root allows a wider folder" : "");
	free(path);
	return NULL;
}

/*
 * Opens a file to read, refusing what is not a regular file: the open
 * itself does not block (a FIFO with no writer would), and then reading
 * blocks as usual.  what says what the file is, for the message.
 */
FILE *
open_regular_file(const char *path, const char *what)
{
	int			fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	int			error = fd < 0 ? errno :
		fstat(fd, &st) != 0 ? errno :
		S_ISDIR(st.st_mode) ? EISDIR : 0;
	FILE	   *f = NULL;

	if (error == 0 && !S_ISREG(st.st_mode))
		report_error("could not open %s \"%s\": not a regular file", what, path);
	else if (error != 0)
		report_error("could not open %s \"%s\": %s", what, path, strerror(error));
	else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0 ||
			 (f = fdopen(fd, "rb")) == NULL)
		report_error("could not open %s \"%s\": %s", what, path, strerror(errno));
	if (f == NULL && fd >= 0)
		close(fd);
	return f;
}
