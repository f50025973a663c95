--
-- basis: how sure a fact is.  A page (test/regress/basis.xml) names its
-- body in one sentence ("Räddningsförbundet Kullabygden är ett
-- kommunalförbund mellan Höganäs och Båstad") and only as "förbundet" in
-- another, which lists Ängelholm and Örkelljunga besides: those are
-- inferred from the title.  The analyst's functions read either, the BI
-- views say which.  A second page (test/regress/basis_fees.xml) shows
-- fee_schedule's shares of a total over every member and over the stated.
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

-- Fees (test/regress/basis_fees.xml).  A share of a total is divided over
-- the members' population, so keeping to what pages state cannot be a
-- filter on fee_schedule's rows: with stated_only the total is divided
-- over the stated members alone.  Kommunalförbundet Kullavatten's page
-- says in a sentence naming the body that its costs are shared by
-- population, and names the body where it lists Höganäs and Båstad, not
-- where it adds Ängelholm.  The page gives no amount; the total is the
-- budget's, 900 000 kr a year.  Kullabygden's 12 kr per inhabitant above
-- is inferred from an earlier sentence.
\! loader/skanecoop-load -q -d contrib_regression test/regress/basis_fees.xml
SELECT f.kind, f.member_name, f.rule, f.basis
FROM fact AS f JOIN document AS d USING (document_id)
WHERE d.uri = 'urn:skanecoop:test:basis/avgifter' AND f.kind IN ('membership', 'fee')
ORDER BY f.byte_start, f.member_name COLLATE "C";
UPDATE fact SET fee_rule = '900 000 kr/år fördelat efter invånarantal'
WHERE kind = 'fee'
  AND document_id = (SELECT document_id FROM document WHERE uri = 'urn:skanecoop:test:basis/avgifter');
INSERT INTO population (place, reference_date, inhabitants, source)
SELECT place_code(p.name), '2026-12-31', p.inhabitants, 'basis test'
FROM (VALUES ('Höganäs', 20000), ('Båstad', 10000), ('Ängelholm', 30000),
			 ('Örkelljunga', 10000)) AS p(name, inhabitants);

-- Every member: 300 000, 150 000 and 450 000 kr at most for 2027.  Only
-- what is stated: Höganäs and Båstad share the whole total, 600 000 and
-- 300 000 kr.  (The certain charges are nothing: the page was read once,
-- on 28 November 2026, so no member is certainly one in 2027.)
SELECT member_name, inhabitants, population_date, charge, charge_at_most, reason
FROM fee_schedule(2027, now())
WHERE organisation = 'Kommunalförbundet Kullavatten' ORDER BY member_name COLLATE "C";
SELECT member_name, inhabitants, population_date, charge, charge_at_most, reason
FROM fee_schedule(2027, now(), stated_only => true)
WHERE organisation = 'Kommunalförbundet Kullavatten' ORDER BY member_name COLLATE "C";
-- Either way the shares sum to the total to the öre.
SELECT o.stated_only, count(*) AS members, sum(s.charge) AS charged,
	   sum(s.charge_at_most) AS charged_at_most
FROM (VALUES (false), (true)) AS o(stated_only),
	 LATERAL fee_schedule(2027, now(), o.stated_only) AS s
WHERE s.organisation = 'Kommunalförbundet Kullavatten'
GROUP BY o.stated_only ORDER BY o.stated_only;
-- A rule inferred counts for no one: Kullabygden's members, stated or not,
-- owe nothing the pages state in so many words.
SELECT (SELECT count(*) FROM fee_schedule(2027, now())
		WHERE organisation = 'Räddningsförbundet Kullabygden') AS every_rule,
	   (SELECT count(*) FROM fee_schedule(2027, now(), true)
		WHERE organisation = 'Räddningsförbundet Kullabygden') AS stated_rules;

-- Every earlier call means what it did, and the columns are those of the
-- form without the time: without the time, with it (typed, untyped, by
-- name), and stated_only false.
SELECT (SELECT count(*) FROM fee_schedule(2027)) AS one_argument,
	   (SELECT count(*) FROM fee_schedule(2027, now())) AS with_time,
	   (SELECT count(*) FROM fee_schedule(2027, 'infinity')) AS untyped_time,
	   (SELECT count(*) FROM fee_schedule(year => 2027, as_of => now())) AS by_name,
	   (SELECT count(*) FROM fee_schedule(2027, now(), false)) AS not_stated_only,
	   (SELECT count(*) FROM fee_schedule(2027, now(), true)) AS stated_only;
SELECT pg_get_function_result('fee_schedule(integer)'::regprocedure)
	   = pg_get_function_result('fee_schedule(integer, timestamptz, boolean)'::regprocedure)
	   AS same_columns,
	   pg_get_function_arguments('fee_schedule(integer, timestamptz, boolean)'::regprocedure);

-- The BI view: a row is stated where both its rule and its membership are.
SELECT organisation, member_name, fact_basis, charge_at_most
FROM skanecoop_bi.fee_schedule
WHERE year = 2027
  AND organisation IN ('Kommunalförbundet Kullavatten', 'Räddningsförbundet Kullabygden')
ORDER BY organisation, member_name COLLATE "C";

-- NULL stated_only gives no rows, as a NULL year does; a year out of
-- range and a choice that is no boolean are errors.
SELECT count(*) AS rows_for_no_choice FROM fee_schedule(2027, now(), NULL);
\set VERBOSITY terse
SELECT * FROM fee_schedule(0, now(), true);
SELECT * FROM fee_schedule(2027, now(), 'maybe');
\set VERBOSITY default
DELETE FROM population WHERE source = 'basis test';

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
