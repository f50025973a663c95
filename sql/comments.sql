--
-- comments: every member of the extension has a COMMENT.  The expected
-- output of the first query is empty.
--
SELECT pg_describe_object(d.classid, d.objid, 0) AS undocumented
FROM pg_depend AS d
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'skanecoop')
  AND d.deptype = 'e'
  AND obj_description(d.objid, d.classid::regclass::text) IS NULL
ORDER BY 1;

-- Every column of its tables and views has one too: \d+ shows them, and
-- BI tools read them as the columns' REMARKS.  Expected: no rows.
SELECT c.oid::regclass AS relation, a.attname AS undocumented_column
FROM pg_depend AS d
JOIN pg_class AS c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'skanecoop')
  AND d.deptype = 'e'
  AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
  AND col_description(c.oid, a.attnum) IS NULL
ORDER BY 1, a.attnum;

-- What there is, by kind.
SELECT (regexp_match(pg_describe_object(d.classid, d.objid, 0),
					 '^(operator family|operator class|\S+)'))[1] AS kind,
	   count(*)
FROM pg_depend AS d
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'skanecoop')
  AND d.deptype = 'e'
GROUP BY 1 ORDER BY 1;

-- The schemas are not members, but say what they are too.
SELECT nspname, obj_description(oid, 'pg_namespace') IS NOT NULL AS commented
FROM pg_namespace WHERE nspname IN ('skanecoop', 'skanecoop_bi', 'skanecoop_internal') ORDER BY 1;
