--
-- validity_edtf: the EDTF level 0 and 1 forms version 0.3 reads (qualified
-- dates, seasons, centuries, unspecified months and days, unknown bounds,
-- sets of one date, dates and times): the Library of Congress's examples,
-- the readings of each form, the accessors, bad input, order and
-- equality, and binary COPY (the GiST index on them is in validity_index).
--
SET search_path = skanecoop, public;
SET DateStyle = ISO;

--
-- Every example of the EDTF specification's levels 0 and 1 within the
-- years 0000-9999 is accepted, and its canonical text is the same value.
--
SELECT t, t::validity AS canonical, t::validity::text::validity = t::validity AS round_trip
FROM unnest(ARRAY[
	-- level 0
	'1985-04-12', '1985-04', '1985',
	'1985-04-12T23:20:30', '1985-04-12T23:20:30Z', '1985-04-12T23:20:30-04',
	'1985-04-12T23:20:30+04:30',
	'1964/2008', '2004-06/2006-08', '2004-02-01/2005-02-08', '2004-02-01/2005-02',
	'2004-02-01/2005', '2005/2006-02',
	-- level 1: seasons, qualification, unspecified digits
	'2001-21', '2001-22', '2001-23', '2001-24',
	'1984?', '2004-06~', '2004-06-11%',
	'201X', '20XX', '2004-XX', '1985-04-XX', '1985-XX-XX',
	-- level 1: extended intervals
	'1985-04-12/..', '1985-04/..', '1985/..', '../1985-04-12', '../1985-04', '../1985',
	'1985-04-12/', '1985-04/', '1985/', '/1985-04-12', '/1985-04', '/1985',
	'1984~/2004-06', '1984/2004-06~', '1984~/2004~', '1984?/2004%',
	'1984-06?/2004-08?', '1984-06-02?/2004-08-08~', '1984-06-02?/',
	'2004-06-XX/2004-07-03',
	-- sets of one date
	'[..1760-12-03]', '[1760-12..]']) t;

-- The years outside 0000-9999 are rejected with the range.
SELECT 'Y170000002'::validity;
SELECT 'Y-170000002'::validity;
SELECT '-1985'::validity;
SELECT '10000/..'::validity;
SELECT '1985/-0001'::validity;

--
-- The readings of each form: a qualifier widens the date by one unit of
-- its precision on each side ("%" by two); seasons are March-May,
-- June-August, September-November, December-February; unknown bounds
-- take any day the other bound allows.
--
SELECT v, earliest_start(v), latest_start(v), earliest_end(v), latest_end(v),
	   certain_daterange(v), possible_daterange(v)
FROM unnest(ARRAY[
	'1995~/..', '1968?/2019', '2004-06-11%/2004-06-11%', '2004-06~/2005-01~',
	'199X~/200X?', '19XX%/..', '2019-21/2019-22', '2019-23/2019-24',
	'2019-21~/..', '2020-24/..', '2004-XX/2004-XX', '1985-04-XX/1985-XX-XX',
	'20XX/..', '1985/', '/1985', '1985/..', '../1985', '../', '/..',
	'0000%/9999~', '[..1760-12-03]', '[1760-12..]', '[..2019-21?]/[20XX..]']::validity[]) v;

-- An unknown end is not an open one: still a member in 2030?
SELECT v, v @> date '2030-01-01' AS certainly, v @>~ date '2030-01-01' AS possibly,
	   is_open(v), upper_kind(v)
FROM unnest(ARRAY['1985/..', '1985/', '1985/2000', '1985/[2000..]']::validity[]) v;

-- "cirka 1995" against "1995": the approximate start may be a year either side.
SELECT v, d, v @> d AS certainly, v @>~ d AS possibly
FROM unnest(ARRAY['1995/..', '1995~/..', '1995?/..', '1995%/..']::validity[]) v,
	 unnest(ARRAY[date '1993-12-31', '1994-01-01', '1995-06-01', '1996-12-31', '1997-01-01',
				  '1998-01-01']) d
ORDER BY v, d;

--
-- Accessors.
--
SELECT v, lower_kind(v), upper_kind(v), lower_precision(v), upper_precision(v),
	   lower_qualifier(v), upper_qualifier(v), is_uncertain(v), is_approximate(v), is_open(v)
FROM unnest(ARRAY[
	'1995~/2000?', '1995%/..', '2019-21/2019-24~', '20XX/2004-XX', '1985-04-XX/1985-XX-XX',
	'1985/', '/1985', '../..', '[..2019%]/[20XX?..]', '2016-01-01/2018-12-31']::validity[]) v;

SELECT v, shortest_duration(v), longest_duration(v)
FROM unnest(ARRAY['1995~/1995~', '2019-21', '2019-24', '20XX', '1985/', '/1985',
				  '2004-06-11%']::validity[]) v;

--
-- Bad input.
--
SELECT '/'::validity;
SELECT '1XXX/..'::validity;
SELECT '2019-XX-05/..'::validity;
SELECT '201X-05/..'::validity;
SELECT '2019-0X/..'::validity;
SELECT '?2019/..'::validity;
SELECT '2019~?/..'::validity;
SELECT '2019-20/..'::validity;
SELECT '2019-25/..'::validity;
SELECT '9999-24'::validity;
SELECT '1985-04-12T23:20:30/..'::validity;
SELECT '1985-04-12T24:00:00'::validity;
SELECT '2021~/2019'::validity;
SELECT '2019-22/2019-21'::validity;

--
-- Equality compares what was stated; the order is by date first.
--
SELECT a, b, a = b AS equal, skanecoop_internal.validity_hash(a) = skanecoop_internal.validity_hash(b) AS same_hash
FROM (VALUES ('2004/..'::validity, '2004-XX/..'::validity), ('1995/..', '1995~/..'),
			 ('1985/', '1985/..'), ('2019-21', '2019-03-01/2019-05-31'),
			 ('20XX', '2000-01-01/2099-12-31'), ('1995%/..', '1995%/..')) x(a, b);
SELECT v FROM unnest(ARRAY[
	'2000-01-01~/..', '20XX/..', '1995-21/..', '../..', '/..', '1995~/..', '1995/..',
	'1994-XX/..', '[..1994]/..', '1995-01-01/..', '2000-01-01/', '2000-01-01/..',
	'2000-01-01/2000-01-01', '1995-XX-XX/..', '[1995..]/..', '1995-03/..']::validity[]) v
ORDER BY v;

-- Only exact days and .. are dateranges.
SELECT '2019-01-01~/..'::validity::daterange;
SELECT '2019-01-01/'::validity::daterange;

-- The intersection keeps each bound as written.
SELECT a, b, a * b AS "*"
FROM (VALUES ('1995~/2005'::validity, '2000/..'::validity), ('1985/', '1990/2000'),
			 ('2019-21/2019-23', '2019-06/..')) x(a, b);

--
-- Binary COPY round-trips the new forms, and checks them on input.
--
CREATE TABLE edtf_values (i serial, v validity);
INSERT INTO edtf_values (v) SELECT unnest(ARRAY[
	'1995~/..', '1968?/2019', '2004-06-11%/', '/2019-21', '19XX/20XX', '1985-04-XX/2004-XX',
	'1985-XX-XX/', '[..2019-24~]/[20XX..]', '../', '/..', '0000~/9999%']::validity[]);
\copy (SELECT v FROM edtf_values ORDER BY i) TO 'results/validity_edtf.bin' WITH (FORMAT binary)
CREATE TABLE edtf_copy (v validity);
\copy edtf_copy FROM 'results/validity_edtf.bin' WITH (FORMAT binary)
SELECT (SELECT array_agg(v ORDER BY i) FROM edtf_values) =
	   (SELECT array_agg(v) FROM edtf_copy) AS binary_round_trip;
-- an unknown lower bound in the upper bound's place is no validity
\copy (SELECT ((1::bigint << 30) + 249) * 4294967296 + ((1::bigint << 30) + 249)) TO 'results/validity_edtf_bad.bin' WITH (FORMAT binary)
\copy edtf_copy FROM 'results/validity_edtf_bad.bin' WITH (FORMAT binary)

--
-- A bound known to lie between two days, "[D1..D2]" (a set of consecutive
-- days of EDTF level 2): how a claim ends that a page stated when last
-- seen on D1 and no longer stated when next seen, the day after D2.
--
SELECT v, earliest_start(v), latest_start(v), earliest_end(v), latest_end(v),
	   lower_kind(v), upper_kind(v), lower_precision(v), upper_precision(v), is_open(v)
FROM unnest(ARRAY['[..2023-01-01]/[2023-01-01..2023-12-31]', '[2019-06-01..2019-06-10]/2019-06-05',
				  '[2023-12-31..2024-03-14]', '../[2023-01-01..2023-01-01]',
				  '[0000-01-01..0000-01-02]/[9999-12-30..9999-12-31]',
				  '2023-01-01/[2023-01-01..2024-05-27]']::validity[]) AS v;
-- Both readings: certain until the first day, possible until the last.
SELECT certain_daterange(v), possible_daterange(v),
	   v @> date '2023-01-01' AS certainly_1_jan, v @> date '2023-01-02' AS certainly_2_jan,
	   v @>~ date '2023-12-31' AS possibly_31_dec, v @>~ date '2024-01-01' AS possibly_1_jan_2024
FROM (VALUES ('[..2023-01-01]/[2023-01-01..2023-12-31]'::validity)) AS x(v);
-- By first day, just after the exact day; among themselves by the last.
SELECT v FROM unnest(ARRAY['../2023-01', '../[2023-01-01..2023-03-01]', '../2023-01-01',
						   '../[2023-01-01..2023-01-02]', '../2023-01-01~',
						   '../[2023-01-02..2023-01-03]']::validity[]) AS v
ORDER BY v;
SELECT a < b AS less, a = b AS equal, a > b AS greater, a <> b AS unequal,
	   skanecoop_internal.validity_cmp(a, b) AS cmp
FROM (VALUES ('../[2023-01-01..2023-01-02]'::validity, '../[2023-01-01..2023-03-01]'::validity),
			 ('../[2023-01-01..2023-03-01]', '../[2023-01-01..2023-01-02]'),
			 ('../[2023-01-01..2023-03-01]', '../[2023-01-01..2023-03-01]')) AS x(a, b);
-- Not a daterange; the intersection keeps the bound as written.
SELECT '../[2023-01-01..2023-01-02]'::validity::daterange;
SELECT '[..2023-01-01]/[2023-01-01..2023-12-31]'::validity * '2023-06/..' AS "*";
-- Bad bounds between two days.
SELECT '../[2023-01-02..2023-01-01]'::validity;
SELECT '../[2023-01-01..2024-05-28]'::validity;
SELECT '../[2023-01..2023-03-31]'::validity;
SELECT '../[2023-01-01~..2023-03-01]'::validity;
SELECT '../[2023-01-01..2023-02-30]'::validity;
SELECT '2024/[2023-01-01..2023-12-31]'::validity;
-- Binary COPY round-trips them, and refuses a bound running past 9999.
TRUNCATE edtf_values, edtf_copy;
INSERT INTO edtf_values (v) SELECT unnest(ARRAY[
	'[..2023-01-01]/[2023-01-01..2023-12-31]', '[0000-01-01..0000-01-02]/[9999-12-30..9999-12-31]',
	'[2023-12-31..2024-03-14]']::validity[]);
\copy (SELECT v FROM edtf_values ORDER BY i) TO 'results/validity_between.bin' WITH (FORMAT binary)
\copy edtf_copy FROM 'results/validity_between.bin' WITH (FORMAT binary)
SELECT (SELECT array_agg(v ORDER BY i) FROM edtf_values) =
	   (SELECT array_agg(v) FROM edtf_copy) AS binary_round_trip;
-- ".." and the bound from 9999-12-31 to the day after
\copy (SELECT (-23375521)::bigint * 4294967296 + (4294967296 - 2147483648 + (2921939 + 730485) * 512)) TO 'results/validity_between_bad.bin' WITH (FORMAT binary)
\copy edtf_copy FROM 'results/validity_between_bad.bin' WITH (FORMAT binary)
-- The indexes find what a scan finds.
CREATE TABLE between_values AS
SELECT ('[..' || to_char(d, 'YYYY-MM-DD') || ']/[' || to_char(d, 'YYYY-MM-DD') || '..'
		|| to_char(d + n, 'YYYY-MM-DD') || ']')::validity AS v
FROM generate_series(0, 104) AS w, LATERAL (SELECT date '2022-01-01' + 7 * w AS d) AS x,
	 generate_series(1, 400, 57) AS n;
CREATE INDEX ON between_values USING gist (v);
CREATE INDEX ON between_values USING btree (v);
SELECT count(*) FILTER (WHERE v @> date '2023-02-25') AS certainly,
	   count(*) FILTER (WHERE v @>~ date '2023-03-01') AS possibly,
	   count(*) FILTER (WHERE v = '[..2022-01-01]/[2022-01-01..2022-01-02]') AS equal
FROM between_values;
SET enable_seqscan = off;
SELECT count(*) AS certainly FROM between_values WHERE v @> date '2023-02-25';
SELECT count(*) AS possibly FROM between_values WHERE v @>~ date '2023-03-01';
SELECT count(*) AS equal FROM between_values WHERE v = '[..2022-01-01]/[2022-01-01..2022-01-02]';
RESET enable_seqscan;
DROP TABLE between_values;
