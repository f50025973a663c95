--
-- init: installs the extension and btree_gist (for exclusion constraints
-- that mix integer and validity columns) for the suites that follow.
--
CREATE EXTENSION skanecoop;
CREATE EXTENSION btree_gist;

-- The extension lives in its own schema and cannot be moved.
SELECT e.extname, n.nspname, e.extrelocatable, e.extversion
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'skanecoop';
