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
FROM pg_namespace WHERE nspname IN ('skanecoop', 'skanecoop_bi') ORDER BY 1;
