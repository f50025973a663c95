--
-- gazetteer: the municipalities and regions installed with the extension.
--
SET search_path = skanecoop, public;

-- Every municipality and region of Sweden, Denmark, Norway and Finland,
-- and Norway's merged away since 2000; every council of the United
-- Kingdom and Ireland, and those abolished since 2019 and 2014.
SELECT country, kind, valid_until IS NULL AS today, count(*)
FROM place GROUP BY country, kind, today ORDER BY country, kind, today;

-- Every municipality lies in a region or fylke of its own country, and
-- each region has the municipalities its statistics office lists.
SELECT r.country, r.official_code, r.name AS region, count(m.*) AS municipalities
FROM place r LEFT JOIN place m ON m.region = r.code AND m.country = r.country
WHERE r.kind IN ('region', 'fylke', 'maakunta') AND r.valid_until IS NULL
GROUP BY r.country, r.official_code, r.name ORDER BY r.country, r.official_code;
SELECT count(*) AS across_borders
FROM place m JOIN place r ON r.code = m.region WHERE r.country <> m.country;

-- Names and aliases lead to the same place, in every country's spelling.
SELECT n.name, n.variant, p.code, p.name AS official
FROM place_name n JOIN place p ON p.code = n.place
WHERE n.name IN ('Köge', 'Køge', 'Koege', 'Köpenhamn', 'Hälsingborg', 'Region Zealand', 'Skåne',
				 'Gothenburg', 'Tromsö', 'Trondhjem', 'Guovdageaidnu', 'Herøy (Nordland)')
ORDER BY n.name COLLATE "C";

-- Codes are text, unique across the countries; official codes are unique
-- within each.  1081-1083 are Blekinge's kommuner in Sweden and regions in
-- Denmark; 1860 is Laxå in Sweden and Vestvågøy in Norway; 03 is Uppsala
-- län and Oslo fylke.  1084 and 1085 name no place since 0.3.
SELECT code, official_code, country, kind, name FROM place
WHERE official_code IN ('101', '1081', '1083', '1084', '12', '1290', '1860', '03', '0301')
   OR code IN ('1084', '1085')
ORDER BY code COLLATE "C";

-- Official names found in any form, in the text of each country.
SELECT n AS name, place_code(n) AS swedish, place_code(n, 'DK') AS danish, place_code(n, 'NO') AS norwegian
FROM unnest(ARRAY['Malmös', 'Lunds kommun', 'Lund', 'Lund kommune', 'Københavns Kommune',
				  'Aarhus Kommune', 'Region Hovedstaden', 'Bornholms Regionskommune',
				  'Oslo kommune', 'Oslo fylke', 'Oslo', 'Bergens', 'Vestland fylkeskommune',
				  'Herøy', 'Herøy kommune', 'Våler (Østfold)', 'Vara', 'Nes kommune', 'Ski',
				  'Ronneby', 'Region Nordjylland', '1084']) AS n
ORDER BY n COLLATE "C";
SELECT place_code('Oslo', 'IS');
SELECT place_code(NULL, 'NO') IS NULL AS strict;

-- Finland: a municipality by its majority language's name, the other
-- national language's an alias; a name of places in Finland and Norway
-- (Sund) is the text's country's.
SELECT n AS name, place_code(n) AS swedish, place_code(n, 'FI') AS finnish,
	   place_code(n, 'NO') AS norwegian
FROM unnest(ARRAY['Vasa', 'Vaasa', 'Vasa stad', 'Jakobstad', 'Pietarsaari', 'Åbo',
				  'Korsholms kommun', 'Österbotten', 'Lapland', 'Sund', 'Ingå',
				  'Ingå kommun', 'Oslo']) AS n
ORDER BY n COLLATE "C";
SELECT code, official_code, name, country, kind, region FROM place
WHERE code IN ('FI-905', 'FI-598', 'FI-15', 'FI-21', 'FI-478') ORDER BY code COLLATE "C";

-- The councils of the United Kingdom and Ireland, by the name pages put
-- before "Council" and in every style English gives it; an English county
-- of two tiers is the region of its districts, a council of one tier has
-- none.  "Galway" is a city council and a county council: no place.
SELECT n AS name, place_code(n, 'GB') AS british, place_code(n, 'IE') AS irish,
	   place_code(n) AS swedish
FROM unnest(ARRAY['Bolton Council', 'Bolton Metropolitan Borough Council', 'Wigan''s',
				  'Kent County Council', 'Cheltenham Borough Council', 'London Borough of Barnet',
				  'Barnet', 'Galway', 'Galway City Council', 'Galway County Council',
				  'Dun Laoghaire Rathdown', 'Dorset Council', 'Rhondda Cynon Taff',
				  'Bolton Councillors']) AS n
ORDER BY n COLLATE "C";
SELECT code, official_code, name, country, kind, region,
	   to_char(valid_until, 'YYYY-MM-DD') AS valid_until
FROM place
WHERE code IN ('GB-E07000078', 'GB-E10000013', 'GB-E08000001', 'GB-E07000150',
			   'GB-E10000021', 'IE-G-CITY', 'IE-LK', 'IE-LK-CITY')
ORDER BY code COLLATE "C";
SELECT r.name AS county, count(m.*) AS districts
FROM place r JOIN place m ON m.region = r.code
WHERE r.kind = 'county' AND r.valid_until IS NULL AND m.valid_until IS NULL
  AND r.name IN ('Gloucestershire', 'Kent', 'Surrey')
GROUP BY r.name ORDER BY r.name;
SELECT place_code('Bolton', 'UK');
-- The BI view gives their codes and kinds whole.
SELECT code, kind, official_code, region_code, region_name FROM skanecoop_bi.places
WHERE code IN ('GB-E08000001', 'IE-G-COUNTY', 'GB-E07000078', 'IE-D-DLR')
ORDER BY code COLLATE "C";

-- Norway's places merged away: the day each ceased, and the fylke it lay
-- in on its last day, by name (today's Vestfold, NO-39, for Nøtterøy and
-- Tjøme, which ceased in 2018).  A name of today is never made ambiguous by one of
-- the past: "Hemnes" is Hemnes, not the genitive of Hemne.
SELECT code, name, kind, region, to_char(valid_until, 'YYYY-MM-DD') AS valid_until FROM place
WHERE code IN ('NO-0722', 'NO-0723', 'NO-04', 'NO-38', 'NO-5011', 'NO-0213')
ORDER BY code COLLATE "C";
SELECT n AS name, place_code(n, 'NO') AS norwegian
FROM unnest(ARRAY['Nøtterøy', 'Nøtterøy kommune', 'Hedmark fylkeskommune', 'Hemnes',
				  'Hemne kommune', 'Ski', 'Ski kommune']) AS n
ORDER BY n COLLATE "C";
SELECT count(*) FILTER (WHERE valid_until IS NOT NULL) AS merged_away,
	   count(*) FILTER (WHERE valid_until IS NOT NULL AND country <> 'NO') AS not_norwegian,
	   to_char(min(valid_until), 'YYYY-MM-DD') AS first_ceased,
	   to_char(max(valid_until), 'YYYY-MM-DD') AS last_ceased
FROM place;
SELECT name, country, kind, to_char(valid_until, 'YYYY-MM-DD') AS valid_until,
	   format_type(a.atttypid, a.atttypmod) AS kind_type
FROM skanecoop_bi.places,
	 (SELECT atttypid, atttypmod FROM pg_attribute
	  WHERE attrelid = 'skanecoop_bi.places'::regclass AND attname = 'kind') AS a
WHERE code IN ('NO-0722', 'FI-905', 'FI-15') ORDER BY code COLLATE "C";

-- Every place has its official name among its names, exactly once.
SELECT count(*) AS places_without_official_name
FROM place p
WHERE (SELECT count(*) FROM place_name n
	   WHERE n.place = p.code AND n.variant = 'official' AND n.name = p.name) <> 1;

-- The gazetteer belongs to the extension, so pg_dump does not dump its rows;
-- loaded data does get dumped.
SELECT c.relname, c.oid = ANY (e.extconfig) AS dumped
FROM pg_extension e, pg_class c
WHERE e.extname = 'skanecoop' AND c.relnamespace = e.extnamespace
  AND c.relname IN ('place', 'place_name', 'document', 'section')
ORDER BY c.relname;

-- Constraints keep the gazetteer consistent.
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('12345', '12345', 'Nowhere', 'SE', 'kommun', '12');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('9999', '9999', 'Nowhere', 'IS', 'kommun', '12');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('FI-999', '999', 'Nowhere', 'FI', 'kommun', 'FI-15');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('FI-9999', '9999', 'Nowhere', 'FI', 'kunta', 'FI-15');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('999', '999', 'Nowhere', 'FI', 'kunta', 'FI-15');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('FI-99', '99', 'Nowhere', 'FI', 'maakunta', 'FI-15');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('9999', '9999', 'Nowhere', 'SE', 'city', '12');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('NO-9999', '9999', 'Nowhere', 'NO', 'kommun', 'NO-03');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('9999', '9999', 'Nowhere', 'NO', 'kommune', 'NO-03');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('1099', '1099', 'Region Nowhere', 'DK', 'region', NULL);
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('DK-99', '099', 'Nowhere', 'DK', 'kommune', 'DK-1084');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('9999', '9998', 'Nowhere', 'SE', 'kommun', '12');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('9999', '9999', 'Nowhere', 'SE', 'kommun', NULL);
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('NO-99', '99', 'Nowhere', 'NO', 'fylke', 'NO-03');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('9999', '9999', 'Nowhere', 'SE', 'kommun', '77');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('9999', NULL, 'Nowhere', 'SE', 'kommun', '12');
-- A British council has ONS's code, an Irish one ISO's county letters;
-- only a district of two tiers lies in a county.
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('GB-E0800001', 'E0800001', 'Nowhere', 'GB', 'metropolitan district', NULL);
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('E08000099', 'E08000099', 'Nowhere', 'GB', 'metropolitan district', NULL);
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('GB-E08000099', 'E08000099', 'Nowhere', 'GB', 'kommune', NULL);
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('GB-E08000099', 'E08000099', 'Nowhere', 'GB', 'metropolitan district', 'GB-E10000016');
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('GB-E07000999', 'E07000999', 'Nowhere', 'GB', 'non-metropolitan district', NULL);
INSERT INTO place (code, official_code, name, country, kind, region)
VALUES ('IE-123', '123', 'Nowhere', 'IE', 'county council', NULL);
-- A code follows from its country, kind and official code, so official
-- codes stay unique within a country.
UPDATE place SET official_code = '1280' WHERE code = '1281';
INSERT INTO place_name VALUES ('Nowhere', '9999', 'official');
