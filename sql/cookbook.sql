--
-- cookbook: the analyst questions of the README, with exactly the queries
-- the README shows; scripts/cookbook.sh copies their output into the
-- README and checks that it is still what this file gives.  They run on
-- the five bundled documents and populations (loaded by extract_seeds).
--
SET datestyle = ISO, YMD;

-- Q: Which bodies was Ystad certainly part of on 28 November 2026, the day the pages were last read?
SELECT organisation, kind, valid
FROM skanecoop.organisations_of('Ystad', '2026-11-28');

-- Q: Which bodies may Ystad be part of today, after the last reading?
SELECT organisation, valid
FROM skanecoop.organisations_of('Ystad', reading => 'possible');

-- Q: Which municipalities were in both SÖSK and Europa Direkt Sydöstra Skåne when the pages were read?
SELECT member_name FROM skanecoop.members_of('SÖSK', '2026-11-28')
INTERSECT
SELECT member_name FROM skanecoop.members_of('Europa Direkt Sydöstra Skåne', '2026-11-28')
ORDER BY 1;

-- Q: Familjen Helsingborg has existed "since the 1990s": who certainly, and who possibly, was a member in 1995 and in 2000?
SELECT d AS on_date,
       (SELECT count(*) FROM skanecoop.members_of('Familjen Helsingborg', d, 'certain')) AS certainly,
       (SELECT count(*) FROM skanecoop.members_of('Familjen Helsingborg', d, 'possible')) AS possibly
FROM unnest(ARRAY[date '1995-01-01', date '2000-01-01']) AS d;

-- Q: How did Greater Copenhagen's membership change, and according to which pages?
SELECT publisher, valid,
       count(*) FILTER (WHERE NOT derived) AS named,
       count(*) FILTER (WHERE derived) AS from_a_count
FROM skanecoop.membership_history('Greater Copenhagen')
GROUP BY publisher, valid
ORDER BY publisher, valid;

-- Q: How many members does Greater Copenhagen have on 1 January 2024, beside the counts the pages state?
SELECT source, count, counted, valid, publisher
FROM skanecoop.member_count('Greater Copenhagen', '2024-01-01');

-- Q: What does Bjuv owe Familjen Helsingborg for 2023 (from the population of 31 December 2022)?
SELECT member, inhabitants, population_date, rate, fee, fee_at_most,
       skanecoop.annual_fee(rate, inhabitants) AS whole_year
FROM skanecoop.fee_schedule(2023)
WHERE organisation = 'Familjen Helsingborg' AND member = skanecoop.place_code('Bjuv');

-- Q: On what evidence is Bjuv a member of Familjen Helsingborg?
SELECT e.publisher, e.stated_on, e.rule, e.quote
FROM skanecoop.membership AS m,
     skanecoop.evidence(VARIADIC m.evidence) AS e
WHERE m.organisation = 'Familjen Helsingborg' AND m.member_name = 'Bjuv';

-- Q: What are Kristianstad's twin towns and agreements abroad?
SELECT partner, partner_country, relation, quote
FROM skanecoop.twin_towns('Kristianstads kommun');

-- Q: Ystad has no twin towns in the database: does any loaded page speak of Ystad at all?
SELECT count(*) AS twin_towns FROM skanecoop.twin_towns('Ystad');
SELECT title, stated_on, named, kinds, facts
FROM skanecoop.coverage('Ystad');

-- Q: Which memberships are known only to the decade?
SELECT organisation, member_name, validity, earliest_start, latest_start
FROM skanecoop_bi.memberships
WHERE start_precision = 'decade'
ORDER BY member_name;

-- Q: Which pages state how many members a body has, and do they agree?
SELECT organisation, count, counted, publisher, stated_on
FROM skanecoop_bi.member_counts
ORDER BY organisation, count, publisher;

-- Q: What fields does Familjen Helsingborg cooperate in?
SELECT string_agg(area, ', ' ORDER BY area) AS areas
FROM skanecoop.cooperation_area
WHERE organisation = 'Familjen Helsingborg';

-- Q: What did the database know before a given load? A revised page of Familjen Helsingborg raises the fee; the facts as of before that load still have the old one.
SELECT now() AS before_the_load \gset
\! loader/skanecoop-load -q -d contrib_regression test/regress/revision.xml
SELECT 'now' AS known, rate, valid FROM skanecoop.fee
UNION ALL
SELECT 'before the load', rate, valid FROM skanecoop.facts_as_of(:'before_the_load') WHERE kind = 'fee';

-- Q: What changed last night? changes(since) lists what each run since then changed, with the revisions, facts and quotes on both sides (old_quote, new_quote); here since just before the latest run (after a nightly run, changes(now() - interval '1 day')).
SELECT change, kind, subject, before, after
FROM skanecoop.changes((SELECT max(loaded_at) FROM skanecoop.document) - interval '1 microsecond')
ORDER BY kind, change, subject;

-- Q: What did we know on 1 March? Every function answers as of a time given last (fee_schedule(2023, '2027-03-01'); the views as of SET skanecoop.as_of); here Bjuv's fee for 2023 as known just before the latest run, and now: the 21 kr rule still answers for 2023.
SELECT 'before the latest run' AS known, rate, fee, fee_at_most
FROM skanecoop.fee_schedule(2023, (SELECT max(loaded_at) FROM skanecoop.document) - interval '1 microsecond')
WHERE organisation = 'Familjen Helsingborg' AND member = skanecoop.place_code('Bjuv')
UNION ALL
SELECT 'now', rate, fee, fee_at_most
FROM skanecoop.fee_schedule(2023)
WHERE organisation = 'Familjen Helsingborg' AND member = skanecoop.place_code('Bjuv');
