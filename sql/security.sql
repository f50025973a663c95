--
-- security: the extension cannot be subverted through search_path.
--
-- A database that still lets every user create objects in public (the
-- default before PostgreSQL 15, and still in databases upgraded from
-- then) lets an unprivileged user plant functions, operators and tables
-- there that shadow pg_catalog's or the extension's own for any session
-- whose search_path lists public early.  The extension's functions must
-- not run them: C functions run no SQL, and SQL functions carry their own
-- SET search_path.  The checks below look at the catalog, then plant
-- such objects and compare what the functions and views return with what
-- they returned before.
--

-- No function of the extension runs with its owner's rights.
SELECT p.oid::regprocedure AS security_definer
FROM pg_proc AS p
JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'skanecoop'
WHERE p.prosecdef;

-- Every function not written in C sets a search_path of pg_catalog and
-- pg_temp only (pg_temp last, so that it is never searched first).
SELECT p.oid::regprocedure AS unsafe_function, l.lanname, p.proconfig
FROM pg_proc AS p
JOIN pg_language AS l ON l.oid = p.prolang
JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'skanecoop'
WHERE l.lanname NOT IN ('c', 'internal')
  AND p.proconfig IS DISTINCT FROM ARRAY['search_path=pg_catalog, pg_temp'];

-- The checks above are not empty by accident: the extension has C
-- functions and SQL functions.
SELECT l.lanname, count(*) > 0 AS has_functions
FROM pg_proc AS p
JOIN pg_language AS l ON l.oid = p.prolang
JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'skanecoop'
WHERE l.lanname IN ('c', 'sql')
GROUP BY l.lanname ORDER BY l.lanname;

-- A fee rule, memberships, an area and populations for the fee schedule
-- and the views to answer from, stored as the loader stores them.
INSERT INTO skanecoop.organisation (name) VALUES ('Safe Club');
INSERT INTO skanecoop.document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:security', 'Samarbete', 'text', sha256('security'), '2024-01-01 00:00+00',
		'Samarbete');
INSERT INTO skanecoop.fact (document_id, kind, organisation_id, organisation_name, member, name,
							rate, valid, byte_start, byte_end, quote, rule)
SELECT d.document_id, f.kind, o.organisation_id, o.name, f.member, f.name,
	   f.rate::skanecoop.fee_rate, f.valid::skanecoop.validity, 0, 9, 'Samarbete', 'test'
FROM skanecoop.document AS d, skanecoop.organisation AS o,
	 (VALUES ('fee', NULL, NULL, '21 kr/invånare/år', '2016-01-01/..'),
			 ('membership', '1283', NULL, NULL, '1990/..'),
			 ('membership', '1282', NULL, NULL, '2019-07-01/..'),
			 ('membership', '1284', NULL, NULL, '../2019-06-30'),
			 ('area', NULL, 'Kollektivtrafik', NULL, NULL)) AS f(kind, member, name, rate, valid)
WHERE d.uri = 'urn:test:security' AND o.name = 'Safe Club';
INSERT INTO skanecoop.population (place, reference_date, inhabitants, source) VALUES
	('1283', '2018-12-31', 147734, 'security'),
	('1282', '2018-12-31', 45680, 'security'),
	('1284', '2019-01-01', 26985, 'security');

-- What the extension answers before anything is planted: the fee
-- schedule (an SQL function over the views), the views, and C functions.
CREATE TEMP TABLE answer (what text PRIMARY KEY, before text, after text);
CREATE TEMP VIEW answers AS
SELECT 'fee_schedule' AS what,
	   (SELECT md5(string_agg(f::text, ',' ORDER BY f::text)) FROM skanecoop.fee_schedule(2019) AS f) AS value
UNION ALL SELECT 'membership', (SELECT md5(string_agg(m::text, ',' ORDER BY m::text)) FROM skanecoop.membership AS m)
UNION ALL SELECT 'fee', (SELECT md5(string_agg(f::text, ',' ORDER BY f::text)) FROM skanecoop.fee AS f)
UNION ALL SELECT 'current_fact', (SELECT md5(string_agg(f::text, ',' ORDER BY f::text)) FROM skanecoop.current_fact AS f)
UNION ALL SELECT 'cooperation_area', (SELECT md5(string_agg(a::text, ',' ORDER BY a::text)) FROM skanecoop.cooperation_area AS a)
UNION ALL SELECT 'validity', ('199X/..'::skanecoop.validity)::text
UNION ALL SELECT 'possibly_overlaps', skanecoop.possibly_overlaps('2016/2018', '2019')::text
UNION ALL SELECT 'annual_fee', skanecoop.annual_fee('21 kr/invånare/år', 1000)::text
UNION ALL SELECT 'fee_for_period', skanecoop.fee_for_period('21 kr/invånare/år', 1000, '2019-07-01/..',
															  '2019-01-01', '2019-12-31')::text;
INSERT INTO answer (what, before) SELECT what, value FROM answers;
SELECT organisation, member, rate, inhabitants, population_date, fee, fee_at_most
FROM skanecoop.fee_schedule(2019) WHERE organisation = 'Safe Club';

-- An unprivileged user who may create objects in public, as every user
-- could before PostgreSQL 15, and may use the extension's types.
CREATE ROLE regress_skanecoop_intruder;
GRANT CREATE, USAGE ON SCHEMA public TO regress_skanecoop_intruder;
GRANT USAGE ON SCHEMA skanecoop TO regress_skanecoop_intruder;
SET ROLE regress_skanecoop_intruder;

-- Shadows of pg_catalog's functions and operators that the SQL of the
-- extension uses, each giving a wrong answer.
CREATE FUNCTION public.lower(text) RETURNS text
	LANGUAGE sql AS $$ SELECT 'planted' $$;
CREATE FUNCTION public.make_date(integer, integer, integer) RETURNS date
	LANGUAGE sql AS $$ SELECT date '1900-01-01' $$;
CREATE FUNCTION public.lpad(text, integer, text) RETURNS text
	LANGUAGE sql AS $$ SELECT '1900' $$;
CREATE FUNCTION public.format(text, text, integer) RETURNS text
	LANGUAGE sql AS $$ SELECT 'planted' $$;
CREATE FUNCTION public.planted_text_eq(text, text) RETURNS boolean
	LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.planted_text_eq);
CREATE FUNCTION public.planted_int4_minus(integer, integer) RETURNS integer
	LANGUAGE sql AS $$ SELECT $1 + $2 $$;
CREATE OPERATOR public.- (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.planted_int4_minus);
CREATE FUNCTION public.planted_date_minus(date, integer) RETURNS date
	LANGUAGE sql AS $$ SELECT date '1900-01-01' $$;
CREATE OPERATOR public.- (LEFTARG = date, RIGHTARG = integer, FUNCTION = public.planted_date_minus);

-- Shadows of the extension's own functions and tables.
CREATE FUNCTION public.possibly_overlaps(skanecoop.validity, skanecoop.validity) RETURNS boolean
	LANGUAGE sql AS $$ SELECT true $$;
CREATE FUNCTION public.intersection(skanecoop.validity, skanecoop.validity) RETURNS skanecoop.validity
	LANGUAGE sql AS $$ SELECT '../..'::skanecoop.validity $$;
CREATE FUNCTION public.basis(skanecoop.fee_rate) RETURNS text
	LANGUAGE sql AS $$ SELECT 'flat' $$;
CREATE FUNCTION public.fee_for_period(skanecoop.fee_rate, bigint, skanecoop.validity, date, date,
									  text DEFAULT 'certain', text DEFAULT 'öre')
	RETURNS skanecoop.sek LANGUAGE sql AS $$ SELECT '0 kr'::skanecoop.sek $$;
CREATE TABLE public.population (place text, reference_date date, inhabitants bigint);
INSERT INTO public.population VALUES ('1283', '2018-12-31', 1);
CREATE TABLE public.membership (organisation_id bigint, member text, valid skanecoop.validity);
CREATE TABLE public.fee (organisation_id bigint, fee_id bigint, rate skanecoop.fee_rate,
						 valid skanecoop.validity);
RESET ROLE;

-- The plants work: a query of the victim's own, unqualified, runs them.
SET search_path = public, pg_catalog, skanecoop;
SELECT lower('ABC') AS lower, 'a' = 'b' AS equal, 2019 - 1 AS minus,
	   make_date(2019, 1, 1) AS make_date,
	   possibly_overlaps('2016/2018'::skanecoop.validity, '2019'::skanecoop.validity) AS overlaps;

-- The extension's answers do not change, with public first or last.  (The
-- test's own comparisons name pg_catalog's operator: they are a victim's
-- queries too.)
UPDATE answer SET after = a.value FROM answers AS a WHERE a.what OPERATOR(pg_catalog.=) answer.what;
SELECT what, before IS NOT NULL AS answered, before OPERATOR(pg_catalog.=) after AS unchanged
FROM answer ORDER BY what;
SET search_path = skanecoop, public;
UPDATE answer SET after = NULL;
UPDATE answer SET after = a.value FROM answers AS a WHERE a.what OPERATOR(pg_catalog.=) answer.what;
SELECT count(*) AS changed FROM answer WHERE before IS DISTINCT FROM after;

-- Without their SET search_path, fee_schedule (the form without a time,
-- and the form with one that it calls) would run the planted operators:
-- the fees and populations it finds change.  (This is why the catalog
-- check above requires the setting.)
BEGIN;
ALTER FUNCTION skanecoop.fee_schedule(integer) RESET search_path;
ALTER FUNCTION skanecoop.fee_schedule(integer, timestamptz, boolean) RESET search_path;
SET LOCAL search_path = public, pg_catalog, skanecoop;
SELECT before OPERATOR(pg_catalog.=) value AS unchanged
FROM answer JOIN answers ON answer.what OPERATOR(pg_catalog.=) answers.what
WHERE answer.what OPERATOR(pg_catalog.=) 'fee_schedule';
ROLLBACK;

RESET search_path;
DROP OWNED BY regress_skanecoop_intruder;
DROP ROLE regress_skanecoop_intruder;
DROP VIEW answers;
DROP TABLE answer;
DELETE FROM skanecoop.document WHERE uri = 'urn:test:security';
DELETE FROM skanecoop.organisation WHERE name = 'Safe Club';
DELETE FROM skanecoop.population WHERE source = 'security';
