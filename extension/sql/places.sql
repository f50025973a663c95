
-- places.sql
--		Every municipality and region of Sweden, Denmark, Norway and
--		Finland, and Norway's merged away since 2000 (0.3): codes that stay
--		unique across the four countries, each place's official code, the
--		day a place ceased to exist, and the rows of places_data.sql.
--
-- Up to 0.2 the gazetteer held the Greater Copenhagen area, whose official
-- codes did not collide.  Those of the three countries do: Denmark's
-- regions are 1081-1085 and Blekinge's kommuner 1081-1083 (Ronneby,
-- Karlshamn, Sölvesborg); Norway numbers its kommuner with four digits and
-- its fylker with two, as Sweden its kommuner and län.  So place.code, the
-- key stored facts and populations refer to, stays the bare official code
-- where no collision can arise, Swedish places ('1280', '12') and Danish
-- municipalities ('101'), and is the country and the official code for
-- Danish regions and every Norwegian and Finnish place ('DK-1084',
-- 'NO-0301', 'NO-03', 'FI-091', 'FI-15'); official_code holds the
-- official code alone.
--
-- Finland's places serve the bodies that cross its borders (Kvarkenrådet,
-- Tornedalsrådet).  Norway's municipalities and fylker merged away since
-- 2000 (Nøtterøy, Hedmark) serve the pages written before: valid_until is
-- the first day such a place no longer existed, NULL for every place of
-- today.
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
	ADD CONSTRAINT place_country_check CHECK (country IN ('SE', 'DK', 'NO', 'FI')),
	ADD CONSTRAINT place_kind_check CHECK (kind = ANY (CASE country
		WHEN 'SE' THEN ARRAY['kommun', 'region']
		WHEN 'DK' THEN ARRAY['kommune', 'region']
		WHEN 'NO' THEN ARRAY['kommune', 'fylke']
		WHEN 'FI' THEN ARRAY['kunta', 'maakunta'] END)),
	ADD CONSTRAINT place_official_code_check CHECK (official_code OPERATOR(pg_catalog.~) CASE
		WHEN kind = 'kommun' THEN '^[0-9]{4}$'
		WHEN kind = 'region' AND country = 'SE' THEN '^[0-9]{2}$'
		WHEN kind = 'region' THEN '^[0-9]{4}$'
		WHEN kind = 'kommune' AND country = 'DK' THEN '^[1-9][0-9]{2}$'
		WHEN kind = 'kommune' THEN '^[0-9]{4}$'
		WHEN kind = 'fylke' THEN '^[0-9]{2}$'
		WHEN kind = 'kunta' THEN '^[0-9]{3}$'
		WHEN kind = 'maakunta' THEN '^[0-9]{2}$' END),
	ADD CONSTRAINT place_code_check CHECK (code = CASE
		WHEN country IN ('NO', 'FI') OR (country = 'DK' AND kind = 'region') THEN country || '-'
		ELSE '' END || official_code),
	ADD CONSTRAINT place_region_check CHECK ((kind IN ('region', 'fylke', 'maakunta')) = (region IS NULL)),
	ADD CONSTRAINT place_official_code_key UNIQUE (country, official_code);

COMMENT ON TABLE @extschema@.place IS
	'Every municipality and region of Sweden, Denmark, Norway and Finland, and those of Norway merged away since 2000, with its official code; region is NULL for a region, fylke or maakunta itself';
COMMENT ON COLUMN @extschema@.place.code IS
	'The gazetteer''s code, unique across the four countries: the official code of Swedish places and Danish municipalities (1280, 12, 101), DK-, NO- or FI- and the official code of Danish regions and Norwegian and Finnish places (DK-1084, NO-0301, NO-03, FI-091, FI-15)';
COMMENT ON COLUMN @extschema@.place.official_code IS
	'Official code, unique within the country: SCB kommunkod or länskod, Danmarks Statistik kommunekode or regionskode, SSB kommunenummer or fylkesnummer, Statistics Finland kuntanumero or maakuntanumero';
COMMENT ON COLUMN @extschema@.place.country IS
	'SE (Sweden), DK (Denmark), NO (Norway) or FI (Finland)';
COMMENT ON COLUMN @extschema@.place.name IS
	'Short name without "kommun", "kommune", "stad" or "fylke"; a Finnish place''s in its majority language';
COMMENT ON COLUMN @extschema@.place.kind IS
	'kommun (Swedish municipality), kommune (Danish or Norwegian municipality), region (Swedish or Danish region), fylke (Norwegian county), kunta (Finnish municipality) or maakunta (Finnish region)';
COMMENT ON COLUMN @extschema@.place.region IS
	'Code of the region, fylke or maakunta a municipality lies in (for a place that no longer exists, the one it lay in on its last day, by its name: where that fylke''s name lives on, today''s fylke of the name, so Nøtterøy''s Vestfold is NO-39)';
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
	'Municipalities, regions, fylker and maakunta with their codes, country, kind and region, and the day those that no longer exist ceased';
COMMENT ON COLUMN skanecoop_bi.places.code IS
	'The gazetteer''s code (place.code): the official code, with DK-, NO- or FI- for Danish regions and Norwegian and Finnish places';
COMMENT ON COLUMN skanecoop_bi.places.name IS
	'Short name without "kommun", "kommune", "stad" or "fylke"';
COMMENT ON COLUMN skanecoop_bi.places.country IS
	'SE, DK, NO or FI';
COMMENT ON COLUMN skanecoop_bi.places.kind IS
	'kommun, kommune, region, fylke, kunta or maakunta';
COMMENT ON COLUMN skanecoop_bi.places.region_code IS
	'Code of the region, fylke or maakunta the municipality lies in; NULL for a region, fylke or maakunta';
COMMENT ON COLUMN skanecoop_bi.places.official_code IS
	'Official code, unique within the country (SCB, Danmarks Statistik, SSB, Statistics Finland)';

CREATE FUNCTION @extschema@.place_code(name pg_catalog.text, country pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'place_code_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.place_code(pg_catalog.text, pg_catalog.text) IS
	'The gazetteer code of a place named in any form documents use, read as text of that country (SE, DK, NO or FI) reads it: the country decides between places of one name in different countries (Lund); NULL if no place, or more than one, has that name';
COMMENT ON FUNCTION @extschema@.place_code(pg_catalog.text) IS
	'The gazetteer code of a place named in any form documents use (any case, genitive, "kommun"/"kommune"/"stad"/"fylke" suffixes, Swedish, Danish, Norwegian and English spellings), read as Swedish text reads it (Lund is Lund in Skåne); NULL if no place, or more than one, has that name';
