--
-- sek: amounts of Swedish kronor, exact to the öre.
--
SET search_path = skanecoop, public;

-- The operator classes are complete.
SELECT opc.opcname, amvalidate(opc.oid)
FROM pg_opclass opc
WHERE opc.opcnamespace = 'skanecoop'::regnamespace
  AND opc.opcintype = 'sek'::regtype
ORDER BY 1;

--
-- Input: Swedish and English forms, one canonical output.
--
SELECT '21'::sek;
SELECT '21.50'::sek;
SELECT '21,50 kr'::sek;
SELECT '21,5'::sek;
SELECT '1 234,56 kr'::sek;
SELECT E'1\u00a0234\u202f567 kronor'::sek;
SELECT '-3 kr'::sek;
SELECT E'\u22123 kr'::sek;
SELECT '+3 KR'::sek;
SELECT 'SEK 21'::sek;
SELECT 'SEK -21'::sek;
SELECT '-SEK 21'::sek;
SELECT '21 SEK'::sek;
SELECT '1 krona'::sek;
SELECT '150 000:-'::sek;
SELECT '21,-'::sek;
SELECT '  0.05 kr  '::sek;
SELECT '-0'::sek;
SELECT '92233720368547758.07'::sek;
SELECT '-92233720368547758.08 kr'::sek;
-- A point groups thousands where it cannot be a decimal point.
SELECT '1.234,56 kr'::sek;
SELECT '1.234.567 kr'::sek;
SELECT '150.000,- kr'::sek;

-- The canonical form reads back as the same amount.
SELECT a, a::text::sek = a AS round_trip
FROM (VALUES ('0'::sek), ('0.01'), ('-0.01'), ('210000'), ('92233720368547758.07'),
	  ('-92233720368547758.08')) AS v(a);

--
-- Bad input, one per line.
--
SELECT ''::sek;
SELECT '1.234 kr'::sek;
SELECT '1.234.567.89'::sek;
SELECT 'kr'::sek;
SELECT '21 kr kr'::sek;
SELECT 'SEK 21 kr'::sek;
SELECT 'sek21'::sek;
SELECT '--21'::sek;
SELECT '- 21'::sek;
SELECT '1 23'::sek;
SELECT '12 3456'::sek;
SELECT '21e3'::sek;
SELECT '21 öre'::sek;
SELECT '21.'::sek;
SELECT '.5'::sek;
SELECT 'NaN'::sek;
SELECT '21.505'::sek;
SELECT '1,234'::sek;
SELECT '92233720368547758.08'::sek;
SELECT '-92233720368547758.09'::sek;
SELECT '99999999999999999999999999999999'::sek;

--
-- Arithmetic, at the limits of int64.
--
SELECT '1.10'::sek + '2.20'::sek;
SELECT '1.10'::sek - '2.20'::sek;
SELECT -'1.10'::sek;
SELECT '92233720368547758.06'::sek + '0.01'::sek;
SELECT '92233720368547758.07'::sek + '0.01'::sek;
SELECT '92233720368547758.07'::sek * 2;
SELECT '-92233720368547758.07'::sek - '0.01'::sek;
SELECT '-92233720368547758.08'::sek - '0.01'::sek;
SELECT -'92233720368547758.07'::sek;
SELECT -'-92233720368547758.08'::sek;

-- Multiplication by integers is exact.
SELECT '21'::sek * 10000;
SELECT 10000 * '21'::sek;
SELECT '21'::sek * 10000::bigint;
SELECT 10000::bigint * '21'::sek;
SELECT '92233720368547758.07'::sek * -1;
SELECT '-92233720368547758.08'::sek * -1;
SELECT '46116860184273879.04'::sek * 2;
SELECT '0.01'::sek * 9223372036854775807;
SELECT '0.02'::sek * 9223372036854775807;

-- Division and multiplication by numeric round to the nearest öre,
-- halves away from zero.
SELECT '1'::sek / 3, '2'::sek / 3, '-2'::sek / 3, '2'::sek / -3;
SELECT '0.01'::sek / 2, '-0.01'::sek / 2, '0.03'::sek / 4, '0.05'::sek / 4;
SELECT '0.01'::sek / 2::bigint, '-92233720368547758.08'::sek / 1::bigint;
SELECT '-92233720368547758.08'::sek / -1;
SELECT '1'::sek / 0;
SELECT '21'::sek * 1.5, '0.01'::sek * 0.5, '-0.01'::sek * 0.5, '0.01'::sek * 0.49999;
SELECT 0.125 * '1'::sek, '1'::sek * 0.115, '1'::sek * -0.115;
SELECT '1'::sek / 3.0, '1'::sek / 0.3, '0.01'::sek / 2.0, '-0.01'::sek / 2.0;
SELECT '1'::sek / 0.0;
SELECT '92233720368547758.07'::sek * 1.0000000001;
SELECT '92233720368547758.07'::sek / 0.9999999999;
SELECT '1'::sek * 'NaN'::numeric;
SELECT '1'::sek * 'Infinity'::numeric;
SELECT '1'::sek / 'Infinity'::numeric;

--
-- Casts to and from numeric.
--
SELECT '1234.56'::sek::numeric, '-0.01'::sek::numeric, '0'::sek::numeric;
SELECT '-92233720368547758.08'::sek::numeric, '92233720368547758.07'::sek::numeric;
SELECT 21::numeric::sek, 21.505::numeric::sek, (-21.505)::numeric::sek, 21.504999::numeric::sek;
SELECT 92233720368547758.07::numeric::sek, (-92233720368547758.08)::numeric::sek;
SELECT 92233720368547758.074::numeric::sek;
SELECT 92233720368547758.075::numeric::sek;
SELECT 'NaN'::numeric::sek;
SELECT '-Infinity'::numeric::sek;

--
-- Comparison, sorting, hashing.
--
SELECT '1'::sek < '1.01'::sek, '1'::sek <= '1'::sek, '1'::sek = '1,00 kr'::sek,
	   '1'::sek <> '1'::sek, '-1'::sek > '-2'::sek, '-1'::sek >= '0'::sek;
SELECT a FROM (VALUES ('3'::sek), ('-92233720368547758.08'), ('0.01'),
	  ('92233720368547758.07'), ('-0.01')) AS v(a) ORDER BY a;
SELECT a, count(*) FROM (VALUES ('3'::sek), ('3,00 kr'), ('SEK 3'), ('-3')) AS v(a)
GROUP BY a ORDER BY a;
SET enable_sort = off;
SELECT DISTINCT a FROM (VALUES ('3'::sek), ('3,00 kr'), ('-3')) AS v(a) ORDER BY a;
RESET enable_sort;

CREATE TABLE sek_test (a sek);
INSERT INTO sek_test VALUES ('1'), ('2'), ('3'), ('-7'), (NULL);
CREATE INDEX sek_test_a ON sek_test (a);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT a FROM sek_test WHERE a > '1' ORDER BY a;
SELECT a FROM sek_test WHERE a > '1' ORDER BY a;
RESET enable_seqscan;
CREATE INDEX sek_test_hash ON sek_test USING hash (a);

--
-- Aggregates.
--
SELECT sum(a), avg(a), min(a), max(a), count(a) FROM sek_test;
SELECT sum(a), avg(a) FROM sek_test WHERE a IS NULL;
SELECT avg(a) FROM (VALUES ('0.01'::sek), ('0.02')) AS v(a);
SELECT avg(a) FROM (VALUES ('-0.01'::sek), ('-0.02')) AS v(a);
-- avg sums wider than sek: only the mean must fit.
SELECT avg(a) FROM (VALUES ('92233720368547758.07'::sek), ('92233720368547758.07')) AS v(a);
SELECT sum(a) FROM (VALUES ('92233720368547758.07'::sek), ('0.01')) AS v(a);

-- Parallel aggregation uses the combine functions and gives the same.
CREATE TABLE sek_many AS
	SELECT (i * 7919 % 200001 - 100000)::numeric / 100 AS n FROM generate_series(1, 100000) AS i;
ALTER TABLE sek_many ADD COLUMN a sek;
UPDATE sek_many SET a = n;
ANALYZE sek_many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sum(a), avg(a) FROM sek_many;
SELECT sum(a) = sum(n)::sek AS sum_ok, avg(a) = round(avg(n), 2)::sek AS avg_ok,
	   min(a) = min(n)::sek AS min_ok, max(a) = max(n)::sek AS max_ok
FROM sek_many;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

--
-- Binary I/O round-trips through COPY.
--
CREATE TEMP TABLE sek_copy (a sek);
COPY sek_test TO '/tmp/skanecoop_sek.bin' WITH (FORMAT binary);
COPY sek_copy FROM '/tmp/skanecoop_sek.bin' WITH (FORMAT binary);
SELECT (SELECT array_agg(a ORDER BY a) FROM sek_test) = (SELECT array_agg(a ORDER BY a) FROM sek_copy) AS same;

DROP TABLE sek_test, sek_many;
