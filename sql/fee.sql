--
-- fee: annual fees, fees prorated by calendar days, the fee schedule.
--
SET search_path = skanecoop, public;
-- Dates as ISO text, which the validity type reads.
SET DateStyle = ISO, YMD;

--
-- Annual fees.
--
-- A Familjen Helsingborg member with 10,000 inhabitants owes 210,000.00 kr.
SELECT annual_fee('21 kr/invånre och år', 10000);
SELECT annual_fee('5 kr/invånare/kvartal', 10000), annual_fee('2 kr/invånare/månad', 10000),
	   annual_fee('150000 kr/år', 10000), annual_fee('1000 kr/månad', 10000);
-- A flat rate needs no inhabitants; a rate per inhabitant does.
SELECT annual_fee('150000 kr/år', NULL) AS flat, annual_fee('21 kr/invånare/år', NULL) AS per_inhabitant,
	   annual_fee(NULL, 10000) AS no_rate;
SELECT annual_fee('21 kr/invånare/år', 0);
SELECT annual_fee('21 kr/invånare/år', -1);
SELECT annual_fee('0.01 kr/invånare/år', 9223372036854775807);
SELECT annual_fee('0.01 kr/invånare/månad', 9223372036854775807);

--
-- Proration over calendar days, in the certain reading and to the öre by
-- default.
--
-- A full year, whether it has 365 or 366 days.
SELECT fee_for_period('21 kr/invånare/år', 10000, '2019-01-01/..', '2019-01-01', '2019-12-31');
SELECT fee_for_period('21 kr/invånare/år', 10000, '../..', '2020-01-01', '2020-12-31');
-- Membership starting 1 January, 1 July, ending 31 December.
SELECT fee_for_period('21 kr/invånare/år', 10000, '2019-01-01/2019-12-31', '2019-01-01', '2019-12-31') AS jan_to_dec,
	   fee_for_period('21 kr/invånare/år', 10000, '2019-07-01/..', '2019-01-01', '2019-12-31') AS from_july_2019,
	   fee_for_period('21 kr/invånare/år', 10000, '2020-07-01/..', '2020-01-01', '2020-12-31') AS from_july_2020,
	   fee_for_period('21 kr/invånare/år', 10000, '../2019-06-30', '2019-01-01', '2019-12-31') AS until_june;
SELECT fee_for_period('21 kr/invånare/år', 10000, '2018-03-01/2019-12-31', '2019-01-01', '2019-12-31') AS ends_31_december,
	   fee_for_period('21 kr/invånare/år', 10000, '2019-12-31/..', '2019-01-01', '2019-12-31') AS one_day,
	   fee_for_period('21 kr/invånare/år', 10000, '2020-02-29/2020-02-29', '2020-01-01', '2020-12-31') AS leap_day;
-- Across a new year, each day worth 1/365 or 1/366 of the annual fee.
SELECT fee_for_period('21 kr/invånare/år', 10000, '2019-07-01/2020-06-30', '2019-01-01', '2020-12-31');
SELECT fee_for_period('21 kr/invånare/år', 10000, '2016-01-01/2023-12-31', '2016-01-01', '2023-12-31');
-- Joined in 2016 and left in 2023: certainly from 31 December 2016 to
-- 1 January 2023, possibly all eight years.
SELECT fee_for_period('21 kr/invånare/år', 10000, '2016/2023', '2016-01-01', '2023-12-31') AS certain,
	   fee_for_period('21 kr/invånare/år', 10000, '2016/2023', '2016-01-01', '2023-12-31', 'possible') AS possible;
-- A quarterly or monthly rate is 4 or 12 times its amount a year.
SELECT fee_for_period('5 kr/invånare/kvartal', 10000, '2019-07-01/..', '2019-01-01', '2019-12-31'),
	   fee_for_period('2 kr/invånare/månad', 10000, '2019-07-01/..', '2019-01-01', '2019-12-31');
-- Flat rates ignore the inhabitants.
SELECT fee_for_period('150000 kr/år', NULL, '2019-07-01/..', '2019-01-01', '2019-12-31');
-- A membership outside the period costs nothing.
SELECT fee_for_period('21 kr/invånare/år', 10000, '2015/2018', '2019-01-01', '2019-12-31'),
	   fee_for_period('21 kr/invånare/år', 10000, '2020-01-01/..', '2019-01-01', '2019-12-31');

--
-- The two readings of an imprecise membership: joined in July 2019, left
-- at some time in 2021.
--
SELECT fee_for_period('21 kr/invånare/år', 10000, '2019-07/2021', '2019-01-01', '2019-12-31') AS certain,
	   fee_for_period('21 kr/invånare/år', 10000, '2019-07/2021', '2019-01-01', '2019-12-31', 'possible') AS possible;
SELECT fee_for_period('21 kr/invånare/år', 10000, '2019-07/2021', '2021-01-01', '2021-12-31') AS certain,
	   fee_for_period('21 kr/invånare/år', 10000, '2019-07/2021', '2021-01-01', '2021-12-31', reading => 'possible') AS possible;
-- On or after 1 July: certainly not before then, possibly from then.
SELECT fee_for_period('21 kr/invånare/år', 10000, '[2019-07-01..]/..', '2019-01-01', '2019-12-31') AS certain,
	   fee_for_period('21 kr/invånare/år', 10000, '[2019-07-01..]/..', '2019-01-01', '2019-12-31', 'possible') AS possible;

--
-- Rounding: to the öre, or to whole kronor; halves away from zero.
--
SELECT fee_for_period('21 kr/invånare/år', 10000, '2019-07-01/..', '2019-01-01', '2019-12-31', rounding => 'krona') AS krona,
	   fee_for_period('21 kr/invånare/år', 10000, '2019-07-01/..', '2019-01-01', '2019-12-31', rounding => 'ore') AS ore;
-- 182.50 kr a year for one day of 365 is exactly 0.50 kr.
SELECT fee_for_period('182.50 kr/år', NULL, '2019-12-31/..', '2019-01-01', '2019-12-31', rounding => 'krona') AS half_up,
	   fee_for_period('182.49 kr/år', NULL, '2019-12-31/..', '2019-01-01', '2019-12-31', rounding => 'krona') AS below_half,
	   fee_for_period('1.82 kr/år', NULL, '2019-12-31/..', '2019-01-01', '2019-12-31') AS half_ore_below,
	   fee_for_period('1.83 kr/år', NULL, '2019-12-31/..', '2019-01-01', '2019-12-31') AS half_ore_above;

--
-- NULLs and errors, one per line.
--
SELECT fee_for_period('21 kr/invånare/år', NULL, '2019', '2019-01-01', '2019-12-31') AS no_inhabitants,
	   fee_for_period(NULL, 1, '2019', '2019-01-01', '2019-12-31') AS no_rate,
	   fee_for_period('21 kr/invånare/år', 1, NULL, '2019-01-01', '2019-12-31') AS no_membership,
	   fee_for_period('21 kr/invånare/år', 1, '2019', NULL, '2019-12-31') AS no_start;
SELECT fee_for_period('21 kr/invånare/år', -1, '2019', '2019-01-01', '2019-12-31');
SELECT fee_for_period('21 kr/invånare/år', 1, '2019', '2019-12-31', '2019-01-01');
SELECT fee_for_period('21 kr/invånare/år', 1, '../..', '-infinity', '2019-12-31');
SELECT fee_for_period('21 kr/invånare/år', 1, '2019', '2019-01-01', '2019-12-31', 'likely');
SELECT fee_for_period('21 kr/invånare/år', 1, '2019', '2019-01-01', '2019-12-31', rounding => 'tior');
SELECT fee_for_period('11529215046068469.75 kr/invånare/månad', 9223372036854775807, '2019', '2019-01-01', '2019-12-31');
SELECT fee_for_period('21 kr/invånare/år', 1, '2019-01-01/..', '2019-01-01', 'infinity');
SELECT fee_for_period('21 kr/invånare/år', 1, '2019-01-01/..', '2019-01-01', '10000-01-01');

--
-- Exact agreement with the same computation in numeric, over generated
-- memberships: days counted with daterange, each day worth the annual fee
-- over the days of its year (the sum taken over 365 * 366 = 133590 so as
-- to stay exact), rounded once.
--
CREATE TEMP TABLE fee_case AS
SELECT i,
	   make_fee_rate((((i * 7919) % 500000)::numeric / 100)::sek,
					 CASE WHEN i % 3 = 0 THEN 'flat' ELSE 'inhabitant' END,
					 (ARRAY['year', 'quarter', 'month'])[i / 3 % 3 + 1]) AS rate,
	   (i * 104729) % 1000000 AS inhabitants,
	   s AS start_day,
	   CASE WHEN i % 7 = 0 THEN NULL ELSE s + (i * 2713) % 1500 END AS end_day,
	   f AS from_day,
	   f + (i * 53) % 1200 AS to_day
FROM generate_series(1, 20000) AS i,
	 LATERAL (SELECT date '2015-01-01' + (i * 31337) % 2900 AS s,
					 date '2016-01-01' + (i * 97) % 1800 AS f) AS d;

CREATE TEMP TABLE fee_result AS
SELECT c.i,
	   fee_for_period(c.rate, c.inhabitants,
					  (c.start_day || '/' || coalesce(c.end_day::text, '..'))::validity,
					  c.from_day, c.to_day)::numeric * 100 AS ore,
	   fee_for_period(c.rate, c.inhabitants,
					  (c.start_day || '/' || coalesce(c.end_day::text, '..'))::validity,
					  c.from_day, c.to_day, rounding => 'krona')::numeric * 100 AS krona_in_ore,
	   annual_fee(c.rate, c.inhabitants)::numeric * 100 * coalesce((
			SELECT sum((upper(x) - lower(x)) * (133590 / (upper(y) - lower(y))))
			FROM generate_series(extract(year FROM lower(r))::int,
								 extract(year FROM upper(r) - 1)::int) AS g(yr),
				 LATERAL (SELECT daterange(make_date(g.yr, 1, 1), make_date(g.yr + 1, 1, 1)) AS y) AS yy,
				 LATERAL (SELECT r * yy.y AS x) AS xx), 0) AS weighted
FROM fee_case AS c,
	 LATERAL (SELECT daterange(c.start_day, c.end_day + 1) * daterange(c.from_day, c.to_day + 1) AS r) AS rr;

SELECT count(*) AS cases,
	   count(*) FILTER (WHERE weighted = 0) AS outside,
	   count(*) FILTER (WHERE ore <> round(weighted::numeric(60, 20) / 133590)) AS ore_mismatches,
	   count(*) FILTER (WHERE krona_in_ore <> round(weighted::numeric(60, 20) / 13359000) * 100) AS krona_mismatches
FROM fee_result;

-- The possible reading of a day-precise membership is the certain one.
SELECT count(*) AS differ
FROM fee_case AS c
WHERE fee_for_period(c.rate, c.inhabitants, (c.start_day || '/' || coalesce(c.end_day::text, '..'))::validity,
					 c.from_day, c.to_day)
   <> fee_for_period(c.rate, c.inhabitants, (c.start_day || '/' || coalesce(c.end_day::text, '..'))::validity,
					 c.from_day, c.to_day, 'possible');

--
-- The fee schedule of a year, from rows inserted here.
--
-- The rules and memberships are facts of one document, as the loader
-- stores them; Familjen Helsingborg is in the extension's registry.
INSERT INTO organisation (name) VALUES ('Flat Club'), ('Vague Body');
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:fees', 'Avgifter', 'text', sha256('fees'), '2024-01-01 00:00+00', 'Avgifter');
INSERT INTO fact (document_id, kind, organisation_id, organisation_name, rate, valid,
				  byte_start, byte_end, quote, rule)
SELECT d.document_id, 'fee', o.organisation_id, o.name, r.rate::fee_rate, r.valid::validity,
	   0, 8, 'Avgifter', 'test'
FROM document AS d, organisation AS o
JOIN (VALUES ('Familjen Helsingborg', '21 kr/invånare/år', '2016-01-01/..'),
			 ('Familjen Helsingborg', '20 kr/invånare/år', '2010-01-01/2015-12-31'),
			 ('Flat Club', '150000 kr/år', '2019-07-01/..'),
			 ('Vague Body', NULL, '2016/..')) AS r(organisation, rate, valid)
  ON o.name = r.organisation
WHERE d.uri = 'urn:test:fees';
INSERT INTO fact (document_id, kind, organisation_id, organisation_name, member, valid,
				  byte_start, byte_end, quote, rule)
SELECT d.document_id, 'membership', o.organisation_id, o.name, m.member, m.valid::validity,
	   0, 8, 'Avgifter', 'test'
FROM document AS d, organisation AS o
JOIN (VALUES ('Familjen Helsingborg', '1283', '1990/..'),
			 ('Familjen Helsingborg', '1282', '2019-07-01/..'),
			 ('Familjen Helsingborg', '1284', '../2019-06-30'),
			 ('Familjen Helsingborg', '1260', '2019-07/..'),
			 ('Familjen Helsingborg', '1277', '2020/..'),
			 ('Flat Club', '1283', '../..'),
			 ('Flat Club', '12', '../..'),
			 ('Vague Body', '1283', '../..')) AS m(organisation, member, valid)
  ON o.name = m.organisation
WHERE d.uri = 'urn:test:fees';
INSERT INTO population (place, reference_date, inhabitants, source) VALUES
	('1283', '2018-12-31', 147734, 'test'),
	('1282', '2018-12-31', 45680, 'test'),
	('1284', '2018-12-31', 26985, 'test'),
	('1283', '2019-12-31', 149280, 'test'),
	('1260', '2019-01-01', 15642, 'test'),
	('1260', '2017-12-31', 15300, 'test');

SELECT organisation, member, rate, inhabitants, population_date, fee, fee_at_most, reason
FROM fee_schedule(2019);
-- What each member owes each organisation, and in all.
SELECT organisation, sum(fee) AS total, sum(fee_at_most) AS at_most, count(*) FILTER (WHERE fee IS NULL) AS unknown
FROM fee_schedule(2019) GROUP BY ROLLUP (organisation) ORDER BY organisation;
-- Before the current rule, and a year without population figures.
SELECT organisation, member, rate, fee, reason FROM fee_schedule(2015);
SELECT organisation, member, inhabitants, fee, reason FROM fee_schedule(2021) WHERE organisation = 'Familjen Helsingborg';

-- The suites after this one load documents of their own.
DELETE FROM document WHERE uri = 'urn:test:fees';
DELETE FROM organisation WHERE NOT registered;
DELETE FROM population WHERE source = 'test';
