--
-- query: the analyst's functions over the facts of the bundled documents
-- (loaded by extract_seeds): forgiving look-ups, both readings, history,
-- counts, twin towns, evidence, and what was known at a load time.
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;

-- Places in the forms documents write them.
SELECT n AS written, place_code(n)
FROM unnest(ARRAY['Simrishamns', 'Kristianstads kommun', 'Landskrona stad', 'KÖGE', 'Koege',
				  'Køge kommune', 'Region Skåne', 'Köpenhamns', 'Atlantis']) AS n;
SELECT skanecoop_internal.name_distance('Helsingborg', 'helsingborj'), skanecoop_internal.name_distance('Ystad', 'Ysted'),
	   skanecoop_internal.name_distance('', 'Lund'), skanecoop_internal.name_distance('Malmö', 'MALMÖ');

-- Unknown names are errors whose hints name the closest known names.
SELECT find_place('Ystadd');
SELECT find_organisation('Familjen Helsingborj');
SELECT find_organisation('sösk') = find_organisation('Sydöstra Skånes samarbetskommitté') AS by_abbreviation,
	   find_organisation('SÖSK:s') = find_organisation('SÖSK') AS genitive,
	   find_organisation('Öresundskomiteen') = find_organisation('Greater Copenhagen') AS former_name,
	   find_organisation('  familjen helsingborgs ') = find_organisation('Familjen Helsingborg') AS case_and_genitive;

-- A body named with its legal form before or after its name, or without
-- it, is one body; two bodies that differ only in their forms make the bare
-- name ambiguous.  (Rolled back: the bodies are not the bundled pages'.)
BEGIN;
WITH o AS (
	INSERT INTO organisation (name, kind)
	VALUES ('Itsam', 'joint_authority'), ('Hedeland I/S', 'company'),
		   ('Norrvatten AB', 'company'), ('Norrvatten kommunalförbund', 'joint_authority'),
		   ('Gemensamt', 'cooperation'), ('Øst-Finnmarkrådet', 'cooperation')
	RETURNING organisation_id, name)
INSERT INTO organisation_name (name, organisation_id, variant)
SELECT name, organisation_id, 'name' FROM o;
SELECT n AS written, (SELECT name FROM organisation WHERE organisation_id = find_organisation(n)) AS body
FROM unnest(ARRAY['Kommunalförbundet Itsam', 'KOMMUNALFÖRBUNDET  ITSAM', 'Itsam kommunalförbund',
				  'I/S Hedeland', 'Hedeland', 'hedeland i/s', 'Norrvatten AB',
				  'norrvatten kommunalförbund', 'Gemensamt AB', 'Øst-Finnmarkrådet IPR']) AS n;
-- the form alone is no name, and only the whole word is a form
SELECT skanecoop_internal.without_legal_form(n)
FROM unnest(ARRAY['I/S', 'AB', ' Kommunalförbundet ', 'Kommunalförbundet Itsam',
				  'Sydvatten  (publ)', 'Sydvatten AB (publ)', 'Absalon', 'Hedeland I/S',
				  'Staffanstorp Lab', 'Iksa']) AS n;
SAVEPOINT ambiguous;
SELECT find_organisation('Norrvatten');
ROLLBACK TO ambiguous;
SELECT find_organisation('Kommunalförbundet Norrvatten');
ROLLBACK TO ambiguous;
SELECT find_organisation('I/S');
ROLLBACK TO ambiguous;
SELECT find_organisation('I/S Itsam AB') = find_organisation('itsam') AS both_forms;
ROLLBACK;

-- Familjen Helsingborg's members, "since the 1990s", in both readings.
SELECT d AS on_date,
	   (SELECT count(*) FROM members_of('Familjen Helsingborg', d)) AS certainly,
	   (SELECT count(*) FROM members_of('Familjen Helsingborg', d, 'possible')) AS possibly
FROM unnest(ARRAY['1989-12-31', '1990-01-01', '1995-06-01', '1999-12-31', '2000-01-01']::date[]) AS d;
SELECT member, member_name, valid, derived, documents FROM members_of('SÖSK', '2024-01-01');
SELECT * FROM members_of('SÖSK', '2023-12-06', 'maybe');
SELECT count(*) FROM members_of(NULL, '2024-01-01');

-- Which bodies Ystad belongs to, certainly and possibly, before and after the
-- page that names SÖSK and Europa Direkt was updated.
SELECT organisation, kind, valid, derived FROM organisations_of('Ystads kommun', '2024-01-01');
SELECT organisation, valid FROM organisations_of('Ystad', '2015-06-01', 'possible');
SELECT organisation, valid FROM organisations_of('Ystad', '2015-06-01');

-- SÖSK's history, and Greater Copenhagen's counts beside the memberships.
SELECT member_name, valid, derived, stated_on, publisher, superseded_at IS NULL AS current, quote
FROM membership_history('SÖSK');
SELECT source, count, counted, valid, stated_on, publisher FROM member_count('Greater Copenhagen', '2024-01-01');

-- Twin towns, and the evidence behind a membership.
SELECT partner, partner_country, relation, valid, quote FROM twin_towns('Kristianstad');
SELECT e.kind, e.organisation, e.publisher, e.stated_on, e.quote, e.rule
FROM membership m, evidence(VARIADIC m.evidence) e
WHERE m.organisation = 'Familjen Helsingborg' AND m.member_name = 'Bjuv';
SELECT count(*) FROM evidence(-1);

-- What the database knew before anything was loaded, and now.
SELECT (SELECT count(*) FROM facts_as_of('2000-01-01')) AS in_2000,
	   (SELECT count(*) FROM facts_as_of(now())) = (SELECT count(*) FROM fact) AS now_everything;
