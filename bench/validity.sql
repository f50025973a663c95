-- validity.sql
--		Benchmark of the validity type against daterange on the same
--		generated rows (2,000,000 by default), in one run: sequential-scan
--		filters, GiST build time and size, indexed lookups, value size.
--
-- Times are medians of several runs, the two statements of a pair run in
-- turns so that the machine's drift hits both alike.  The ratios are
-- daterange over validity: above 1 means validity is faster or smaller.
-- Run by bench/validity.sh, which sets the variables rows and runs.

\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS validity_bench CASCADE;
CREATE SCHEMA validity_bench;
SET search_path = validity_bench, skanecoop, public;
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET jit = off;
SET maintenance_work_mem = '512MB';

-- Day-precision periods starting 1980..2023, up to ten years long, one in
-- ten still open: values both types hold alike.
SELECT setseed(0.2023) \gset
CREATE TABLE src AS
SELECT s, CASE WHEN random() < 0.1 THEN NULL
			   ELSE s + (random() * 3650)::integer END AS e
FROM (SELECT date '1980-01-01' + (random() * 16000)::integer AS s
	  FROM generate_series(1, :rows)) g;
CREATE TABLE t_range AS SELECT daterange(s, e, '[]') AS r FROM src;
CREATE TABLE t_validity AS SELECT validity(daterange(s, e, '[]')) AS v FROM src;
VACUUM ANALYZE t_range;
VACUUM ANALYZE t_validity;

CREATE TABLE result (
	n			serial,
	metric		text,
	daterange	double precision,
	validity	double precision
);

-- Records the median times in milliseconds of two statements run in turns.
CREATE FUNCTION measure(metric text, a text, b text, runs integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	ta double precision[] := '{}';
	tb double precision[] := '{}';
	t0 timestamptz;
BEGIN
	FOR i IN 1 .. runs LOOP
		t0 := clock_timestamp();
		EXECUTE a;
		ta := ta || extract(epoch FROM clock_timestamp() - t0) * 1000;
		t0 := clock_timestamp();
		EXECUTE b;
		tb := tb || extract(epoch FROM clock_timestamp() - t0) * 1000;
	END LOOP;
	INSERT INTO result (metric, daterange, validity)
	SELECT metric,
		   (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(ta) x),
		   (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(tb) x);
END $$;

-- Both types must give the same answers before anything is timed.
SELECT (SELECT count(*) FROM t_range WHERE r @> date '2010-06-15') =
	   (SELECT count(*) FROM t_validity WHERE v @> date '2010-06-15') AS contains_agrees,
	   (SELECT count(*) FROM t_range WHERE r && daterange('2010-01-01', '2010-12-31', '[]')) =
	   (SELECT count(*) FROM t_validity WHERE v && '2010-01-01/2010-12-31') AS overlaps_agrees;

-- A filter's own cost is its scan's time less that of the bare scan.
SELECT measure('seq scan: bare count(*) (ms)',
	'SELECT count(*) FROM t_range', 'SELECT count(*) FROM t_validity', :runs);
SELECT measure('seq scan: contains date (ms)',
	$$SELECT count(*) FROM t_range WHERE r @> date '2010-06-15'$$,
	$$SELECT count(*) FROM t_validity WHERE v @> date '2010-06-15'$$, :runs);
SELECT measure('seq scan: overlaps (ms)',
	$$SELECT count(*) FROM t_range WHERE r && daterange('2010-01-01', '2010-12-31', '[]')$$,
	$$SELECT count(*) FROM t_validity WHERE v && '2010-01-01/2010-12-31'$$, :runs);
INSERT INTO result (metric, daterange, validity)
SELECT replace(f.metric, '(ms)', 'less bare scan (ms)'),
	   f.daterange - b.daterange, f.validity - b.validity
FROM result f, result b
WHERE f.metric IN ('seq scan: contains date (ms)', 'seq scan: overlaps (ms)')
  AND b.metric = 'seq scan: bare count(*) (ms)'
ORDER BY f.n;

SELECT measure('GiST build (ms)',
	'DROP INDEX IF EXISTS t_range_gist; CREATE INDEX t_range_gist ON t_range USING gist (r)',
	'DROP INDEX IF EXISTS t_validity_gist; CREATE INDEX t_validity_gist ON t_validity USING gist (v)',
	3);
INSERT INTO result (metric, daterange, validity)
SELECT 'GiST size (MB)', pg_relation_size('t_range_gist') / 1048576.0,
	   pg_relation_size('t_validity_gist') / 1048576.0;

SET enable_seqscan = off;
SET enable_bitmapscan = off;
SELECT measure('indexed lookup: contains date (ms)',
	$$SELECT count(*) FROM t_range WHERE r @> date '1980-01-10'$$,
	$$SELECT count(*) FROM t_validity WHERE v @> date '1980-01-10'$$, :runs * 4);
SELECT measure('indexed lookup: overlaps (ms)',
	$$SELECT count(*) FROM t_range WHERE r && daterange('1980-01-01', '1980-01-07', '[]')$$,
	$$SELECT count(*) FROM t_validity WHERE v && '1980-01-01/1980-01-07'$$, :runs * 4);
RESET enable_seqscan;
RESET enable_bitmapscan;

INSERT INTO result (metric, daterange, validity)
SELECT 'value size (bytes)', (SELECT avg(pg_column_size(r)) FROM t_range),
	   (SELECT avg(pg_column_size(v)) FROM t_validity);
INSERT INTO result (metric, daterange, validity)
SELECT 'table size (MB)', pg_relation_size('t_range') / 1048576.0,
	   pg_relation_size('t_validity') / 1048576.0;

SELECT metric, round(daterange::numeric, 2) AS daterange,
	   round(validity::numeric, 2) AS validity,
	   round((daterange / nullif(validity, 0))::numeric, 2) AS "daterange/validity"
FROM result ORDER BY n;

DROP SCHEMA validity_bench CASCADE;
