
-- gazetteer.sql
--		The municipalities and regions the documents speak of, with their
--		official codes and the names they go by.
--
-- The rows come from data/reference/municipalities.csv (Statistics Sweden
-- and Statistics Denmark codes) through gazetteer_data.sql, which the
-- Makefile generates.  They belong to the extension, not to loaded data,
-- so pg_dump does not dump them: CREATE EXTENSION recreates them.  Codes
-- are text and unique across both countries: Danish municipality codes
-- have three digits, Swedish four, regions two (Swedish counties) or four
-- (Danish regions).

CREATE TABLE @extschema@.place (
	code		text PRIMARY KEY CHECK (code ~ '^[0-9]{2,4}$'),
	name		text NOT NULL,
	country		text NOT NULL CHECK (country IN ('SE', 'DK')),
	kind		text NOT NULL CHECK (kind IN ('kommun', 'kommune', 'region')),
	region		text REFERENCES @extschema@.place (code),
	CONSTRAINT place_region_check CHECK ((kind = 'region') = (region IS NULL))
);
COMMENT ON TABLE @extschema@.place IS
	'Municipalities and regions with their official codes; region is NULL for a region itself';
COMMENT ON COLUMN @extschema@.place.code IS
	'Official code: SCB kommunkod or länskod (Sweden), Danmarks Statistik kommunekode or regionskode (Denmark)';
COMMENT ON COLUMN @extschema@.place.name IS
	'Short name without "kommun", "kommune" or "stad"';
COMMENT ON COLUMN @extschema@.place.kind IS
	'kommun (Swedish municipality), kommune (Danish municipality) or region';
COMMENT ON COLUMN @extschema@.place.region IS
	'Code of the region a municipality lies in';

CREATE TABLE @extschema@.place_name (
	name		text NOT NULL,
	place		text NOT NULL REFERENCES @extschema@.place (code),
	variant		text NOT NULL CHECK (variant IN ('official', 'alias')),
	PRIMARY KEY (name, place)
);
CREATE INDEX place_name_place_idx ON @extschema@.place_name (place);
COMMENT ON TABLE @extschema@.place_name IS
	'Every name a place goes by: its official short name and aliases (exonyms, historical and ASCII spellings)';
