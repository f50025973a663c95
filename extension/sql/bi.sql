
-- bi.sql
--		Schema skanecoop_bi: plain views for BI tools and ODBC or JDBC
--		clients, which know only standard types.
--
-- Every column is text, date, daterange, numeric, integer, bigint,
-- boolean or timestamptz.  A validity appears as its text, the earliest
-- and latest possible start and end dates, the precision of each bound,
-- and the two readings as dateranges; an amount as numeric kronor.

CREATE SCHEMA skanecoop_bi;
COMMENT ON SCHEMA skanecoop_bi IS
	'Plain views of skanecoop''s data in standard types only, for BI tools and ODBC/JDBC clients';

CREATE VIEW skanecoop_bi.places AS
SELECT p.code, p.name, p.country, p.kind, p.region AS region_code, r.name AS region_name
FROM @extschema@.place AS p
LEFT JOIN @extschema@.place AS r ON r.code = p.region;
COMMENT ON VIEW skanecoop_bi.places IS
	'Municipalities and regions with their official codes, country, kind and region';

CREATE VIEW skanecoop_bi.organisations AS
SELECT o.organisation_id, o.name, o.kind,
	   (SELECT pg_catalog.string_agg(n.name, ', ' ORDER BY n.name)
		FROM @extschema@.organisation_name AS n
		WHERE n.organisation_id = o.organisation_id AND n.name <> o.name) AS other_names
FROM @extschema@.organisation AS o;
COMMENT ON VIEW skanecoop_bi.organisations IS
	'Cooperation bodies, their kind, and the other names they go by';

CREATE VIEW skanecoop_bi.memberships AS
SELECT m.organisation_id, m.organisation, m.member AS member_code, m.member_name,
	   m.valid::pg_catalog.text AS validity,
	   @extschema@.earliest_start(m.valid) AS earliest_start,
	   @extschema@.latest_start(m.valid) AS latest_start,
	   @extschema@.earliest_end(m.valid) AS earliest_end,
	   @extschema@.latest_end(m.valid) AS latest_end,
	   @extschema@.lower_precision(m.valid) AS start_precision,
	   @extschema@.upper_precision(m.valid) AS end_precision,
	   @extschema@.is_open(m.valid) AS still_valid,
	   @extschema@.certain_daterange(m.valid) AS certain_period,
	   @extschema@.possible_daterange(m.valid) AS possible_period,
	   m.derived,
	   m.documents::pg_catalog.int4 AS documents
FROM @extschema@.membership AS m;
COMMENT ON VIEW skanecoop_bi.memberships IS
	'Memberships merged over the current documents: a validity as its text, earliest and latest start and end dates (NULL where unbounded), precisions, and the certain and possible periods as dateranges';

CREATE VIEW skanecoop_bi.fees AS
SELECT f.organisation_id, f.organisation, f.rate::pg_catalog.text AS rate,
	   @extschema@.amount(f.rate)::pg_catalog.numeric AS amount_sek,
	   @extschema@.basis(f.rate) AS basis,
	   @extschema@.period(f.rate) AS period,
	   f.valid::pg_catalog.text AS validity,
	   @extschema@.earliest_start(f.valid) AS earliest_start,
	   @extschema@.latest_start(f.valid) AS latest_start,
	   f.document_date AS stated_on
FROM @extschema@.fee AS f;
COMMENT ON VIEW skanecoop_bi.fees IS
	'Fee rules the current documents state: the amount in kronor (NULL where unknown), per inhabitant or flat, per year, quarter or month';

CREATE VIEW skanecoop_bi.fee_schedule AS
SELECT y.year::pg_catalog.int4 AS year, s.organisation, s.member AS member_code,
	   p.name AS member_name, s.rate::pg_catalog.text AS rate, s.inhabitants,
	   s.population_date, s.fee::pg_catalog.numeric AS fee_sek,
	   s.fee_at_most::pg_catalog.numeric AS fee_at_most_sek, s.reason
FROM (SELECT DISTINCT pg_catalog.date_part('year', pop.reference_date)::pg_catalog.int4 + 1 AS year
	  FROM @extschema@.population AS pop) AS y,
	 LATERAL @extschema@.fee_schedule(y.year) AS s
LEFT JOIN @extschema@.place AS p ON p.code = s.member;
COMMENT ON VIEW skanecoop_bi.fee_schedule IS
	'What every member owes for each year that follows a year with population figures, in numeric kronor: fee_sek certainly, fee_at_most_sek at most';

CREATE VIEW skanecoop_bi.member_counts AS
SELECT c.organisation_id, c.organisation, c.count, c.counted,
	   c.valid::pg_catalog.text AS validity, c.document_date AS stated_on, d.publisher
FROM @extschema@.member_count AS c
JOIN @extschema@.document AS d ON d.document_id = c.document_id;
COMMENT ON VIEW skanecoop_bi.member_counts IS
	'Member counts the current documents state, with the date each document speaks for and its publisher';

CREATE VIEW skanecoop_bi.twin_towns AS
SELECT t.municipality AS municipality_code, t.municipality_name, t.partner,
	   t.partner_place AS partner_code, t.partner_country, t.relation,
	   t.valid::pg_catalog.text AS validity, t.document_date AS stated_on
FROM @extschema@.twin_town AS t;
COMMENT ON VIEW skanecoop_bi.twin_towns IS
	'Twin towns and cooperation agreements abroad that the current documents state';

CREATE VIEW skanecoop_bi.documents AS
SELECT d.document_id, d.uri, d.publisher, d.title, d.format,
	   pg_catalog.encode(d.sha256, 'hex') AS sha256, d.fetched_at, d.published_on, d.updated_on,
	   d.loaded_at, d.superseded_at, d.superseded_at IS NULL AS current,
	   (SELECT pg_catalog.count(*) FROM @extschema@.section AS s
		WHERE s.document_id = d.document_id)::pg_catalog.int4 AS sections,
	   pg_catalog.length(d.content) AS characters
FROM @extschema@.document AS d;
COMMENT ON VIEW skanecoop_bi.documents IS
	'Every revision of every source document, whether it is current, and its size';

CREATE VIEW skanecoop_bi.facts AS
SELECT f.fact_id, f.kind, o.name AS organisation, f.organisation_name AS organisation_as_written,
	   f.member AS member_code, COALESCE(p.name, f.member_name) AS member_name, f.derived,
	   f.municipality AS municipality_code, f.partner, f.partner_country, f.relation, f.name,
	   f.valid::pg_catalog.text AS validity,
	   @extschema@.earliest_start(f.valid) AS earliest_start,
	   @extschema@.latest_start(f.valid) AS latest_start,
	   @extschema@.earliest_end(f.valid) AS earliest_end,
	   @extschema@.latest_end(f.valid) AS latest_end,
	   f.rate::pg_catalog.text AS rate,
	   @extschema@.amount(f.rate)::pg_catalog.numeric AS amount_sek,
	   f.count, d.uri AS document_uri, d.publisher,
	   COALESCE(d.updated_on, d.published_on, (d.fetched_at AT TIME ZONE 'UTC')::date,
				(d.loaded_at AT TIME ZONE 'UTC')::date) AS stated_on,
	   d.superseded_at IS NULL AS current, f.byte_start, f.byte_end, f.quote, f.rule, f.warning
FROM @extschema@.fact AS f
JOIN @extschema@.document AS d ON d.document_id = f.document_id
LEFT JOIN @extschema@.organisation AS o ON o.organisation_id = f.organisation_id
LEFT JOIN @extschema@.place AS p ON p.code = f.member;
COMMENT ON VIEW skanecoop_bi.facts IS
	'One row per fact of every document revision, with its evidence (document, byte range, quote, rule) and whether its revision is current';

CREATE VIEW skanecoop_bi.population AS
SELECT pop.place AS code, p.name, pop.reference_date, pop.inhabitants, pop.source
FROM @extschema@.population AS pop
JOIN @extschema@.place AS p ON p.code = pop.place;
COMMENT ON VIEW skanecoop_bi.population IS
	'Inhabitants of each place on each reference date';
