--
-- bi: the plain views for BI tools use standard types only, and say what
-- the extension's types say.
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;

-- No column of skanecoop_bi has a type outside pg_catalog.
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relnamespace = 'skanecoop_bi'::regnamespace AND a.attnum > 0
  AND t.typnamespace <> 'pg_catalog'::regnamespace;
SELECT format_type(a.atttypid, a.atttypmod) AS type, count(*) AS columns
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'skanecoop_bi'::regnamespace AND a.attnum > 0
GROUP BY 1 ORDER BY 1;
SELECT c.relname, obj_description(c.oid, 'pg_class') IS NOT NULL AS commented
FROM pg_class c WHERE c.relnamespace = 'skanecoop_bi'::regnamespace ORDER BY 1;

-- A validity as dates, precisions and the two readings.
SELECT organisation, member_name, validity, earliest_start, latest_start, earliest_end,
	   latest_end, start_precision, end_precision, still_valid, certain_period, possible_period
FROM skanecoop_bi.memberships
WHERE member_name IN ('Bjuv', 'Ystad') AND NOT derived
ORDER BY organisation, member_name;

-- Fees as numeric kronor, and what members owe in 2023 from 2022's figures.
SELECT organisation, rate, amount_sek, basis, period, validity, stated_on FROM skanecoop_bi.fees;
SELECT year, organisation, member_name, inhabitants, population_date, fee_sek, fee_at_most_sek, reason
FROM skanecoop_bi.fee_schedule
WHERE year = 2023 AND member_name IN ('Bjuv', 'Helsingborg', 'Landskrona')
ORDER BY member_name;
SELECT year, count(*), sum(fee_at_most_sek) FROM skanecoop_bi.fee_schedule GROUP BY year ORDER BY year;

-- Counts, twin towns, documents, and facts with their evidence.
SELECT organisation, count, counted, validity, stated_on, publisher
FROM skanecoop_bi.member_counts ORDER BY organisation, count, validity COLLATE "C", publisher;
SELECT * FROM skanecoop_bi.twin_towns ORDER BY partner;
SELECT uri, publisher, title, format, published_on, updated_on, current, sections, characters
FROM skanecoop_bi.documents ORDER BY uri;
SELECT kind, count(*), count(*) FILTER (WHERE current) AS current,
	   bool_and(quote IS NOT NULL AND document_uri IS NOT NULL) AS with_evidence
FROM skanecoop_bi.facts GROUP BY kind ORDER BY kind;
SELECT code, name, reference_date, inhabitants FROM skanecoop_bi.population
WHERE code IN ('1260', '1380', '101') ORDER BY code, reference_date;
SELECT code, name, country, kind, region_code, region_name FROM skanecoop_bi.places
WHERE code IN ('12', '1260', '259') ORDER BY code;
SELECT name, kind, other_names FROM skanecoop_bi.organisations ORDER BY name COLLATE "C";
