--
-- basis: how sure a fact is.  A page (test/regress/basis.xml) names its
-- body in one sentence ("Räddningsförbundet Kullabygden är ett
-- kommunalförbund mellan Höganäs och Båstad") and only as "förbundet" in
-- another, which lists Ängelholm and Örkelljunga besides: those are
-- inferred from the title.  The analyst's functions read either, the BI
-- views say which.
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;
SET timezone = 'UTC';
\! loader/skanecoop-load -q -d contrib_regression test/regress/basis.xml

-- What the loader stored: each fact with its basis.
SELECT f.kind, f.member_name, f.rule, f.basis, f.quote
FROM fact AS f JOIN document AS d USING (document_id)
WHERE d.uri = 'urn:skanecoop:test:basis/om-forbundet'
ORDER BY f.byte_start, f.kind, f.member_name COLLATE "C";

-- Every member, and those a sentence names the body of: Höganäs and Båstad,
-- each with its stated fact alone as evidence.
SELECT member_name, valid, documents, cardinality(evidence) AS facts
FROM members_of('Räddningsförbundet Kullabygden', '2026-11-28', 'certain', now())
ORDER BY member_name COLLATE "C";
SELECT m.member_name, m.valid, f.basis, f.rule
FROM members_of('Räddningsförbundet Kullabygden', '2026-11-28', 'certain', now(),
				stated_only => true) AS m,
	 unnest(m.evidence) AS e(fact_id)
JOIN fact AS f USING (fact_id)
ORDER BY m.member_name COLLATE "C";

-- Every earlier call means what it did: without the time, with it
-- (typed or not), and stated_only false by name.
SELECT (SELECT count(*) FROM members_of('Räddningsförbundet Kullabygden', '2026-11-28')) AS three_arguments,
	   (SELECT count(*) FROM members_of('Räddningsförbundet Kullabygden', '2026-11-28', 'certain',
										'infinity')) AS untyped_time,
	   (SELECT count(*) FROM members_of('Räddningsförbundet Kullabygden', '2026-11-28', 'certain',
										now(), false)) AS not_stated_only,
	   (SELECT count(*) FROM members_of('Räddningsförbundet Kullabygden', '2026-11-28', 'certain',
										now(), true)) AS stated_only;

-- Ängelholm's bodies: Kullabygden only where inferred is enough.
SELECT organisation, valid FROM organisations_of('Ängelholm', '2026-11-28', 'certain', now())
WHERE organisation = 'Räddningsförbundet Kullabygden';
SELECT organisation, valid FROM organisations_of('Ängelholm', '2026-11-28', 'certain', now(), true)
WHERE organisation = 'Räddningsförbundet Kullabygden';
SELECT organisation, valid FROM organisations_of('Höganäs', '2026-11-28', 'certain', now(), true)
WHERE organisation = 'Räddningsförbundet Kullabygden';

-- Counts: the members in both readings, from the stated memberships alone.
SELECT source, count FROM member_count('Räddningsförbundet Kullabygden', '2026-11-28', now(), true);
SELECT source, count FROM member_count('Räddningsförbundet Kullabygden', '2026-11-28');

-- The bundled documents (extract_seeds): Greater Copenhagen's counts, two
-- in the sentence that names it, one in "I samarbetet ingår 85 kommuner",
-- whose body an earlier sentence names; and Kristianstad's twin town,
-- which its sentence names, beside the agreement of "Vi har även ett
-- samarbetsavtal med Køge", whose municipality is the page's.
SELECT source, count, counted FROM member_count('Greater Copenhagen', '2024-01-01', now())
WHERE source = 'stated' ORDER BY count;
SELECT source, count, counted FROM member_count('Greater Copenhagen', '2024-01-01', now(), true)
WHERE source = 'stated' ORDER BY count;
SELECT partner, relation FROM twin_towns('Kristianstad', now());
SELECT partner, relation FROM twin_towns('Kristianstad', now(), stated_only => true);

-- The BI views: a membership is stated where a statement behind it is.
SELECT member_name, fact_basis FROM skanecoop_bi.memberships
WHERE organisation = 'Räddningsförbundet Kullabygden' ORDER BY member_name COLLATE "C";
SELECT organisation, rate, basis AS rate_basis, fact_basis FROM skanecoop_bi.fees
WHERE organisation = 'Räddningsförbundet Kullabygden';
SELECT partner, fact_basis FROM skanecoop_bi.twin_towns
WHERE municipality_name = 'Kristianstad' ORDER BY partner;
SELECT count, fact_basis FROM skanecoop_bi.member_counts
WHERE organisation = 'Greater Copenhagen' ORDER BY count;
-- Each fact behind a membership, in the bridge and among the facts.
SELECT e.subject, f.member_name, e.rule, e.fact_basis, f.fact_basis AS as_fact
FROM skanecoop_bi.evidence AS e JOIN skanecoop_bi.facts AS f USING (fact_id)
WHERE f.organisation = 'Räddningsförbundet Kullabygden' AND e.subject = 'membership'
ORDER BY f.member_name COLLATE "C", e.fact_basis;
SELECT table_name, data_type, character_maximum_length
FROM information_schema.columns
WHERE table_schema = 'skanecoop_bi' AND column_name = 'fact_basis' ORDER BY table_name;

-- A fact stored without a basis, as a loader older than 0.3 stores it,
-- says unknown, and is not stated.
BEGIN;
INSERT INTO fact (document_id, kind, organisation_id, organisation_name, member, member_name,
				  byte_start, byte_end, quote, rule)
SELECT d.document_id, 'membership', o.organisation_id, o.name, '1276', 'Klippan', 0, 0, '',
	   'basis.old_loader'
FROM document AS d, organisation AS o
WHERE d.uri = 'urn:skanecoop:test:basis/om-forbundet' AND o.name = 'Räddningsförbundet Kullabygden';
SELECT basis FROM fact WHERE rule = 'basis.old_loader';
SELECT member_name FROM members_of('Räddningsförbundet Kullabygden', '2026-11-28', 'certain', now())
WHERE member_name = 'Klippan';
SELECT member_name FROM members_of('Räddningsförbundet Kullabygden', '2026-11-28', 'certain', now(), true)
WHERE member_name = 'Klippan';
SELECT fact_basis FROM skanecoop_bi.memberships WHERE member_name = 'Klippan'
  AND organisation = 'Räddningsförbundet Kullabygden';
ROLLBACK;

-- Bad input: a basis of no kind, none at all, a NULL choice, an unknown body.
\set VERBOSITY terse
INSERT INTO fact (document_id, kind, byte_start, byte_end, quote, rule, basis)
SELECT min(document_id), 'membership', 0, 0, '', 'basis.bad', 'guessed' FROM document;
INSERT INTO fact (document_id, kind, byte_start, byte_end, quote, rule, basis)
SELECT min(document_id), 'membership', 0, 0, '', 'basis.bad', NULL FROM document;
SELECT count(*) FROM members_of('Räddningsförbundet Kullabygden', '2026-11-28', 'certain', now(), NULL);
SELECT count(*) FROM twin_towns('Kristianstad', now(), NULL);
SELECT * FROM members_of('Räddningsförbundet Kullabygd', '2026-11-28', 'certain', now(), true);
