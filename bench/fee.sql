-- fee.sql
--		Benchmark of the prorated 2019 fee of generated memberships computed
--		with skanecoop's types (fee_rate, validity, fee_for_period, sum of
--		sek) against the same computation in plain SQL with numeric and
--		daterange, in one run, with the totals compared to the öre; then
--		the same for fee rules of a base plus an amount per inhabitant
--		(fee_rule, rule_fee_for_period, sum of money_amount).
--
-- The two statements alternate within each round so that a noisy machine
-- slows both alike; the times are medians over the rounds, the ratio is
-- plain SQL over skanecoop (above 1 means skanecoop is faster).  Run by
-- bench/fee.sh, which sets the variables rows and runs.

\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS fee_bench CASCADE;
CREATE SCHEMA fee_bench;
SET search_path = fee_bench, skanecoop, public;
SET max_parallel_workers_per_gather = 0;
SET jit = off;

-- Memberships starting 2015..2021, three in ten still running, the others
-- lasting up to six years; rates mostly per inhabitant and year, some per
-- quarter or month, one in ten flat; 1,000 to 200,000 inhabitants.
SELECT setseed(0.2019) \gset
CREATE TABLE src AS
SELECT (1000 + random() * 4000)::integer AS ore,
	   CASE WHEN k < 0.1 THEN 'flat' ELSE 'inhabitant' END AS basis,
	   CASE WHEN k < 0.7 THEN 'year' WHEN k < 0.85 THEN 'quarter' ELSE 'month' END AS period,
	   (1000 + random() * 199000)::bigint AS inhabitants,
	   s,
	   CASE WHEN random() < 0.3 THEN NULL ELSE s + (random() * 2190)::integer END AS e
FROM (SELECT random() AS k, date '2015-01-01' + (random() * 2555)::integer AS s
	  FROM generate_series(1, :rows)) AS g;

CREATE TABLE t_skanecoop AS
SELECT make_fee_rate((ore / 100.0)::sek, basis, period) AS rate, inhabitants,
	   validity(daterange(s, e, '[]')) AS valid
FROM src;
CREATE TABLE t_plain AS
SELECT ore / 100.0 AS amount, basis = 'inhabitant' AS per_inhabitant,
	   CASE period WHEN 'year' THEN 1 WHEN 'quarter' THEN 4 ELSE 12 END AS periods,
	   inhabitants, daterange(s, e, '[]') AS during
FROM src;
-- Fee rules: a base of 1,000 times the rate's öre in kronor, plus the
-- rate per inhabitant, in Danish kroner.
CREATE TABLE t_rule AS
SELECT (ore * 10 || ' DKK + ' || round(ore / 100.0, 2) || ' DKK/invånare/'
		|| CASE period WHEN 'year' THEN 'år' WHEN 'quarter' THEN 'kvartal' ELSE 'månad' END)::fee_rule AS rule,
	   inhabitants, validity(daterange(s, e, '[]')) AS valid
FROM src;
CREATE TABLE t_plain_rule AS
SELECT ore * 10.0 AS base, ore / 100.0 AS amount, 'DKK'::text AS currency,
	   CASE period WHEN 'year' THEN 1 WHEN 'quarter' THEN 4 ELSE 12 END AS periods,
	   inhabitants, daterange(s, e, '[]') AS during
FROM src;
VACUUM ANALYZE t_skanecoop;
VACUUM ANALYZE t_plain;
VACUUM ANALYZE t_rule;
VACUUM ANALYZE t_plain_rule;

-- The statements, each a total over all memberships.
CREATE TABLE statement (name text PRIMARY KEY, sql text);
INSERT INTO statement VALUES
	('skanecoop', $$SELECT sum(fee_for_period(rate, inhabitants, valid, '2019-01-01', '2019-12-31'))::numeric
				  FROM fee_bench.t_skanecoop$$),
	('plain', $$SELECT sum(round(amount * CASE WHEN per_inhabitant THEN inhabitants ELSE 1 END * periods
								 * (upper(d) - lower(d)) / (date '2020-01-01' - date '2019-01-01'), 2))
			   FROM fee_bench.t_plain,
					LATERAL (SELECT during * daterange('2019-01-01', '2020-01-01') AS d) AS x$$),
	('skanecoop rule', $$SELECT sum(rule_fee_for_period(rule, inhabitants, valid, '2019-01-01', '2019-12-31'))::numeric
					   FROM fee_bench.t_rule$$),
	('plain rule', $$SELECT sum(round((base + amount * inhabitants) * periods
									  * (upper(d) - lower(d)) / (date '2020-01-01' - date '2019-01-01'), 2))
					FROM fee_bench.t_plain_rule,
						 LATERAL (SELECT during * daterange('2019-01-01', '2020-01-01') AS d) AS x
					GROUP BY currency$$);

-- Runs two statements once a round, alternating which goes first, and
-- returns the median milliseconds of each and the last totals.
CREATE FUNCTION alternate(runs integer, plain_name text, skanecoop_name text,
						  OUT plain_ms double precision, OUT skanecoop_ms double precision,
						  OUT plain_total numeric, OUT skanecoop_total numeric)
LANGUAGE plpgsql AS $$
DECLARE
	plain_sql text := (SELECT sql FROM fee_bench.statement WHERE name = plain_name);
	skanecoop_sql text := (SELECT sql FROM fee_bench.statement WHERE name = skanecoop_name);
	plain_times double precision[] := '{}';
	skanecoop_times double precision[] := '{}';
	t0 timestamptz;
BEGIN
	FOR i IN 1 .. runs LOOP
		FOR j IN 0 .. 1 LOOP
			t0 := clock_timestamp();
			IF (i + j) % 2 = 0 THEN
				EXECUTE plain_sql INTO plain_total;
				plain_times := plain_times || extract(epoch FROM clock_timestamp() - t0) * 1000;
			ELSE
				EXECUTE skanecoop_sql INTO skanecoop_total;
				skanecoop_times := skanecoop_times || extract(epoch FROM clock_timestamp() - t0) * 1000;
			END IF;
		END LOOP;
	END LOOP;
	plain_ms := (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(plain_times) x);
	skanecoop_ms := (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(skanecoop_times) x);
END $$;

SELECT c.what, :rows AS memberships, :runs AS rounds,
	   round(plain_ms) AS "plain SQL (ms)", round(skanecoop_ms) AS "skanecoop (ms)",
	   round((plain_ms / skanecoop_ms)::numeric, 2) AS "plain/skanecoop",
	   plain_total AS "plain total", skanecoop_total AS "skanecoop total",
	   plain_total = skanecoop_total AS "identical totals"
FROM (VALUES (1, 'fee_rate (kr)', 'plain', 'skanecoop'),
			 (2, 'fee_rule (DKK)', 'plain rule', 'skanecoop rule')) AS c(n, what, plain_name, skanecoop_name),
	 LATERAL alternate(:runs, c.plain_name, c.skanecoop_name) AS a
ORDER BY c.n;

DROP SCHEMA fee_bench CASCADE;
