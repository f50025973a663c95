--
-- as_of: a page's life, replayed through the loader, and every analyst's
-- answer after each step, now and as of each earlier step.  The page of a
-- (made-up) body is first seen on 2023-01-01, found unchanged by three
-- runs up to 2023-12-31, changed the next night (Perstorp gone, Hässleholm
-- a member from 2025, the fee 23 kr from 2025 instead of 21 kr, one member
-- fewer counted), found unchanged again, and withdrawn by a complete crawl.
-- The fetch times of the manifests are the runs' clock.
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;
SET timezone = 'UTC';

-- Bjuv's population at the ends of 2023 and 2024 (test data), for the fees
-- of 2024 and 2025.
INSERT INTO population VALUES ('1260', '2023-12-31', 16300, 'as_of test'),
							  ('1260', '2024-12-31', 16500, 'as_of test');

CREATE TEMPORARY TABLE life_step (step integer PRIMARY KEY, what text NOT NULL,
								  at timestamptz NOT NULL);
INSERT INTO life_step VALUES (0, 'before the page', now());
CREATE TEMPORARY TABLE life_answer (answered_at integer, as_of_step integer,
									question text, answer text);

-- Every function's answer about the page's body as the database knew it at
-- a time, a line each.
CREATE FUNCTION pg_temp.answers(t timestamptz)
	RETURNS TABLE (question text, answer text)
	LANGUAGE sql STABLE AS $$
	SELECT 'members_of 2023-06-01 certain',
		   (SELECT string_agg(member_name, ', ' ORDER BY member_name)
			FROM members_of('Livsförbundet Nordväst', '2023-06-01', 'certain', t))
	UNION ALL
	SELECT 'members_of 2025-06-01 possible',
		   (SELECT string_agg(member_name, ', ' ORDER BY member_name)
			FROM members_of('Livsförbundet Nordväst', '2025-06-01', 'possible', t))
	UNION ALL
	SELECT 'membership valid',
		   (SELECT string_agg(format('%s ×%s', valid, n), '; ' ORDER BY valid::text)
			FROM (SELECT m.valid, count(*) AS n FROM membership_as_of(t) AS m
				  WHERE m.organisation = 'Livsförbundet Nordväst' GROUP BY m.valid) AS g)
	UNION ALL
	SELECT 'membership of Perstorp, Hässleholm',
		   (SELECT string_agg(format('%s %s %s', m.member_name, m.valid, m.evidence), '; '
							  ORDER BY m.member_name)
			FROM membership_as_of(t) AS m
			WHERE m.organisation = 'Livsförbundet Nordväst'
			  AND m.member_name IN ('Perstorp', 'Hässleholm'))
	UNION ALL
	SELECT 'organisations_of Perstorp 2023-06-01 certain',
		   (SELECT string_agg(format('%s %s', o.organisation, o.valid), ', ')
			FROM organisations_of('Perstorp', '2023-06-01', 'certain', t) AS o
			WHERE o.organisation = 'Livsförbundet Nordväst')
	UNION ALL
	SELECT 'organisations_of Perstorp 2024-06-01 possible',
		   (SELECT string_agg(format('%s %s', o.organisation, o.valid), ', ')
			FROM organisations_of('Perstorp', '2024-06-01', 'possible', t) AS o
			WHERE o.organisation = 'Livsförbundet Nordväst')
	UNION ALL
	SELECT 'member_count 2023-06-01',
		   (SELECT string_agg(format('%s %s%s', c.source, c.count, ' ' || c.valid), '; '
							  ORDER BY c.source, c.count)
			FROM member_count('Livsförbundet Nordväst', '2023-06-01', t) AS c)
	UNION ALL
	SELECT format('fee_schedule %s Bjuv', y),
		   (SELECT string_agg(format('%s fee %s at most %s (fact %s)', s.rate, s.fee,
									 s.fee_at_most, s.fee_id), '; ' ORDER BY s.fee_id)
			FROM fee_schedule(y, t) AS s
			WHERE s.organisation = 'Livsförbundet Nordväst' AND s.member = '1260')
	FROM unnest(ARRAY[2023, 2024, 2025]) AS y
	UNION ALL
	SELECT 'fee valid',
		   (SELECT string_agg(format('%s %s', f.rate, f.valid), '; ' ORDER BY f.fee_id)
			FROM fee_as_of(t) AS f WHERE f.organisation = 'Livsförbundet Nordväst')
	UNION ALL
	SELECT 'membership_history',
		   (SELECT format('%s statements of %s revisions, %s superseded',
						  count(*), count(DISTINCT h.loaded_at),
						  count(*) FILTER (WHERE h.superseded_at IS NOT NULL))
			FROM membership_history('Livsförbundet Nordväst', t) AS h)
	UNION ALL
	SELECT 'twin_towns Bjuv',
		   (SELECT string_agg(format('%s %s', w.partner, w.valid), ', ')
			FROM twin_towns('Bjuv', t) AS w WHERE w.quote = 'Bjuv har vänorten Kalundborg i Danmark.')
$$;

-- After a step: record it and its answers, print them, print what it
-- changed, and compare the answers as of every earlier step with those
-- given then, and the views (under skanecoop.as_of) with their functions.
\set record 'INSERT INTO life_step SELECT coalesce(max(step), 0) + 1, :''what'', now() FROM life_step; INSERT INTO life_answer SELECT (SELECT max(step) FROM life_step), s.step, a.question, a.answer FROM life_step AS s, pg_temp.answers(s.at) AS a;'
\set answers_now 'SELECT question, answer FROM life_answer WHERE answered_at = (SELECT max(step) FROM life_step) AND as_of_step = answered_at ORDER BY question;'
\set changed 'SELECT c.change, c.kind, c.subject, c.before, c.after, c.new_quote IS NOT NULL AS quoted_after, c.old_quote IS NOT NULL AS quoted_before FROM life_step AS s, changes((SELECT p.at FROM life_step AS p WHERE p.step = s.step - 1), s.at) AS c WHERE s.step = (SELECT max(step) FROM life_step) ORDER BY c.kind, c.change, c.subject;'
\set as_before 'SELECT a.as_of_step, a.question, a.answer AS then, b.answer AS now FROM life_answer AS a JOIN life_answer AS b ON b.as_of_step = a.as_of_step AND b.question = a.question WHERE a.answered_at = a.as_of_step AND b.answered_at = (SELECT max(step) FROM life_step) AND a.answer IS DISTINCT FROM b.answer;'
\set views 'SELECT s.step, v.what FROM life_step AS s, LATERAL (SELECT set_config(''skanecoop.as_of'', s.at::text, false)) AS x, LATERAL (SELECT ''membership'' AS what FROM (SELECT * FROM membership EXCEPT SELECT * FROM membership_as_of(s.at)) AS d UNION ALL SELECT ''fee'' FROM (SELECT * FROM fee EXCEPT SELECT * FROM fee_as_of(s.at)) AS d UNION ALL SELECT ''members_of'' FROM (SELECT * FROM members_of(''Livsförbundet Nordväst'', ''2023-06-01'') EXCEPT SELECT * FROM members_of(''Livsförbundet Nordväst'', ''2023-06-01'', ''certain'', s.at)) AS d) AS v; RESET skanecoop.as_of;'

-- 1. The page is first seen on 2023-01-01: every claim holds from at
-- latest then to at least then.
\! loader/skanecoop-load -q -d contrib_regression test/regress/life/1-first.xml
\set what 'first seen 2023-01-01'
:record
:answers_now
:changed

-- 2. to 4. Runs find it unchanged on 2023-01-02, 2023-07-01 and
-- 2023-12-31: the end of every claim moves on, and what was known before
-- stays what it was.
\! loader/skanecoop-load -q -d contrib_regression test/regress/life/2-night.xml
\set what 'unchanged 2023-01-02'
:record
:answers_now
:changed
:as_before
\! loader/skanecoop-load -q -d contrib_regression test/regress/life/3-night.xml
\set what 'unchanged 2023-07-01'
:record
:answers_now
:as_before
\! loader/skanecoop-load -q -d contrib_regression test/regress/life/4-night.xml
\set what 'unchanged 2023-12-31'
:record
:answers_now
:as_before
-- Seen on every night of 2023 (as far as the database can tell), the fee
-- is certainly owed for the whole year.
SELECT s.fee = annual_fee(s.rate, s.inhabitants) AS whole_year
FROM fee_schedule(2023) AS s
WHERE s.organisation = 'Livsförbundet Nordväst' AND s.member = '1260';
-- Three runs, three sightings logged; a run of the same fetch time again
-- writes none.
SELECT seen_on, array_length(document_ids, 1) AS revisions
FROM sighting AS s
WHERE s.document_ids <@ ARRAY(SELECT document_id FROM document
							  WHERE uri LIKE 'urn:skanecoop:test:life/%')
ORDER BY seen_on;
\! loader/skanecoop-load -q -d contrib_regression test/regress/life/4-night.xml
SELECT count(*) AS sightings FROM sighting AS s
WHERE s.document_ids <@ ARRAY(SELECT document_id FROM document
							  WHERE uri LIKE 'urn:skanecoop:test:life/%');

-- 5. The next night the page has changed: Perstorp's membership and the
-- 21 kr fee ended on 2023-12-31 (seen that day, gone the next), and still
-- answer for 2023; Hässleholm and the 23 kr fee come from 2025, the count
-- changes, the twin town goes on.
\! loader/skanecoop-load -q -d contrib_regression test/regress/life/5-changed.xml
\set what 'changed 2024-01-01'
:record
:answers_now
:changed
:as_before

-- 6. A run finds the new revision unchanged on 2024-06-30.
\! loader/skanecoop-load -q -d contrib_regression test/regress/life/6-night.xml
\set what 'unchanged 2024-06-30'
:record
:answers_now
:as_before

-- 7. A complete crawl of the site no longer has the page: what it stated
-- ended on or after its last sighting (the crawl is not the next day).
\! loader/skanecoop-load -q -d contrib_regression --complete-for=urn:skanecoop:test:life/ test/regress/life/7-withdrawn.xml
\set what 'withdrawn'
:record
:answers_now
:changed
:as_before
-- The merged views answer as of skanecoop.as_of as their functions do.
:views

-- The time is a timestamptz; an unreadable setting is an error.
SET skanecoop.as_of = 'yesterday-ish';
SELECT count(*) FROM fee;
RESET skanecoop.as_of;
-- A NULL time knows nothing; a time before any load knows nothing either.
SELECT count(*) AS claims FROM claim_as_of(NULL);
SELECT count(*) AS claims FROM claim_as_of('-infinity');
SELECT count(*) AS changes FROM changes('infinity');

-- The loader may move a current revision's last sighting on, to no later
-- than now, and nothing else.
CREATE ROLE regress_as_of_loader LOGIN IN ROLE skanecoop_loader;
SET ROLE regress_as_of_loader;
\set VERBOSITY terse
UPDATE document SET last_seen_at = now() + interval '1 day' WHERE uri = 'urn:skanecoop:test:life/kontakt';
UPDATE document SET last_seen_at = '2020-01-01' WHERE uri = 'urn:skanecoop:test:life/kontakt';
UPDATE document SET last_seen_at = now() WHERE uri = 'urn:skanecoop:test:life/om-forbundet';
UPDATE document SET first_seen_at = now() WHERE uri = 'urn:skanecoop:test:life/kontakt';
INSERT INTO sighting VALUES ('2020-01-01', '2020-01-01', '{1}');
BEGIN;
UPDATE document SET last_seen_at = now() WHERE uri = 'urn:skanecoop:test:life/kontakt';
INSERT INTO sighting VALUES (now(), current_date, '{1}');
ROLLBACK;
\set VERBOSITY default
RESET ROLE;
DROP ROLE regress_as_of_loader;

-- Leave the database as the other suites expect it.
DELETE FROM sighting AS s
WHERE s.document_ids && ARRAY(SELECT document_id FROM document
							  WHERE uri LIKE 'urn:skanecoop:test:life/%');
DELETE FROM document WHERE uri LIKE 'urn:skanecoop:test:life/%';
DELETE FROM organisation WHERE name = 'Livsförbundet Nordväst';
DELETE FROM population WHERE source = 'as_of test';
