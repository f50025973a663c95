-- objects.sql: every member of the skanecoop extension, one line each, with
-- what an upgrade must get right: for functions the signature, result,
-- volatility, strictness, parallel safety and settings; for tables and
-- views the columns (and a view's query); for every object its comment.
-- test/upgrade/run.sh compares this for an updated and a fresh install.
SELECT pg_catalog.concat_ws(' | ',
		pg_catalog.pg_describe_object(d.classid, d.objid, 0),
		CASE d.classid
			WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass THEN
				(SELECT pg_catalog.concat_ws(' ', 'returns', pg_catalog.pg_get_function_result(p.oid),
						'volatility=' || p.provolatile::pg_catalog.text,
						CASE WHEN p.proisstrict THEN 'strict' ELSE 'not strict' END,
						'parallel=' || p.proparallel::pg_catalog.text,
						'security=' || CASE WHEN p.prosecdef THEN 'definer' ELSE 'invoker' END,
						pg_catalog.array_to_string(p.proconfig, ','),
						'args=' || pg_catalog.pg_get_function_arguments(p.oid))
				 FROM pg_catalog.pg_proc AS p WHERE p.oid = d.objid)
			WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
				(SELECT pg_catalog.string_agg(pg_catalog.concat_ws(' ', a.attname,
							pg_catalog.format_type(a.atttypid, a.atttypmod),
							CASE WHEN a.attnotnull THEN 'not null' END,
							pg_catalog.col_description(a.attrelid, a.attnum)), ', ' ORDER BY a.attnum)
				 FROM pg_catalog.pg_attribute AS a
				 WHERE a.attrelid = d.objid AND a.attnum > 0 AND NOT a.attisdropped)
				|| COALESCE(' view ' || pg_catalog.pg_get_viewdef(d.objid), '')
				|| (SELECT ' replica identity ' || c.relreplident::pg_catalog.text
					FROM pg_catalog.pg_class AS c WHERE c.oid = d.objid)
		END,
		'comment=' || COALESCE(pg_catalog.obj_description(d.objid, d.classid::pg_catalog.regclass::pg_catalog.text), '(none)'))
FROM pg_catalog.pg_depend AS d
WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
  AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'skanecoop')
  AND d.deptype = 'e'
UNION ALL
SELECT 'configuration tables: ' || pg_catalog.array_to_string(ARRAY(
		SELECT c::pg_catalog.regclass::pg_catalog.text || ' ' || COALESCE(w, '')
		FROM unnest(e.extconfig, e.extcondition) AS u(c, w) ORDER BY 1), '; ')
FROM pg_catalog.pg_extension AS e WHERE e.extname = 'skanecoop'
ORDER BY 1;
