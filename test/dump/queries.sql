-- queries.sql
--		The answers a copy of a skanecoop database must give the same as its
--		original: after pg_dump and pg_restore (test/dump/run.sh) and on a
--		logical replica (test/replication/run.sh).  Each run prints the
--		output of this file for both databases and compares them line by
--		line, so every query must order its rows completely.
--
-- For each table and view: the row count, labelled "count NAME", then
-- every row as text.  Other queries can be added anywhere; keep them
-- deterministic (ORDER BY every output column, COLLATE "C" for text).

SET search_path = skanecoop, pg_catalog;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 1;

-- Tables
SELECT 'count document', count(*) FROM document;
SELECT t::text FROM document t ORDER BY t.document_id;
SELECT 'count section', count(*) FROM section;
SELECT t::text FROM section t ORDER BY t.document_id, t.ordinal;
SELECT 'count fact', count(*) FROM fact;
SELECT t::text FROM fact t ORDER BY t.fact_id;
SELECT 'count organisation', count(*) FROM organisation;
SELECT t::text FROM organisation t ORDER BY t.organisation_id;
SELECT 'count organisation_name', count(*) FROM organisation_name;
SELECT t::text FROM organisation_name t ORDER BY t.name COLLATE "C", t.organisation_id;
SELECT 'count population', count(*) FROM population;
SELECT t::text FROM population t ORDER BY t.place COLLATE "C", t.reference_date;

-- Views over the facts
SELECT 'count membership', count(*) FROM membership;
SELECT t::text FROM membership t ORDER BY t::text COLLATE "C";
SELECT 'count member_count', count(*) FROM member_count;
SELECT t::text FROM member_count t ORDER BY t::text COLLATE "C";
SELECT 'count fee', count(*) FROM fee;
SELECT t::text FROM fee t ORDER BY t::text COLLATE "C";
SELECT 'count twin_town', count(*) FROM twin_town;
SELECT t::text FROM twin_town t ORDER BY t::text COLLATE "C";
