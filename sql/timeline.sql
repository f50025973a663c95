--
-- timeline: the SVG picture of an organisation's memberships.
--
SET search_path = skanecoop, public;

-- Familjen Helsingborg from the bundled documents: well-formed, a bar for
-- each of its eleven members, the same bytes on every call.
SELECT xml_is_well_formed_document(membership_timeline_svg('Familjen Helsingborg')) AS well_formed,
	   (SELECT count(*) FROM regexp_matches(membership_timeline_svg('Familjen Helsingborg'),
											'<g class="member">', 'g')) AS bars,
	   membership_timeline_svg('Familjen Helsingborg') = membership_timeline_svg('familjen helsingborgs') AS deterministic;

-- A small fixed data set, one member for each kind of bound.
INSERT INTO organisation (name) VALUES ('Testförbundet');
INSERT INTO organisation_name (name, organisation_id, variant)
SELECT name, organisation_id, 'name' FROM organisation WHERE name = 'Testförbundet';
INSERT INTO document (uri, title, format, sha256, loaded_at, updated_on, content)
VALUES ('urn:test:timeline', 'Test', 'text', sha256('timeline'), '2011-01-01 00:00+00', '2008-06-30', 'Test');
INSERT INTO fact (document_id, kind, organisation_id, organisation_name, member, valid,
				  byte_start, byte_end, quote, rule)
SELECT d.document_id, 'membership', o.organisation_id, o.name, m.member, m.valid::validity,
	   0, 4, m.quote, 'test'
FROM document AS d, organisation AS o,
	 (VALUES ('1260', '2002-03-01/2006-09-30', 'Bjuv: exakta dagar & "citat"'),
			 ('1276', '2003/..', 'Klippan sedan 2003'),
			 ('1275', '200X/2009-06', 'Perstorp <tidigt>'),
			 ('1214', '[..2008-06-30]/..', 'Svalöv är medlem'),
			 ('1277', '../2004-12-31', 'Åstorp till 2004'),
			 -- nothing certain: a start with no latest day, an end with no earliest
			 ('1284', '[2005..]/..', 'Höganäs tidigast 2005'),
			 ('1282', '../[..2007]', 'Landskrona senast till 2007')) AS m(member, valid, quote)
WHERE d.uri = 'urn:test:timeline' AND o.name = 'Testförbundet';
\pset format unaligned
\pset tuples_only on
SELECT regexp_replace(membership_timeline_svg('Testförbundet', '2000-01-01', '2010-12-31'),
					  '><', E'>\n<', 'g');
\pset format aligned
\pset tuples_only off

-- The axis: from the year of the earliest date to the end of the year after
-- the latest, unless given; it must run forwards.
SELECT substring(membership_timeline_svg('Testförbundet') FROM '[0-9-]+ to [0-9-]+') AS default_axis;
SELECT membership_timeline_svg('Testförbundet', '2010-01-01', '2009-01-01');
SELECT membership_timeline_svg('Ingenförbundet');

DELETE FROM document WHERE uri = 'urn:test:timeline';
DELETE FROM organisation WHERE name = 'Testförbundet';
