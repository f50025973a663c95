--
-- gazetteer: the municipalities and regions installed with the extension.
--
SET search_path = skanecoop, public;

-- 39 Swedish and 46 Danish municipalities, 4 regions.
SELECT country, kind, count(*) FROM place GROUP BY country, kind ORDER BY country, kind;

-- Every municipality lies in one of the four regions.
SELECT r.name AS region, count(m.*) AS municipalities
FROM place r LEFT JOIN place m ON m.region = r.code
WHERE r.kind = 'region'
GROUP BY r.name ORDER BY r.name;

-- Names and aliases lead to the same place, in either country's spelling.
SELECT n.name, n.variant, p.code, p.name AS official
FROM place_name n JOIN place p ON p.code = n.place
WHERE n.name IN ('Köge', 'Køge', 'Koege', 'Köpenhamn', 'Hälsingborg', 'Region Zealand', 'Skåne')
ORDER BY n.name COLLATE "C";

-- Codes are text: Danish codes keep their three digits.
SELECT code, name FROM place WHERE code IN ('101', '1084', '12', '1290') ORDER BY code;

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
INSERT INTO place VALUES ('12345', 'Nowhere', 'SE', 'kommun', '12');
INSERT INTO place VALUES ('9999', 'Nowhere', 'NO', 'kommun', '12');
INSERT INTO place VALUES ('9999', 'Nowhere', 'SE', 'city', '12');
INSERT INTO place VALUES ('9999', 'Nowhere', 'SE', 'kommun', NULL);
INSERT INTO place VALUES ('99', 'Region Nowhere', 'SE', 'region', '12');
INSERT INTO place VALUES ('9999', 'Nowhere', 'SE', 'kommun', '77');
INSERT INTO place_name VALUES ('Nowhere', '9999', 'official');
