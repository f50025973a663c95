--
-- validity_index: the opclasses (btree, hash, GiST), the GiST index giving
-- the same answers as a sequential scan for every operator (on values of
-- 0.2's forms and of the EDTF forms 0.3 added), EXPLAIN, row
-- estimates, exclusion constraints, binary COPY, and agreement with
-- daterange for day-precision values.
--
SET search_path = skanecoop, public;
SET DateStyle = ISO;

-- The opclasses pass the access methods' own checks.
SELECT am.amname, opc.opcname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcnamespace = 'skanecoop'::regnamespace
  AND opc.opcintype = 'skanecoop.validity'::regtype
ORDER BY 1;

-- 20,000 validities of every kind and precision, 1950..2023, up to 400
-- days long, a few open-ended.
CREATE TABLE vt AS
SELECT i, (CASE
	WHEN i % 50 = 0 THEN format('../%s', to_char(d + len, 'YYYY-MM'))
	WHEN i % 50 = 1 THEN format('[..%s]/..', to_char(d, 'YYYY-MM-DD'))
	WHEN i % 50 = 2 THEN format('%s/..', to_char(d, 'YYYY'))
	WHEN i % 7 = 0 THEN format('%s/%s', to_char(d, 'YYYY-MM'), to_char(d + len, 'YYYY'))
	WHEN i % 7 = 1 THEN format('%sX/%s', substr(to_char(d, 'YYYY'), 1, 3), to_char(d + len, 'YYYY-MM-DD'))
	WHEN i % 7 = 2 THEN format('%s/[%s..]', to_char(d, 'YYYY-MM-DD'), to_char(d + len, 'YYYY'))
	ELSE format('%s/%s', to_char(d, 'YYYY-MM-DD'), to_char(d + len, 'YYYY-MM-DD'))
	END)::validity AS v
FROM (SELECT i, date '1950-01-01' + (i * 7919) % 27000 AS d, (i * 104729) % 400 AS len
	  FROM generate_series(1, 20000) i) g;
CREATE INDEX vt_gist ON vt USING gist (v);
VACUUM ANALYZE vt;

-- The planner picks the index for the main operators.
EXPLAIN (COSTS OFF) SELECT count(*) FROM vt WHERE v @> date '1950-01-02';
EXPLAIN (COSTS OFF) SELECT count(*) FROM vt WHERE v && '1990-05-01/1990-05-07';
EXPLAIN (COSTS OFF) SELECT count(*) FROM vt WHERE v &&~ '1990-05-01/1990-05-07';
EXPLAIN (COSTS OFF) SELECT count(*) FROM vt WHERE v @>~ date '1990-05-01';
-- and can answer from the index alone
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT v FROM vt WHERE v @> '1990-05-01/1990-05-07';
RESET enable_bitmapscan;

-- Every operator gives the same rows through the index as without it (on
-- table vt, or the table named, whose GiST index is TABLE_gist).
CREATE FUNCTION pg_temp.count_rows(op text, q text, qtype text, use_index boolean,
								   tab text DEFAULT 'vt', OUT n bigint, OUT used_index boolean)
LANGUAGE plpgsql AS $$
DECLARE
	query text := format('SELECT count(*) FROM %I WHERE v %s %L::%s', tab, op, q, qtype);
	plan text;
BEGIN
	PERFORM set_config('enable_seqscan', CASE WHEN use_index THEN 'off' ELSE 'on' END, true);
	PERFORM set_config('enable_indexscan', CASE WHEN use_index THEN 'on' ELSE 'off' END, true);
	PERFORM set_config('enable_bitmapscan', CASE WHEN use_index THEN 'on' ELSE 'off' END, true);
	used_index := false;
	FOR plan IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		used_index := used_index OR plan LIKE '%' || tab || '_gist%';
	END LOOP;
	EXECUTE query INTO n;
END $$;

SELECT op, q, s.n, i.used_index AND NOT s.used_index AS index_used, i.n = s.n AS same_rows
FROM (VALUES ('@>'), ('@>~')) o(op),
	 unnest(ARRAY['1950-01-02', '1975-06-15', '2000-01-01', '2023-12-31', '1949-12-31']) q,
	 LATERAL pg_temp.count_rows(op, q, 'date', true) i,
	 LATERAL pg_temp.count_rows(op, q, 'date', false) s
ORDER BY op, q;

SELECT op, q, s.n, i.used_index AND NOT s.used_index AS index_used, i.n = s.n AS same_rows
FROM (VALUES ('&&'), ('&&~'), ('@>'), ('@>~'), ('<@'), ('<@~'), ('<<'), ('>>'), ('=')) o(op),
	 unnest(ARRAY['1990-05-01/1990-05-07', '199X/..', '../1951', '[..1980]/[2000..]',
				  '2019-12-31/2020-01-01', '1960/1965-06', '1990-01-01/1999-12-31',
				  '../..'] || ARRAY(SELECT v::text FROM vt WHERE i IN (10, 101))) q,
	 LATERAL pg_temp.count_rows(op, q, 'skanecoop.validity', true) i,
	 LATERAL pg_temp.count_rows(op, q, 'skanecoop.validity', false) s
ORDER BY op, q;

--
-- The same on the EDTF forms of version 0.3 (see validity_edtf).
--
CREATE TABLE et AS
SELECT i, (CASE i % 9
	WHEN 0 THEN format('%s~/%s', to_char(d, 'YYYY'), to_char(d + len, 'YYYY-MM?'))
	WHEN 1 THEN format('%s-%s/', to_char(d, 'YYYY'), 21 + i % 4)
	WHEN 2 THEN format('/%s%%', to_char(d + len, 'YYYY-MM-DD'))
	WHEN 3 THEN format('%sXX/..', substr(to_char(d, 'YYYY'), 1, 2))
	WHEN 4 THEN format('%s-XX/%s-XX', to_char(d, 'YYYY'), to_char(d + len + 400, 'YYYY'))
	WHEN 5 THEN format('[..%s~]/%s', to_char(d, 'YYYY-MM-DD'), to_char(d + len, 'YYYY-MM-XX'))
	WHEN 6 THEN format('%s?/[%s..]', to_char(d, 'YYYY-MM'), to_char(d + len, 'YYYY'))
	WHEN 7 THEN format('%s/%s', to_char(d, 'YYYY-MM-DD'), to_char(d + len, 'YYYY-MM-DD'))
	ELSE format('%s-XX-XX/', to_char(d, 'YYYY'))
	END)::validity AS v
FROM (SELECT i, date '1950-01-01' + (i * 7919) % 27000 AS d, (i * 104729) % 400 AS len
	  FROM generate_series(1, 5000) i) g;
CREATE INDEX et_gist ON et USING gist (v);
VACUUM ANALYZE et;

SELECT op, q, s.n, i.used_index AND NOT s.used_index AS index_used, i.n = s.n AS same_rows
FROM (VALUES ('@>'), ('@>~')) o(op),
	 unnest(ARRAY['1950-01-02', '1975-06-15', '2000-01-01', '2030-12-31']) q,
	 LATERAL pg_temp.count_rows(op, q, 'date', true, 'et') i,
	 LATERAL pg_temp.count_rows(op, q, 'date', false, 'et') s
ORDER BY op, q;

SELECT op, q, s.n, i.used_index AND NOT s.used_index AS index_used, i.n = s.n AS same_rows
FROM (VALUES ('&&'), ('&&~'), ('@>'), ('@>~'), ('<@'), ('<@~'), ('<<'), ('>>'), ('=')) o(op),
	 unnest(ARRAY['1990-05-01/1990-05-07', '199X~/..', '/1960', '1970-21/1971-24%',
				  '1990-XX/', '19XX/..'] || ARRAY(SELECT v::text FROM et WHERE i IN (10, 101, 2002))) q,
	 LATERAL pg_temp.count_rows(op, q, 'skanecoop.validity', true, 'et') i,
	 LATERAL pg_temp.count_rows(op, q, 'skanecoop.validity', false, 'et') s
ORDER BY op, q;

-- The btree order over the new forms is a total order consistent with
-- equality.
SELECT bool_and(a.v < b.v OR a.v = b.v) AND bool_and((a.v = b.v) = (a.v::text = b.v::text)) AS ordered,
	   (SELECT count(DISTINCT v) FROM et) = (SELECT count(DISTINCT v::text) FROM et) AS distinct_agrees
FROM (SELECT v, row_number() OVER (ORDER BY v) n FROM et) a
JOIN (SELECT v, row_number() OVER (ORDER BY v) n FROM et) b ON b.n = a.n + 1;

-- Row estimates come from the statistics: within a factor of three of the
-- true count, and not the fixed default.
CREATE FUNCTION pg_temp.estimate(query text, OUT estimated double precision, OUT actual bigint)
LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
	estimated := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision;
	EXECUTE 'SELECT count(*) FROM (' || query || ') q' INTO actual;
END $$;

SELECT query, e.estimated BETWEEN e.actual / 3.0 AND e.actual * 3.0 AS sane,
	   e.estimated <> round(20000 * 0.005) AS not_default
FROM unnest(ARRAY[
	$$SELECT * FROM vt WHERE v @> date '1975-06-15'$$,
	$$SELECT * FROM vt WHERE v @>~ date '1975-06-15'$$,
	$$SELECT * FROM vt WHERE date '1975-06-15' <@ v$$,
	$$SELECT * FROM vt WHERE v && '1970/1980'$$,
	$$SELECT * FROM vt WHERE v &&~ '1970/1980'$$,
	$$SELECT * FROM vt WHERE v <@ '1970/1980'$$,
	$$SELECT * FROM vt WHERE v << '1970-01-01/1970-01-01'$$,
	$$SELECT * FROM vt WHERE v >> '1970-01-01/1970-01-01'$$]) query,
	 LATERAL pg_temp.estimate(query) e;

-- A join estimate from both sides' statistics, not the default.
CREATE TABLE days AS SELECT date '1950-01-01' + 400 * i AS d FROM generate_series(0, 66) i;
ANALYZE days;
SELECT e.estimated BETWEEN e.actual / 3.0 AND e.actual * 3.0 AS sane
FROM pg_temp.estimate($$SELECT * FROM vt JOIN days ON v @> d$$) e;

--
-- btree: order, DISTINCT, unique indexes, merge joins; hash: hash joins
-- and hash aggregation.
--
SELECT count(DISTINCT v) = (SELECT count(*) FROM (SELECT DISTINCT v::text FROM vt) t) AS distinct_agrees
FROM vt;
SELECT bool_and(a.v <= b.v) AS ordered
FROM (SELECT v, row_number() OVER (ORDER BY v) n FROM vt) a
JOIN (SELECT v, row_number() OVER (ORDER BY v) n FROM vt) b ON b.n = a.n + 1;
CREATE TABLE vu (v validity);
CREATE UNIQUE INDEX vu_v ON vu (v);
INSERT INTO vu VALUES ('2019/..'), ('2019-01-01/..');
INSERT INTO vu VALUES ('2019/..');
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM vt a JOIN vt b ON a.v = b.v;
SELECT count(*) FROM vt a JOIN vt b ON a.v = b.v;
RESET enable_hashjoin;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM vt a JOIN vt b ON a.v = b.v;
SELECT count(*) FROM vt a JOIN vt b ON a.v = b.v;
RESET enable_mergejoin;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT v, count(*) FROM vt GROUP BY v;
SELECT count(*) FROM (SELECT v, count(*) FROM vt GROUP BY v) g;
RESET enable_sort;
DROP INDEX vt_gist;
CREATE INDEX vt_hash ON vt USING hash (v);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM vt WHERE v = '1950-01-02/1950-03-01';
SELECT count(*) FROM vt WHERE v = (SELECT v FROM vt WHERE i = 10);
RESET enable_seqscan;
RESET enable_bitmapscan;
DROP INDEX vt_hash;

--
-- Exclusion constraints: no two certainly overlapping memberships of the
-- same member in the same organisation; adjacent ones are fine.
--
CREATE TABLE member_period (
	org_id		integer,
	member_id	integer,
	valid		validity,
	EXCLUDE USING gist (org_id WITH =, member_id WITH =, valid WITH &&)
);
INSERT INTO member_period VALUES (1, 1284, '2016-01-01/2018-12-31');
INSERT INTO member_period VALUES (1, 1284, '2018-06-01/..');
INSERT INTO member_period VALUES (1, 1284, '2019-01-01/..');
INSERT INTO member_period VALUES (2, 1284, '2018-06-01/..');
INSERT INTO member_period VALUES (1, 1285, '2018-06-01/..');
-- only possibly overlapping: allowed under &&, refused under &&~
INSERT INTO member_period VALUES (3, 1284, '2016/2018'), (3, 1284, '2018/..');
CREATE TABLE member_period_strict (
	org_id		integer,
	member_id	integer,
	valid		validity,
	EXCLUDE USING gist (org_id WITH =, member_id WITH =, valid WITH &&~)
);
INSERT INTO member_period_strict VALUES (3, 1284, '2016/2018');
INSERT INTO member_period_strict VALUES (3, 1284, '2018/..');
INSERT INTO member_period_strict VALUES (3, 1284, '2019/..');
SELECT * FROM member_period ORDER BY org_id, member_id, valid;

--
-- Binary COPY round-trips, and binary input is checked: eight bytes that
-- are no validity are refused.
--
\copy (SELECT v FROM vt ORDER BY i) TO 'results/validity.bin' WITH (FORMAT binary)
CREATE TABLE vt_copy (v validity);
\copy vt_copy FROM 'results/validity.bin' WITH (FORMAT binary)
SELECT count(*), bool_and(a.v = b.v) AS same
FROM (SELECT v, row_number() OVER () n FROM vt_copy) a
JOIN (SELECT v, row_number() OVER (ORDER BY i) n FROM vt) b USING (n);
\copy (SELECT 12345::bigint) TO 'results/validity_bad.bin' WITH (FORMAT binary)
\copy vt_copy FROM 'results/validity_bad.bin' WITH (FORMAT binary)
\copy (SELECT -1::bigint) TO 'results/validity_bad.bin' WITH (FORMAT binary)
\copy vt_copy FROM 'results/validity_bad.bin' WITH (FORMAT binary)

--
-- For day-precision values both readings agree with daterange.
--
CREATE TABLE pairs AS
SELECT d,
	   CASE WHEN ai % 11 = 0 THEN daterange(NULL, a + len, '[]')
			WHEN ai % 13 = 0 THEN daterange(a, NULL, '[]')
			ELSE daterange(a, a + len, '[]') END AS r,
	   CASE WHEN bi % 17 = 0 THEN daterange(NULL, b, '[]')
			WHEN bi % 5 = 0 THEN daterange(a + len + 1, a + len + 1 + len % 7, '[]')
			WHEN bi % 5 = 1 THEN daterange(a - 30, a - 1, '[]')
			ELSE daterange(b, b + len, '[]') END AS s
FROM (SELECT ai, date '2000-01-01' + ai AS a, len, bi, date '2000-01-01' + bi AS b,
			 date '2000-01-01' + di AS d
	  FROM (SELECT (i * 7919) % 3000 AS ai, (i * 104729) % 90 AS len,
				   (i * 2689) % 3000 AS bi, (i * 65537) % 3100 - 50 AS di
			FROM generate_series(1, 20000) i) n) g;
SELECT count(*) AS pairs,
	   count(*) FILTER (WHERE r @> d) AS contains,
	   count(*) FILTER (WHERE r && s) AS overlaps,
	   count(*) FILTER (WHERE r -|- s) AS adjacent,
	   count(*) FILTER (WHERE (r @> d) IS DISTINCT FROM (r::validity @> d)
						   OR (r @> d) IS DISTINCT FROM (r::validity @>~ d)) AS contains_differ,
	   count(*) FILTER (WHERE (r && s) IS DISTINCT FROM (r::validity && s::validity)
						   OR (r && s) IS DISTINCT FROM (r::validity &&~ s::validity)) AS overlaps_differ,
	   count(*) FILTER (WHERE (r @> s) IS DISTINCT FROM (r::validity @> s::validity)
						   OR (r @> s) IS DISTINCT FROM (r::validity @>~ s::validity)) AS containment_differs,
	   count(*) FILTER (WHERE (r << s) IS DISTINCT FROM (r::validity << s::validity)
						   OR (r >> s) IS DISTINCT FROM (r::validity >> s::validity)) AS before_after_differ,
	   count(*) FILTER (WHERE (r -|- s) IS DISTINCT FROM (r::validity -|- s::validity)
						   OR (r -|- s) IS DISTINCT FROM possibly_adjacent(r::validity, s::validity)) AS adjacency_differs,
	   count(*) FILTER (WHERE CASE WHEN isempty(r * s) THEN (r::validity * s::validity) IS NOT NULL
								   ELSE (r * s) IS DISTINCT FROM (r::validity * s::validity)::daterange
							  END) AS intersection_differs,
	   count(*) FILTER (WHERE r::validity::daterange <> r) AS round_trip_differs
FROM pairs;

DROP TABLE vt, vu, days, member_period, member_period_strict, vt_copy, pairs;
