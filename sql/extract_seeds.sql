--
-- extract_seeds: the facts the loader extracts from the five bundled
-- documents, as the database holds them.
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;
\! loader/skanecoop-load -q -d contrib_regression data/documents/manifest.xml data/reference/populations.csv

-- Familjen Helsingborg: exactly eleven members, since the 1990s, and its fee.
SELECT member, member_name, valid, derived, documents
FROM membership WHERE organisation = 'Familjen Helsingborg' ORDER BY member_name COLLATE "C";
SELECT organisation, rate, valid FROM fee;

-- SÖSK, and Europa Direkt Sydöstra Skåne with Skurup besides; both as of the
-- Ystad page's date, which names no start.
SELECT organisation, string_agg(member_name, ', ' ORDER BY member_name COLLATE "C") AS members,
	   min(valid::text) AS valid
FROM membership
WHERE organisation IN ('Sydöstra Skånes samarbetskommitté', 'Europa Direkt Sydöstra Skåne')
GROUP BY organisation ORDER BY organisation;

-- Kristianstad's twin town and its agreement abroad.
SELECT municipality, municipality_name, partner, partner_place, partner_country, relation
FROM twin_town ORDER BY partner;

-- Greater Copenhagen under all its names: the counts each page states, the
-- regions, and the municipalities the counts expand to.
SELECT m.organisation, m.count, m.counted, m.valid, d.publisher
FROM member_count m JOIN document d USING (document_id)
WHERE m.organisation = 'Greater Copenhagen' ORDER BY m.count;
SELECT member, member_name, valid FROM membership
WHERE organisation = 'Greater Copenhagen' AND member IN (SELECT code FROM place WHERE kind = 'region')
ORDER BY member;
SELECT count(*) FILTER (WHERE derived) AS derived, count(*) FILTER (WHERE NOT derived) AS stated,
	   count(*) FILTER (WHERE p.kind <> 'region') AS municipalities
FROM membership m JOIN place p ON p.code = m.member
WHERE organisation = 'Greater Copenhagen';
SELECT DISTINCT f.organisation_name FROM fact f JOIN organisation o USING (organisation_id)
WHERE o.name = 'Greater Copenhagen' ORDER BY 1;

-- Kommunförbundet Skåne's 33, and Skånskt ledningsforum's three bodies.
SELECT organisation, count, counted FROM member_count WHERE organisation = 'Kommunförbundet Skåne';
SELECT member, member_name FROM membership WHERE organisation = 'Skånskt ledningsforum'
ORDER BY member_name COLLATE "C";

-- Organisations and their kinds.
SELECT name, kind, registered FROM organisation ORDER BY name COLLATE "C";

-- The Ystad page's own dates.
SELECT name, valid FROM fact WHERE kind = 'document_date' ORDER BY name;

-- Every fact quotes exactly the bytes of its document at its offsets.
SELECT count(*) AS facts,
	   count(*) FILTER (WHERE convert_from(substring(convert_to(d.content, 'UTF8')
			FROM f.byte_start + 1 FOR f.byte_end - f.byte_start), 'UTF8') = f.quote) AS quoted_exactly
FROM fact f JOIN document d USING (document_id);

-- The quote behind Familjen Helsingborg's fee.
SELECT f.rule, f.quote FROM fact f JOIN fee USING (fact_id);

-- Facts by kind and rule.
SELECT kind, rule, count(*) FROM fact GROUP BY kind, rule ORDER BY kind, rule;

-- An unchanged re-run adds no facts.
\! loader/skanecoop-load -q -d contrib_regression data/documents/manifest.xml
SELECT count(*) AS facts FROM fact;
