
-- places.sql
--		Every municipality and region of Sweden, Denmark, Norway and
--		Finland, and Norway's merged away since 2000, and every council of
--		the United Kingdom and Ireland (0.3): codes that stay unique across
--		the countries, each place's official code, the day a place ceased
--		to exist, and the rows of places_data.sql.
--
-- Up to 0.2 the gazetteer held the Greater Copenhagen area, whose official
-- codes did not collide.  Those of the three countries do: Denmark's
-- regions are 1081-1085 and Blekinge's kommuner 1081-1083 (Ronneby,
-- Karlshamn, Sölvesborg); Norway numbers its kommuner with four digits and
-- its fylker with two, as Sweden its kommuner and län.  So place.code, the
-- key stored facts and populations refer to, stays the bare official code
-- where no collision can arise, Swedish places ('1280', '12') and Danish
-- municipalities ('101'), and is the country and the official code for
-- Danish regions and every Norwegian, Finnish, British and Irish place
-- ('DK-1084', 'NO-0301', 'NO-03', 'FI-091', 'FI-15', 'GB-E08000001');
-- official_code holds the official code alone.
--
-- Finland's places serve the bodies that cross its borders (Kvarkenrådet,
-- Tornedalsrådet).  Norway's municipalities and fylker merged away since
-- 2000 (Nøtterøy, Hedmark) serve the pages written before: valid_until is
-- the first day such a place no longer existed, NULL for every place of
-- today.  The councils of the United Kingdom (ONS's GSS codes) and
-- Ireland serve the English pages about their joint bodies; an English
-- county of two tiers is the region of its districts, and a council of
-- one tier has none; those abolished since 2019 have their valid_until.
--
-- 0.2 stored Region Hovedstaden and Region Sjælland as '1084' and '1085'.
-- They become 'DK-1084' and 'DK-1085' everywhere they are stored (the same
-- places, so every stored value keeps its meaning); '1084' and '1085' then
-- name no place: no Swedish code uses them.

ALTER TABLE @extschema@.place
	DROP CONSTRAINT place_code_check,
	DROP CONSTRAINT place_country_check,
	DROP CONSTRAINT place_kind_check,
	DROP CONSTRAINT place_region_check,
	ADD COLUMN official_code text,
	ADD COLUMN valid_until date;

-- Each Danish region of 0.2 (a Danish region with a bare code) gets a row
-- under its new code; what refers to the old row is moved to the new one,
-- and the old row goes.
INSERT INTO @extschema@.place (code, name, country, kind, region)
SELECT 'DK-' || p.code, p.name, p.country, p.kind, NULL
FROM @extschema@.place AS p
WHERE p.country = 'DK' AND p.kind = 'region' AND p.code OPERATOR(pg_catalog.~) '^[0-9]+$';
DO $$
DECLARE
	ref record;
BEGIN
	FOR ref IN SELECT * FROM (VALUES ('place', 'region'), ('place_name', 'place'), ('fact', 'member'),
									 ('fact', 'municipality'), ('fact', 'partner_place'),
									 ('population', 'place')) AS r (tab, col)
	LOOP
		EXECUTE pg_catalog.format(
			'UPDATE @extschema@.%1$I AS t SET %2$I = ''DK-'' || o.code
			 FROM @extschema@.place AS o
			 WHERE o.code = t.%2$I AND o.country = ''DK'' AND o.kind = ''region''
			   AND o.code OPERATOR(pg_catalog.~) ''^[0-9]+$''', ref.tab, ref.col);
	END LOOP;
END
$$;
DELETE FROM @extschema@.place AS p
WHERE p.country = 'DK' AND p.kind = 'region' AND p.code OPERATOR(pg_catalog.~) '^[0-9]+$';

UPDATE @extschema@.place
SET official_code = pg_catalog.regexp_replace(code, '^(DK|NO)-', '');

ALTER TABLE @extschema@.place
	ALTER COLUMN official_code SET NOT NULL,
	ADD CONSTRAINT place_country_check CHECK (country IN ('SE', 'DK', 'NO', 'FI', 'GB', 'IE')),
	ADD CONSTRAINT place_kind_check CHECK (kind = ANY (CASE country
		WHEN 'SE' THEN ARRAY['kommun', 'region']
		WHEN 'DK' THEN ARRAY['kommune', 'region']
		WHEN 'NO' THEN ARRAY['kommune', 'fylke']
		WHEN 'FI' THEN ARRAY['kunta', 'maakunta']
		WHEN 'GB' THEN ARRAY['county', 'unitary authority', 'metropolitan district',
							 'London borough', 'non-metropolitan district', 'council area',
							 'principal area', 'district']
		WHEN 'IE' THEN ARRAY['county council', 'city council', 'city and county council'] END)),
	ADD CONSTRAINT place_official_code_check CHECK (official_code OPERATOR(pg_catalog.~) CASE
		WHEN kind = 'kommun' THEN '^[0-9]{4}$'
		WHEN kind = 'region' AND country = 'SE' THEN '^[0-9]{2}$'
		WHEN kind = 'region' THEN '^[0-9]{4}$'
		WHEN kind = 'kommune' AND country = 'DK' THEN '^[1-9][0-9]{2}$'
		WHEN kind = 'kommune' THEN '^[0-9]{4}$'
		WHEN kind = 'fylke' THEN '^[0-9]{2}$'
		WHEN kind = 'kunta' THEN '^[0-9]{3}$'
		WHEN kind = 'maakunta' THEN '^[0-9]{2}$'
		WHEN country = 'GB' THEN '^[ENSW][0-9]{8}$'
		WHEN country = 'IE' THEN '^[A-Z]{1,2}(-[A-Z]+)?$' END),
	ADD CONSTRAINT place_code_check CHECK (code = CASE
		WHEN country IN ('NO', 'FI', 'GB', 'IE') OR (country = 'DK' AND kind = 'region')
		THEN country || '-'
		ELSE '' END || official_code),
	ADD CONSTRAINT place_region_check CHECK (CASE
		WHEN country IN ('GB', 'IE') THEN (kind = 'non-metropolitan district') = (region IS NOT NULL)
		ELSE (kind IN ('region', 'fylke', 'maakunta')) = (region IS NULL) END),
	ADD CONSTRAINT place_official_code_key UNIQUE (country, official_code);

COMMENT ON TABLE @extschema@.place IS
	'Every municipality and region of Sweden, Denmark, Norway and Finland, those of Norway merged away since 2000, and every council of the United Kingdom and Ireland, those abolished since 2019 (2014 in Ireland) too, with its official code; region is NULL for a region, fylke, maakunta, county or council of one tier';
COMMENT ON COLUMN @extschema@.place.code IS
	'The gazetteer''s code, unique across the countries: the official code of Swedish places and Danish municipalities (1280, 12, 101), DK-, NO-, FI-, GB- or IE- and the official code of Danish regions and Norwegian, Finnish, British and Irish places (DK-1084, NO-0301, NO-03, FI-091, FI-15, GB-E08000001)';
COMMENT ON COLUMN @extschema@.place.official_code IS
	'Official code, unique within the country: SCB kommunkod or länskod, Danmarks Statistik kommunekode or regionskode, SSB kommunenummer or fylkesnummer, Statistics Finland kuntanumero or maakuntanumero, ONS GSS code, or for an Irish council ISO 3166-2:IE''s county letters with a suffix where a county has two (CO-CITY, D-DLR)';
COMMENT ON COLUMN @extschema@.place.country IS
	'SE (Sweden), DK (Denmark), NO (Norway), FI (Finland), GB (United Kingdom) or IE (Ireland)';
COMMENT ON COLUMN @extschema@.place.name IS
	'Short name without "kommun", "kommune", "stad", "fylke" or "Council"; a Finnish place''s in its majority language';
COMMENT ON COLUMN @extschema@.place.kind IS
	'kommun (Swedish municipality), kommune (Danish or Norwegian municipality), region (Swedish or Danish region), fylke (Norwegian county), kunta (Finnish municipality), maakunta (Finnish region); a British council''s kind as ONS names it (county, unitary authority, metropolitan district, London borough, non-metropolitan district, council area, principal area, district); an Irish one''s (county council, city council, city and county council)';
COMMENT ON COLUMN @extschema@.place.region IS
	'Code of the region, fylke or maakunta a municipality lies in, or of the English county a non-metropolitan district lies in (for a place that no longer exists, the one it lay in on its last day, by its name: where that fylke''s name lives on, today''s fylke of the name, so Nøtterøy''s Vestfold is NO-39)';
COMMENT ON COLUMN @extschema@.place.valid_until IS
	'The first day the place no longer existed (merged or split); NULL for a place of today';
COMMENT ON TABLE @extschema@.population IS
	'Inhabitants of a municipality or region on a reference date, as published by a statistics office';

CREATE OR REPLACE VIEW skanecoop_bi.places AS
SELECT p.code, p.name, p.country, p.kind, p.region AS region_code, r.name AS region_name,
	   p.official_code
FROM @extschema@.place AS p
LEFT JOIN @extschema@.place AS r ON r.code = p.region;
COMMENT ON VIEW skanecoop_bi.places IS
	'Municipalities, regions, fylker, maakunta and British and Irish councils with their codes, country, kind and region';
COMMENT ON COLUMN skanecoop_bi.places.code IS
	'The gazetteer''s code (place.code): the official code, with DK-, NO-, FI-, GB- or IE- for Danish regions and Norwegian, Finnish, British and Irish places';
COMMENT ON COLUMN skanecoop_bi.places.name IS
	'Short name without "kommun", "kommune", "stad", "fylke" or "Council"';
COMMENT ON COLUMN skanecoop_bi.places.country IS
	'SE, DK, NO, FI, GB or IE';
COMMENT ON COLUMN skanecoop_bi.places.kind IS
	'kommun, kommune, region, fylke, kunta or maakunta; for British and Irish councils the kind place.kind names';
COMMENT ON COLUMN skanecoop_bi.places.region_code IS
	'Code of the region, fylke, maakunta or English county the place lies in; NULL for a region, fylke, maakunta, county or council of one tier';
COMMENT ON COLUMN skanecoop_bi.places.official_code IS
	'Official code, unique within the country (SCB, Danmarks Statistik, SSB, Statistics Finland, ONS; Irish councils by ISO 3166-2:IE county letters)';

CREATE FUNCTION @extschema@.place_code(name pg_catalog.text, country pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'place_code_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.place_code(pg_catalog.text, pg_catalog.text) IS
	'The gazetteer code of a place named in any form documents use, read as text of that country (SE, DK, NO, FI, GB or IE) reads it: the country decides between places of one name in different countries (Lund); NULL if no place, or more than one, has that name';
COMMENT ON FUNCTION @extschema@.place_code(pg_catalog.text) IS
	'The gazetteer code of a place named in any form documents use (any case, genitive, "kommun"/"kommune"/"stad"/"fylke"/"Council" suffixes, Swedish, Danish, Norwegian and English spellings), read as Swedish text reads it (Lund is Lund in Skåne); NULL if no place, or more than one, has that name';
