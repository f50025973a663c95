--
-- validity: text form, bad input, the readings, every relation in both
-- readings at the edges, parts, durations and casts.
--
SET search_path = skanecoop, public;
SET DateStyle = ISO;

--
-- Canonical forms come back unchanged; aliases become canonical.
--
SELECT t, t::validity::text = t AS round_trip
FROM unnest(ARRAY[
	'2016-01-01/..', '199X/..', '2019/2023-06', '../2015-12-31',
	'2016-01-01/2018-12-31', '[..2023-12-06]/..', '2019-01-01/[2020..]',
	'../..', '0000-01-01/9999-12-31', '000X/999X', '[..2019]/[2020-02..]',
	'[199X..]/[..200X]', '2019/2019', '2019/2019-03-15']) t;

SELECT t, t::validity
FROM unnest(ARRAY[
	'2019', '2019-05', '2020-02', '2019-02', '2000', '1900', '199X', '200X',
	'2019-05-17', '9999', '999X', '0000', '  2019/..  ']) t;

--
-- Bad input: one per line (the EDTF forms 0.2 rejected and 0.3 reads are
-- in validity_edtf).
--
SELECT ''::validity;
SELECT '/'::validity;
SELECT '..'::validity;
SELECT '2019/2020/2021'::validity;
SELECT '199x/..'::validity;
SELECT '[2019]/..'::validity;
SELECT '[2019,2020]/..'::validity;
SELECT '[..2019/..'::validity;
SELECT '[..]/..'::validity;
SELECT '20190101/..'::validity;
SELECT '2019-1-01/..'::validity;
SELECT '10000/..'::validity;
SELECT '-0001/..'::validity;
SELECT '2019 /2020'::validity;
SELECT '2019-05-01T00:00/..'::validity;
SELECT E'2019\u00e5/..'::validity;
SELECT '2019-13/..'::validity;
SELECT '2019-00/..'::validity;
SELECT '2019-02-29/..'::validity;
SELECT '2100-02-29/..'::validity;
SELECT '2019-04-31'::validity;
SELECT '2019-01-00'::validity;
SELECT '2020/2019'::validity;
SELECT '2019-05-02/2019-05-01'::validity;
SELECT '[2020..]/2019'::validity;
SELECT '200X/1999'::validity;
-- leap days exist where they should
SELECT '2020-02-29'::validity, '2000-02-29'::validity, '0000-02-29'::validity;

--
-- The readings of the issue's example: 199X/.. certainly contains
-- 2000-01-01, possibly contains 1995-06-01, certainly not 1989-12-31.
--
SELECT v, d, certainly_contains(v, d) AS certainly, possibly_contains(v, d) AS possibly,
	   v @> d AS "@>", v @>~ d AS "@>~", d <@ v AS "<@", d <@~ v AS "<@~"
FROM (VALUES ('199X/..'::validity)) x(v),
	 unnest(ARRAY[date '1989-12-31', '1990-01-01', '1995-06-01', '1999-12-31',
				  '2000-01-01', 'infinity']) d;

SELECT v, earliest_start(v), latest_start(v), earliest_end(v), latest_end(v)
FROM unnest(ARRAY[
	'199X/..', '2019/2023-06', '[..2023-12-06]/..', '2019-01-01/[2020..]',
	'../..', '2019/2019-03-15', '2019-05/2019', '[2020..]/..', '../[..2020]',
	'2020-02/2020-02', '0000-01-01/9999-12-31']::validity[]) v;

--
-- Containing a day at each precision's edges: month ends, leap years,
-- Dec 31 against Jan 1, decades, open ends.
--
SELECT v, d, v @> d AS certainly, v @>~ d AS possibly
FROM (VALUES
	('2020-02/2020-03'::validity, date '2020-02-28'),
	('2020-02/2020-03', '2020-02-29'),
	('2020-02/2020-03', '2020-03-01'),
	('2020-02/2020-03', '2020-03-31'),
	('2020-02/2020-03', '2020-04-01'),
	('2020-02/2020-03', '2020-01-31'),
	('2019-02/..', '2019-02-28'),
	('2019-02/..', '2019-03-01'),
	('2016/2018', '2015-12-31'),
	('2016/2018', '2016-01-01'),
	('2016/2018', '2016-12-31'),
	('2016/2018', '2017-01-01'),
	('2016/2018', '2018-01-01'),
	('2016/2018', '2018-12-31'),
	('2016/2018', '2019-01-01'),
	('2016-01-01/2018-12-31', '2018-12-31'),
	('2016-01-01/2018-12-31', '2019-01-01'),
	('199X/200X', '1999-12-31'),
	('199X/200X', '2000-01-01'),
	('199X/200X', '2009-12-31'),
	('199X/200X', '2010-01-01'),
	('../..', '-infinity'),
	('../..', '4713-01-01 BC'),
	('../..', '5874897-12-31'),
	('0000-01-01/9999-12-31', '0001-12-31 BC'),
	('0000-01-01/9999-12-31', '0001-01-01 BC'),
	('0000-01-01/9999-12-31', '0002-12-31 BC'),
	('0000-01-01/9999-12-31', '9999-12-31'),
	('0000-01-01/9999-12-31', '10000-01-01'),
	('[..2023-12-06]/..', '2023-12-05'),
	('[..2023-12-06]/..', '2023-12-06'),
	('2019-01-01/[2020..]', '2019-12-31'),
	('2019-01-01/[2020..]', '2020-01-01'),
	('2019-01-01/[2020..]', '2030-01-01')) x(v, d);

--
-- Relations of two validities, each in both readings, operators beside
-- their functions.
--
SELECT a, b,
	   a @> b AS "@>", a @>~ b AS "@>~", a <@ b AS "<@", a <@~ b AS "<@~",
	   a && b AS "&&", a &&~ b AS "&&~",
	   certainly_contains(a, b) = (a @> b) AND possibly_contains(a, b) = (a @>~ b) AND
	   certainly_contained_by(a, b) = (a <@ b) AND possibly_contained_by(a, b) = (a <@~ b) AND
	   certainly_overlaps(a, b) = (a && b) AND possibly_overlaps(a, b) = (a &&~ b) AS functions_agree
FROM (VALUES
	('2016-01-01/2018-12-31'::validity, '2017-01-01/2017-12-31'::validity),
	('2016/2018', '2017'),
	('2016/2018', '2016-06/2018-06'),
	('2016/2018', '2016-01-01/2018-12-31'),
	('2016-01-01/2018-12-31', '2016/2018'),
	('2016-01-01/2018-12-31', '2019-01-01/..'),
	('2016-01-01/2018-12-31', '2018-12-31/..'),
	('2016/2018', '2018/..'),
	('2016/2018', '2019/..'),
	('199X/..', '2000/..'),
	('199X/..', '1995/..'),
	('../..', '[..2023-12-06]/..'),
	('[..2023-12-06]/..', '2023-12-06'),
	('[..2023-12-06]/..', '2023-12-05'),
	('2019-01-01/[2020..]', '2019-06-01/2019-12-31'),
	('2019-01-01/[2020..]', '2020-06-01/2020-12-31'),
	('2020-02-29/2020-02-29', '2020-02'),
	('2019-12-31/2019-12-31', '2020-01-01/2020-01-01')) x(a, b);

SELECT a, b,
	   a << b AS "<<", possibly_before(a, b), a >> b AS ">>", possibly_after(a, b),
	   a -|- b AS "-|-", possibly_adjacent(a, b),
	   certainly_before(a, b) = (a << b) AND certainly_after(a, b) = (a >> b) AND
	   certainly_adjacent(a, b) = (a -|- b) AS functions_agree
FROM (VALUES
	('2016-01-01/2018-12-31'::validity, '2019-01-01/..'::validity),
	('2019-01-01/..', '2016-01-01/2018-12-31'),
	('2016-01-01/2018-12-31', '2018-12-31/..'),
	('2016/2018', '2019/..'),
	('2016/2018', '2018/..'),
	('2016-01-01/2018-12', '2019-01-01/..'),
	('2016-01-01/2018-12-31', '2019-01/..'),
	('2016-01-01/2018-12-31', '2019-01-02/..'),
	('../2015-12-31', '2016-01-01/..'),
	('../..', '2016-01-01/..'),
	('2019-12-31/2019-12-31', '2020-01-01/2020-01-01')) x(a, b);

-- The intersection keeps the later start and the earlier end as written.
SELECT a, b, a * b AS "*", intersection(a, b) IS NOT DISTINCT FROM a * b AS same,
	   b * a AS commuted
FROM (VALUES
	('2019/2020'::validity, '2020-06/..'::validity),
	('2016-01-01/2018-12-31', '199X/..'),
	('2019/..', '2019-05-01/..'),
	('[..2023-12-06]/..', '2016-01-01/2018-12-31'),
	('../..', '[2019..]/[..2020]'),
	('2016-01-01/2018-12-31', '2018-12-31/..'),
	('2016-01-01/2018-12-31', '2019-01-01/..'),
	('2019', '2020')) x(a, b);

--
-- Parts.
--
SELECT v, lower_precision(v), upper_precision(v), lower_kind(v), upper_kind(v), is_open(v)
FROM unnest(ARRAY[
	'2016-01-01/..', '199X/2019-05', '2019/[2020-02..]', '[..2023-12-06]/2024',
	'../..', '[199X..]/[..2000]']::validity[]) v;

SELECT v, shortest_duration(v), longest_duration(v)
FROM unnest(ARRAY[
	'2019-05-17', '2019/2020', '2019/2019', '2020', '2020-02', '2019-02',
	'199X', '200X', '0000-01-01/9999-12-31', '000X/999X', '[..2019]/2020',
	'2019/[2020..]', '2019/..', '../2019', '2019-05/2019']::validity[]) v;

--
-- Casts.
--
-- year 0000 is 1 BC, as in ISO 8601
SELECT date '2019-05-17'::validity, date '0001-01-01 BC'::validity, date '9999-12-31'::validity;
SELECT date 'infinity'::validity;
SELECT date '-infinity'::validity;
SELECT date '10000-01-01'::validity;
SELECT date '0002-12-31 BC'::validity;

-- assignment casts into a validity column
CREATE TEMP TABLE cast_target (v validity);
INSERT INTO cast_target VALUES (date '2019-05-17'), (daterange('2019-01-01', '2020-01-01'));
SELECT v FROM cast_target;

SELECT r, r::validity
FROM unnest(ARRAY[
	daterange('2019-01-01', '2020-01-01'), daterange('2019-01-01', '2019-12-31', '[]'),
	daterange('2019-01-01', NULL), daterange(NULL, '2019-01-01'), daterange(NULL, NULL),
	daterange('-infinity', 'infinity'), daterange('2019-01-01', 'infinity', '[]'),
	daterange('0001-01-01 BC', '9999-12-31', '[]')]) r;
SELECT 'empty'::daterange::validity;
SELECT daterange('2019-01-01', '10000-01-01')::validity;
SELECT daterange('2019-01-01', '10000-01-02')::validity;
SELECT daterange('infinity', NULL)::validity;
SELECT daterange('4713-01-01 BC', '2000-01-01')::validity;

SELECT v, certain_daterange(v), possible_daterange(v)
FROM unnest(ARRAY[
	'199X/..', '2019/2023-06', '2019/2019', '2019/2019-03-15', '[..2023-12-06]/..',
	'2019-01-01/[2020..]', '../..', '[2020..]/..', '../[..2020]',
	'2016-01-01/2018-12-31', '0000-01-01/9999-12-31']::validity[]) v;

SELECT v, v::daterange
FROM unnest(ARRAY['2016-01-01/..', '../2015-12-31', '../..', '2019-05-17',
				  '2016-01-01/2018-12-31', '2019']::validity[]) v;
SELECT '2019/2023-06'::validity::daterange;
SELECT '[..2023-12-06]/..'::validity::daterange;

--
-- btree order: by lower bound (anchor, then on or before < exact < on or
-- after, then finer first), then upper bound; ".." first among lower and
-- last among upper bounds.
--
SELECT v FROM unnest(ARRAY[
	'2019/..', '2019-01-01/..', '[..2019-01-01]/..', '[2019-01-01..]/..',
	'2019-01/..', '201X/..', '../..', '../2019', '2019-01-01/2019-01-01',
	'2019-01-01/[..2020]', '2019-01-01/2020', '2018-12-31/..']::validity[]) v
ORDER BY v;
SELECT '2019'::validity = '2019-01-01/2019-12-31', '2019/2019'::validity = '2019',
	   '2019'::validity < '2019/2019', skanecoop_internal.validity_cmp('2019', '2020'),
	   skanecoop_internal.validity_cmp('2020', '2019'), skanecoop_internal.validity_cmp('2019', '2019');
SELECT skanecoop_internal.validity_hash('2019') = skanecoop_internal.validity_hash('2019-01-01/2019-12-31'),
	   skanecoop_internal.validity_hash_extended('2019', 1) = skanecoop_internal.validity_hash_extended('2019-01-01/2019-12-31', 1);
