--
-- bounds: no single stored value makes a function or view fail for every
-- row; an argument out of range is an error of its own.
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;

-- A body whose one document was fetched in year 12000 (the loader now
-- refuses that, but the value can be stored by other means), and a body
-- whose members' populations are far beyond any municipality's.
INSERT INTO organisation (name) VALUES ('Framtidsförbundet'), ('Jätteförbundet'), ('Antikförbundet');
INSERT INTO organisation_name (name, organisation_id, variant)
SELECT name, organisation_id, 'name' FROM organisation
WHERE name IN ('Framtidsförbundet', 'Jätteförbundet', 'Antikförbundet');
INSERT INTO document (uri, title, format, sha256, fetched_at, loaded_at, content)
VALUES ('urn:test:bounds:future', 'Framtid', 'text', sha256('future'), '12000-01-01 00:00Z',
		'2024-01-01 00:00Z', 'Framtid'),
	   ('urn:test:bounds:giant', 'Jätte', 'text', sha256('giant'), NULL,
		'2024-01-01 00:00Z', 'Jätte'),
	   ('urn:test:bounds:antique', 'Antik', 'text', sha256('antique'), NULL,
		'2024-01-01 00:00Z', 'Antik');
INSERT INTO fact (document_id, kind, organisation_id, organisation_name, member, valid, rate,
				  byte_start, byte_end, quote, rule)
SELECT d.document_id, f.kind, o.organisation_id, o.name, f.member, f.valid::validity,
	   f.rate::fee_rate, 0, 4, f.quote, 'test'
FROM (VALUES ('urn:test:bounds:future', 'Framtidsförbundet', 'membership', '1260', NULL, NULL,
			  'Bjuv är medlem'),
			 ('urn:test:bounds:giant', 'Jätteförbundet', 'membership', '1276', '2020/..', NULL,
			  'Klippan sedan 2020'),
			 ('urn:test:bounds:giant', 'Jätteförbundet', 'membership', '1275', '2020/..', NULL,
			  'Perstorp sedan 2020'),
			 ('urn:test:bounds:giant', 'Jätteförbundet', 'fee', NULL, '2020/..',
			  '30.00 kr/invånare/år', E'Avgiften \x01 är 30 kr \uFFFE per invånare'),
			 ('urn:test:bounds:antique', 'Antikförbundet', 'membership', '1277', '0000/0002', NULL,
			  E'Åstorp \x1b[31m i forntiden \uFFFF'))
	 AS f(uri, organisation, kind, member, valid, rate, quote)
JOIN document AS d ON d.uri = f.uri
JOIN organisation AS o ON o.name = f.organisation;
INSERT INTO population (place, reference_date, inhabitants)
VALUES ('1276', '2030-12-31', 9223372036854775807), ('1275', '2030-12-31', 25000);

-- The document of year 12000 spoils no other body's answers ...
SELECT member_name, valid FROM members_of('Jätteförbundet', '2024-01-01');
SELECT organisation FROM organisations_of('Klippan', '2024-01-01')
WHERE organisation = 'Jätteförbundet';
SELECT source, count FROM member_count('Jätteförbundet', '2024-01-01');
SELECT xml_is_well_formed_document(membership_timeline_svg('Jätteförbundet')) AS timeline;
SELECT organisation, member_name, validity FROM skanecoop_bi.memberships
WHERE organisation IN ('Jätteförbundet', 'Framtidsförbundet') ORDER BY 1, 2;
SELECT organisation, member FROM fee_schedule(2031)
WHERE organisation = 'Jätteförbundet' ORDER BY member;
-- ... and its own membership is there, seen when it was loaded (a fetch
-- time after the load is not believed).
SELECT organisation, member, valid FROM membership WHERE organisation = 'Framtidsförbundet';
SELECT document_date, valid_as_read FROM current_fact WHERE organisation_name = 'Framtidsförbundet';
SELECT count(*) AS members FROM members_of('Framtidsförbundet', '2024-01-01', 'possible');

-- A population sek cannot price gives its row a NULL fee and a reason;
-- the other members' fees stand.
SELECT member, inhabitants, fee, fee_at_most, reason
FROM fee_schedule(2031) WHERE organisation = 'Jätteförbundet' ORDER BY member;
SELECT skanecoop_internal.annual_fee_in_range('30.00 kr/invånare/år', 9223372036854775807) AS giant,
	   skanecoop_internal.annual_fee_in_range('30.00 kr/invånare/år', 25000) AS small,
	   skanecoop_internal.annual_fee_in_range('30.00 kr/invånare/år', NULL) AS unknown,
	   skanecoop_internal.annual_fee_in_range('1000.00 kr/år', NULL) AS flat;

-- A year a fee schedule cannot be made for is an error that says so.
SELECT * FROM fee_schedule(0);
SELECT * FROM fee_schedule(-1);
SELECT * FROM fee_schedule(10000);
SELECT count(*) AS rows_for_year_1 FROM fee_schedule(1);
SELECT count(*) AS rows_for_year_9999 FROM fee_schedule(9999) WHERE organisation = 'Jätteförbundet';
SELECT count(*) AS rows_for_no_year FROM fee_schedule(NULL);

-- A timeline whose axis crosses year 0 (validity year 0000 is 1 BC), and
-- quotes with characters XML 1.0 forbids: the SVG is well-formed.
SELECT xml_is_well_formed_document(membership_timeline_svg('Antikförbundet')) AS well_formed,
	   substring(membership_timeline_svg('Antikförbundet') FROM '[0-9-]+ to [0-9-]+') AS axis,
	   membership_timeline_svg('Antikförbundet') ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]' AS forbidden_left;
SELECT xml_is_well_formed_document(membership_timeline_svg('Antikförbundet', '0010-01-01 BC', '0010-12-31'))
	AS well_formed_given_axis;
SELECT skanecoop_internal.svg_text(E'a\x01b\x08c\td\ne\rf\x1fg\uFFFEh\uFFFFi<&>"') AS escaped;

-- The planner's estimate of an && join clause stays cheap at the largest
-- statistics target: 10000 most common values and 10000 histogram entries
-- a side once took seconds to compare pair by pair.  The estimate stays
-- close to the 1.68 million rows the join returns (each 10-day period,
-- twice over, meets its 20 neighbours on either side).
CREATE TABLE bounds_left (v validity);
CREATE TABLE bounds_right (v validity);
INSERT INTO bounds_left
SELECT (to_char(date '1000-01-01' + i, 'YYYY-MM-DD') || '/'
		|| to_char(date '1000-01-11' + i, 'YYYY-MM-DD'))::validity
FROM generate_series(1, 20000) AS i, generate_series(1, 2) AS twice;
INSERT INTO bounds_right SELECT * FROM bounds_left;
ALTER TABLE bounds_left ALTER COLUMN v SET STATISTICS 10000;
ALTER TABLE bounds_right ALTER COLUMN v SET STATISTICS 10000;
ANALYZE bounds_left, bounds_right;
SELECT array_length(most_common_vals::text::text[], 1) AS common_values,
	   array_length(histogram_bounds::text::text[], 1) AS histogram_entries
FROM pg_stats WHERE tablename = 'bounds_left' AND attname = 'v';
DO $$
DECLARE
	started timestamptz := clock_timestamp();
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) SELECT * FROM bounds_left AS l JOIN bounds_right AS r ON l.v && r.v'
		INTO plan;
	RAISE NOTICE 'estimated within 500 ms: %; rows estimated within a factor 2: %',
		clock_timestamp() - started < interval '500 ms',
		(plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8 BETWEEN 840000 AND 3360000;
END
$$;
DROP TABLE bounds_left, bounds_right;

DELETE FROM population WHERE place IN ('1276', '1275') AND reference_date = '2030-12-31';
DELETE FROM document WHERE uri LIKE 'urn:test:bounds:%';
DELETE FROM organisation WHERE name IN ('Framtidsförbundet', 'Jätteförbundet', 'Antikförbundet');
