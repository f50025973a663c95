--
-- coverage: which loaded documents speak of a place or an organisation,
-- so that "no rows" can be told from "not known" (data of extract_seeds).
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;

-- Ystad has no twin towns in the loaded documents ...
SELECT count(*) AS twin_towns FROM twin_towns('Ystad');
-- ... but four documents speak of it: one names it, three count it among
-- members they do not name (named is false there).
SELECT document_id, title, stated_on, named, kinds, facts FROM coverage('Ystad');
-- The same in the forms documents write it.
SELECT (SELECT array_agg(document_id) FROM coverage(n)) AS documents, n AS written
FROM unnest(ARRAY['Ystads kommun', 'YSTAD', 'Ystads']) AS n;

-- Kristianstad: its twin towns and memberships, from the documents that state them.
SELECT document_id, title, named, kinds, facts FROM coverage('Kristianstad');

-- An organisation, by any of its names.
SELECT document_id, title, named, kinds, facts FROM coverage('Familjen Helsingborg');
SELECT (SELECT array_agg(document_id) FROM coverage('SÖSK'))
	 = (SELECT array_agg(document_id) FROM coverage('Sydöstra Skånes samarbetskommitté')) AS same;

-- An organisation known but spoken of by no loaded document: no rows.
-- (Every organisation of the registry is in the bundled documents, so one
-- is added for the test.)
BEGIN;
WITH o AS (INSERT INTO organisation (name) VALUES ('Testförbundet') RETURNING organisation_id)
INSERT INTO organisation_name (name, organisation_id, variant) SELECT 'Testförbundet', organisation_id, 'name' FROM o;
SELECT count(*) AS documents FROM coverage('Testförbundet');
ROLLBACK;

-- Bad input: an unknown name is an error whose hint names the closest
-- places and organisations; NULL gives no rows.
SELECT * FROM coverage('Ystadd');
SELECT * FROM coverage('Familjen Helsingborj');
SELECT count(*) FROM coverage(NULL);
SELECT count(*) FROM coverage('');
