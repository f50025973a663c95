--
-- analyst: what an analyst's first hour meets.  \df skanecoop.* lists the
-- analyst's functions only (support functions live in skanecoop_internal);
-- the BI views have amounts of scale 2, bounded names, dates of fees and a
-- bridge to the evidence; fee_schedule names the member; the timeline has
-- a legend, today's line, open and unknown ends and groups.
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;

-- Schema skanecoop holds the functions an analyst calls, and no other: a
-- function added there must be added to this list on purpose, and one
-- that analysts never call belongs in skanecoop_internal.
SELECT p.oid::regprocedure AS analyst_function, p.prokind
FROM pg_proc AS p
WHERE p.pronamespace = 'skanecoop'::regnamespace
ORDER BY p.proname, p.oid::regprocedure::text COLLATE "C";

-- skanecoop_internal belongs to the extension and holds its support
-- functions only: type input and output, operator, index, cast and
-- aggregate support, triggers and helpers.
SELECT n.nspname, pg_describe_object(d.classid, d.objid, 0) AS member_of_extension
FROM pg_namespace AS n
JOIN pg_depend AS d ON d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e'
WHERE n.nspname = 'skanecoop_internal';
SELECT count(*) AS internal_functions,
	   count(*) FILTER (WHERE NOT EXISTS (
		   SELECT FROM pg_depend AS d
		   WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')) AS not_members,
	   count(*) FILTER (WHERE p.prorettype = 'trigger'::regtype) AS triggers
FROM pg_proc AS p WHERE p.pronamespace = 'skanecoop_internal'::regnamespace;
-- No other kind of object lives there.
SELECT count(*) AS other_objects
FROM (SELECT oid FROM pg_class WHERE relnamespace = 'skanecoop_internal'::regnamespace
	  UNION ALL SELECT oid FROM pg_type WHERE typnamespace = 'skanecoop_internal'::regnamespace
	  UNION ALL SELECT oid FROM pg_operator WHERE oprnamespace = 'skanecoop_internal'::regnamespace) AS o;

-- With skanecoop_internal off the search path, the types, operators,
-- casts, aggregates and functions work as before.
SELECT '199X/..'::validity AS validity, '21,50 kr'::sek + '1 kr' AS sum_of_two,
	   date '2020-06-01'::validity AS from_date, validity(date '2020-06-01') AS cast_as_function,
	   '2019-01-01/2020-06-30'::validity::daterange AS as_daterange, daterange('2019-01-01/..'::validity) AS daterange_call, '12.50 kr'::sek::numeric AS as_numeric,
	   (SELECT avg(x) FROM unnest(ARRAY['1 kr', '2 kr']::sek[]) AS x) AS average,
	   '199X/..'::validity @> date '2000-01-01' AS certainly;
SELECT v, count(*) FROM unnest(ARRAY['2019', '2019-01-01/2019-12-31', '2020']::validity[]) AS v
GROUP BY v ORDER BY v;

-- A reader calls the functions whose helpers live in skanecoop_internal.
SET ROLE skanecoop_reader;
SELECT count(*) AS sosk_members FROM members_of('SÖSK', '2024-01-01');
SELECT * FROM members_of('Familjen Helsingborj');
SELECT substring(membership_timeline_svg('SÖSK') FROM '<title>[^<]*</title>') AS title;
RESET ROLE;

-- The BI views' types: amounts numeric(19,2), codes, vocabularies and
-- names bounded; no numeric without a scale, and no text where a name or a
-- code is.
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute AS a
JOIN pg_class AS c ON c.oid = a.attrelid
WHERE c.relnamespace = 'skanecoop_bi'::regnamespace AND a.attnum > 0
  AND a.atttypid IN ('numeric'::regtype, 'varchar'::regtype)
  AND c.relname <> 'column_descriptions'
ORDER BY c.relname, a.attnum;
SELECT c.relname, a.attname
FROM pg_attribute AS a
JOIN pg_class AS c ON c.oid = a.attrelid
WHERE c.relnamespace = 'skanecoop_bi'::regnamespace AND a.attnum > 0
  AND ((a.atttypid = 'numeric'::regtype AND a.atttypmod = -1)
	   OR (a.atttypid = 'text'::regtype
		   AND (a.attname ~ '(^|_)(code|name|kind|country|organisation|partner|member)$')))
ORDER BY 1, 2;

-- Fees with their amount to the öre and the dates they may start and end.
SELECT organisation, fee_id IS NOT NULL AS has_id, rate, amount_sek, validity, earliest_start,
	   latest_start, earliest_end, latest_end, still_valid
FROM skanecoop_bi.fees ORDER BY organisation, fee_id;

-- The bridge: each membership to every fact behind it, each fee rule and
-- member count to its own, with the quote, rule, document and revision.
SELECT m.organisation, m.member_name, e.subject, e.revision, e.publisher, e.stated_on, e.rule,
	   e.fact_id = ANY (mm.evidence) AS behind_it, left(e.quote, 40) AS quote
FROM skanecoop_bi.memberships AS m
JOIN skanecoop_bi.evidence AS e USING (membership_id)
JOIN skanecoop.membership AS mm USING (membership_id)
WHERE m.organisation = 'Familjen Helsingborg' AND m.member_name = 'Bjuv'
ORDER BY e.fact_id;
SELECT e.subject, count(*) AS rows,
	   count(*) FILTER (WHERE num_nonnulls(e.membership_id, e.fee_id, e.member_count_id) = 1) AS one_subject,
	   count(DISTINCT e.fact_id) AS facts, bool_and(e.quote IS NOT NULL) AS quoted
FROM skanecoop_bi.evidence AS e GROUP BY e.subject ORDER BY e.subject;
SELECT (SELECT sum(cardinality(evidence)) FROM skanecoop.membership) AS facts_behind_memberships,
	   (SELECT count(*) FROM skanecoop_bi.fees) AS fee_rules,
	   (SELECT count(*) FROM skanecoop_bi.member_counts) AS member_counts;
SELECT c.organisation, c.count, e.quote
FROM skanecoop_bi.member_counts AS c JOIN skanecoop_bi.evidence AS e USING (member_count_id)
WHERE c.organisation = 'Greater Copenhagen' ORDER BY c.count;

-- fee_schedule gives the member's name last, after the columns it had.
SELECT pg_get_function_result('fee_schedule(integer)'::regprocedure);
SELECT organisation, member, member_name, rate, fee, reason
FROM fee_schedule(2027) WHERE member_name IN ('Bjuv', 'Åstorp') ORDER BY member;
SELECT count(*) AS rows, count(*) FILTER (WHERE s.member_name = p.name) AS named
FROM fee_schedule(2027) AS s JOIN place AS p ON p.code = s.member;

-- Names are bounded in the BI views: a place name the gazetteer cannot
-- hold is refused, and an organisation's name of 129 characters or more,
-- which the loader never writes, is cut to 128 there (the table keeps it).
UPDATE place SET name = repeat('x', 65) WHERE code = '1260';
BEGIN;
INSERT INTO organisation (name) VALUES (repeat('Långt namn ', 12) || 'förbund');
SELECT length(o.name) AS in_table, length(b.name) AS in_view, format_type(a.atttypid, a.atttypmod)
FROM organisation AS o
JOIN skanecoop_bi.organisations AS b USING (organisation_id)
JOIN pg_attribute AS a ON a.attrelid = 'skanecoop_bi.organisations'::regclass AND a.attname = 'name'
WHERE o.name LIKE 'Långt namn%';
ROLLBACK;

-- The PostgreSQL ODBC driver leaves REMARKS empty: the descriptions are
-- in a view too, one row a column of every BI view.
SELECT count(*) AS columns, count(description) AS described, count(DISTINCT view_name) AS views,
	   count(*) = (SELECT count(*) FROM pg_attribute AS a JOIN pg_class AS c ON c.oid = a.attrelid
				   WHERE c.relnamespace = 'skanecoop_bi'::regnamespace AND c.relkind = 'v'
					 AND a.attnum > 0) AS every_column
FROM skanecoop_bi.column_descriptions;
SELECT view_name, column_name, data_type, description
FROM skanecoop_bi.column_descriptions
WHERE view_name = 'fees' AND column_name IN ('amount_sek', 'earliest_end', 'organisation')
ORDER BY ordinal_position;

-- The timeline: a legend, today's line where the axis shows it (and only
-- there), an arrow past the axis for every still valid membership, and
-- members grouped by region above 20, the year labels repeated on top.
SELECT o AS organisation,
	   (SELECT count(*) FROM regexp_matches(s, '<g class="legend"', 'g')) AS legend,
	   (SELECT count(*) FROM regexp_matches(s, '<g class="member">', 'g')) AS members,
	   (SELECT count(*) FROM regexp_matches(s, '<g class="group">', 'g')) AS groups,
	   (SELECT count(*) FROM regexp_matches(s, 'class="open-end"', 'g')) AS open_ends,
	   (SELECT count(*) FROM regexp_matches(s, '>2020</text>', 'g')) AS labels_2020,
	   substring(s FROM '>(today [0-9-]+)<') AS today,
	   xml_is_well_formed_document(s) AS well_formed
FROM unnest(ARRAY['Greater Copenhagen', 'Familjen Helsingborg', 'SÖSK']) AS o,
	 LATERAL membership_timeline_svg(o, today => '2026-11-01') AS s;
SELECT string_agg(m[1], ' | ' ORDER BY n) AS greater_copenhagen_groups
FROM regexp_matches(membership_timeline_svg('Greater Copenhagen'),
					'<g class="group"><text[^>]*>([^<]*)<', 'g') WITH ORDINALITY AS g(m, n);
-- today outside the axis draws no line; today by default is the current date
SELECT position('class="today"' IN membership_timeline_svg('SÖSK', '2000-01-01', '2010-12-31',
														  '2026-11-01')) AS outside,
	   membership_timeline_svg('SÖSK', '2000-01-01', '2030-12-31')
	   = membership_timeline_svg('SÖSK', '2000-01-01', '2030-12-31', current_date) AS by_default;

-- Unknown bounds are dotted grey with a "?", known spans hatched; the hover
-- text quotes the statement the period comes from.
INSERT INTO organisation (name) VALUES ('Okändförbundet');
INSERT INTO organisation_name (name, organisation_id, variant)
SELECT name, organisation_id, 'name' FROM organisation WHERE name = 'Okändförbundet';
INSERT INTO document (uri, title, format, sha256, loaded_at, updated_on, content)
VALUES ('urn:test:analyst', 'Test', 'text', sha256('analyst'), '2011-01-01 00:00+00', '2010-06-30', 'Test');
INSERT INTO fact (document_id, kind, organisation_id, organisation_name, member, valid,
				  byte_start, byte_end, quote, rule)
SELECT d.document_id, 'membership', o.organisation_id, o.name, m.member, m.valid::validity,
	   0, 4, m.quote, 'test'
FROM document AS d, organisation AS o,
	 (VALUES ('1275', '1985/', 'Perstorp gick med 1985'),
			 -- the undated statement comes first; the one with an end gives the period
			 ('1214', NULL, 'Svalöv nämns utan datum'),
			 ('1214', '/2009', 'Svalöv lämnade 2009'),
			 ('1276', '199X/..', 'Klippan sedan 1990-talet')) AS m(member, valid, quote)
WHERE d.uri = 'urn:test:analyst' AND o.name = 'Okändförbundet';
\pset format unaligned
\pset tuples_only on
SELECT regexp_replace(membership_timeline_svg('Okändförbundet', '1980-01-01', '2014-12-31', '2012-01-01'),
					  '><', E'>\n<', 'g');
\pset format aligned
\pset tuples_only off
DELETE FROM document WHERE uri = 'urn:test:analyst';
DELETE FROM organisation WHERE name = 'Okändförbundet';
