--
-- fee_rate: an amount per inhabitant or flat, per year, quarter or month.
--
SET search_path = skanecoop, public;

-- The operator classes are complete.
SELECT opc.opcname, amvalidate(opc.oid)
FROM pg_opclass opc
WHERE opc.opcnamespace = 'skanecoop'::regnamespace
  AND opc.opcintype = 'fee_rate'::regtype
ORDER BY 1;

--
-- Input: Swedish and English phrases, one canonical output.
--
SELECT '21 kr/invånare/år'::fee_rate;
SELECT '21 kr per invånare och år'::fee_rate;
SELECT '21 kr/invånre och år'::fee_rate;
SELECT '21 KR PER INVÅNARE OCH ÅR'::fee_rate;
SELECT '21 kr / inv. / år'::fee_rate;
SELECT '150000 kr/år'::fee_rate;
SELECT '150 000 kronor per år'::fee_rate;
SELECT '5 kr/invånare/kvartal'::fee_rate;
SELECT '2 kr/invånare/månad'::fee_rate;
SELECT '2,50 kr/inv/mån'::fee_rate;
SELECT 'SEK 21 per inhabitant per year'::fee_rate;
SELECT '21 SEK per capita and year'::fee_rate;
SELECT 'SEK 1 000 per quarter'::fee_rate;
SELECT '0 kr/år'::fee_rate;
SELECT '11529215046068469.75 kr/år'::fee_rate;

-- The canonical form reads back as the same rate.
SELECT r, r::text::fee_rate = r AS round_trip
FROM (VALUES ('21 kr/invånare/år'::fee_rate), ('150000 kr/år'), ('5 kr/invånare/kvartal'),
	  ('0.01 kr/månad'), ('11529215046068469.75 kr/invånare/månad')) AS v(r);

--
-- Bad input, one per line.
--
SELECT '21 kr/invånare/vecka'::fee_rate;
SELECT '21 kr/vecka'::fee_rate;
SELECT '21 kr per invånare'::fee_rate;
SELECT '-21 kr/år'::fee_rate;
SELECT '11529215046068469.76 kr/år'::fee_rate;
SELECT '21.005 kr/år'::fee_rate;
SELECT '21 kr'::fee_rate;
SELECT '21/invånare/år'::fee_rate;
SELECT '21 per invånare och år'::fee_rate;
SELECT '21 kr/invånare/år och dag'::fee_rate;
SELECT '21 kr/år/invånare'::fee_rate;
SELECT '21 kr perinvånare och år'::fee_rate;
SELECT ''::fee_rate;

--
-- Accessors and the constructor.
--
SELECT amount(r), basis(r), period(r)
FROM (VALUES ('21 kr/invånare/år'::fee_rate), ('150000 kr/år'), ('5 kr/invånare/kvartal'),
	  ('2 kr/invånare/månad')) AS v(r);
SELECT make_fee_rate('21', 'inhabitant', 'year');
SELECT make_fee_rate('21', 'invånare', 'år');
SELECT make_fee_rate('150000', 'flat', 'year');
SELECT make_fee_rate('5', 'inhabitant', 'quarter');
SELECT make_fee_rate('2', 'inhabitant', 'month');
SELECT make_fee_rate('-1', 'flat', 'year');
SELECT make_fee_rate('11529215046068469.76', 'flat', 'year');
SELECT make_fee_rate('21', 'household', 'year');
SELECT make_fee_rate('21', 'inhabitant', 'week');
SELECT make_fee_rate(amount(r), basis(r), period(r)) = r AS rebuilt
FROM (VALUES ('21 kr/invånare/år'::fee_rate), ('150000 kr/år'), ('5 kr/invånare/kvartal')) AS v(r);

--
-- Comparison: by basis (flat first), period (shortest first), amount.
--
SELECT r FROM (VALUES ('21 kr/invånare/år'::fee_rate), ('150000 kr/år'), ('5 kr/invånare/kvartal'),
	  ('2 kr/invånare/månad'), ('20 kr/invånare/år'), ('1000 kr/månad')) AS v(r)
ORDER BY r;
SELECT '21 kr/invånare/år'::fee_rate = '21 kr per invånare och år'::fee_rate AS same,
	   '21 kr/invånare/år'::fee_rate <> '21 kr/år'::fee_rate AS differ;
SELECT r, count(*) FROM (VALUES ('21 kr/invånare/år'::fee_rate), ('SEK 21 per inhabitant per year'),
	  ('21 kr/år')) AS v(r)
GROUP BY r ORDER BY r;

--
-- Binary I/O round-trips through COPY; receive refuses what no rate packs to.
--
CREATE TEMP TABLE rate_test (r fee_rate);
INSERT INTO rate_test VALUES ('21 kr/invånare/år'), ('150000 kr/år'), ('2 kr/invånare/månad'), (NULL);
COPY rate_test TO '/tmp/skanecoop_fee_rate.bin' WITH (FORMAT binary);
CREATE TEMP TABLE rate_copy (r fee_rate);
COPY rate_copy FROM '/tmp/skanecoop_fee_rate.bin' WITH (FORMAT binary);
SELECT (SELECT array_agg(r ORDER BY r) FROM rate_test) = (SELECT array_agg(r ORDER BY r) FROM rate_copy) AS same;
CREATE TEMP TABLE int8_test (i int8);
INSERT INTO int8_test VALUES (-1);
COPY int8_test TO '/tmp/skanecoop_fee_rate.bin' WITH (FORMAT binary);
COPY rate_copy FROM '/tmp/skanecoop_fee_rate.bin' WITH (FORMAT binary);
UPDATE int8_test SET i = 3::int8 << 60;
COPY int8_test TO '/tmp/skanecoop_fee_rate.bin' WITH (FORMAT binary);
COPY rate_copy FROM '/tmp/skanecoop_fee_rate.bin' WITH (FORMAT binary);
