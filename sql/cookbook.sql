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

-- Q: Only what a page states in so many words: which of Ystad's bodies on 28 November 2026 does a sentence naming the body state, and where did the extractor find the others? (members_of, organisations_of, member_count, twin_towns and fee_schedule take stated_only after the time; the BI views have fact_basis)
SELECT m.organisation, m.fact_basis, m.derived
FROM skanecoop_bi.memberships AS m
WHERE m.member_name = 'Ystad' AND m.organisation IN
      (SELECT organisation FROM skanecoop.organisations_of('Ystad', '2026-11-28'))
ORDER BY m.fact_basis <> 'stated', m.organisation;
SELECT organisation, valid
FROM skanecoop.organisations_of('Ystad', '2026-11-28', 'certain', now(), stated_only => true);

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

-- Q: Does a page name Familjen Helsingborg in the sentence that states its fee, or did the extractor infer whose fee it is? What do its members owe for 2023 by what the pages state in so many words? (with stated_only, fee_schedule reads the stated rules and memberships alone, and divides a share of a total over the stated members)
SELECT f.rate, f.fact_basis, e.quote
FROM skanecoop_bi.fees AS f
JOIN skanecoop_bi.evidence AS e ON e.fee_id = f.fee_id
WHERE f.organisation = 'Familjen Helsingborg';
SELECT o.stated_only, count(s.member) AS members_charged,
       skanecoop.sum(s.fee_at_most) AS owed_at_most
FROM (VALUES (false), (true)) AS o(stated_only)
LEFT JOIN LATERAL (SELECT * FROM skanecoop.fee_schedule(2023, now(), o.stated_only)
                   WHERE organisation = 'Familjen Helsingborg') AS s ON true
GROUP BY o.stated_only ORDER BY o.stated_only;

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

-- Q: Which functions can I call? (psql's \df skanecoop.* lists them; support functions are in skanecoop_internal)
SELECT string_agg(DISTINCT proname, ', ' ORDER BY proname) AS functions
FROM pg_catalog.pg_proc
WHERE pronamespace = 'skanecoop'::regnamespace;

-- Q: What does each member of Familjen Helsingborg owe for 2023, by name?
SELECT member_name, inhabitants, fee, fee_at_most
FROM skanecoop.fee_schedule(2023)
WHERE organisation = 'Familjen Helsingborg'
ORDER BY member_name;

-- Q: In a BI tool: which statements, in which revision of which page, stand behind Skånskt ledningsforum's memberships?
SELECT m.member_name, e.publisher, e.revision, e.stated_on, e.rule
FROM skanecoop_bi.memberships AS m
JOIN skanecoop_bi.evidence AS e USING (membership_id)
WHERE m.organisation = 'Skånskt ledningsforum'
ORDER BY m.member_name, e.fact_id;

-- Q: What types and descriptions does a BI tool get for the fee rules' columns? (the ODBC driver leaves REMARKS empty)
SELECT column_name, data_type, description
FROM skanecoop_bi.column_descriptions
WHERE view_name = 'fees'
ORDER BY ordinal_position;

-- Q: Greater Copenhagen's timeline has 89 rows: under which headings does it group them?
SELECT m[1] AS heading
FROM regexp_matches(skanecoop.membership_timeline_svg('Greater Copenhagen'),
                    '<g class="group"><text[^>]*>([^<]*)<', 'g') AS m;

-- Q: "Kostnaderna (12,4 mnkr) fördelas mellan medlemskommunerna efter invånarantal": what does each member of SÖSK pay, by population and in equal parts, and do the shares add up to the total to the öre?
WITH members AS (
    SELECT m.member_name, p.inhabitants
    FROM skanecoop.members_of('SÖSK', '2023-12-31') AS m
    JOIN skanecoop.population AS p ON p.place = m.member AND p.reference_date = '2022-12-31'
), shared AS (
    SELECT array_agg(member_name ORDER BY member_name) AS names,
           array_agg(inhabitants ORDER BY member_name) AS populations,
           skanecoop.fee_shares('12,4 mnkr', array_agg(inhabitants ORDER BY member_name)) AS by_population,
           skanecoop.fee_shares('12,4 mnkr', array_agg(1::bigint ORDER BY member_name)) AS in_equal_parts
    FROM members
)
SELECT u.member_name, u.inhabitants, u.by_population, u.in_equal_parts
FROM shared,
     unnest(names, populations, by_population, in_equal_parts)
         AS u(member_name, inhabitants, by_population, in_equal_parts)
UNION ALL
SELECT 'total', sum(t.inhabitants), skanecoop.sum(t.by_population), skanecoop.sum(t.in_equal_parts)
FROM shared,
     unnest(populations, by_population, in_equal_parts) AS t(inhabitants, by_population, in_equal_parts);

-- Q: The owners pay by ownership ("Lund 13,2 %"): what are their shares of 12,4 mnkr?
WITH owners(owner, rule) AS (
    VALUES ('Lund', '13,2 % av 12,4 mnkr'::skanecoop.fee_rule),
           ('Malmö', '60 % av 12,4 mnkr'),
           ('Eslöv', '26,8 % av 12,4 mnkr')
), shared AS (
    SELECT array_agg(owner ORDER BY owner) AS owners, array_agg(rule ORDER BY owner) AS rules,
           skanecoop.fee_shares('12,4 mnkr',
                                array_agg((skanecoop.rule_share(rule) * 10000)::bigint ORDER BY owner),
                                1000000) AS shares
    FROM owners
)
SELECT u.owner, u.rule, u.share
FROM shared, unnest(owners, rules, shares) AS u(owner, rule, share);

-- Q: "En grundavgift på 50 000 kr och 3,50 kr per invånare": what would each member of Familjen Helsingborg pay a year, from the population of 31 December 2022?
SELECT m.member_name, p.inhabitants,
       skanecoop.rule_annual_fee('en grundavgift på 50 000 kr och 3,50 kr per invånare', p.inhabitants) AS per_year
FROM skanecoop.members_of('Familjen Helsingborg', '2023-01-01') AS m
JOIN skanecoop.population AS p ON p.place = m.member AND p.reference_date = '2022-12-31'
ORDER BY m.member_name;

-- Q: "2,88 kr pr. indbygger" on a Danish page, "3,50 kr/inv" on a Swedish one: in which currency is each, which population does it read for 2023, and what would Greater Copenhagen's members pay, the Danish 2,88 kr and the Swedish 3,50 kr, summed per currency?
SELECT written, written::skanecoop.fee_rule AS rule,
       skanecoop.currency(skanecoop.rule_amount(written::skanecoop.fee_rule)) AS currency,
       skanecoop.population_reference_dates(written::skanecoop.fee_rule, 2023) AS reads_population_of
FROM unnest(ARRAY['2,88 kr pr. indbygger; befolkning 1 januari', '3,50 kr/inv',
                  '3,50 kronor per invånare och år; befolkning 1 november',
                  '10 kr per innbygger', '€2 per capita']) AS written;
SELECT skanecoop.currency(fee) AS currency, count(*) AS members, skanecoop.sum(fee) AS per_year
FROM (SELECT skanecoop.rule_annual_fee(r.rule, p.inhabitants) AS fee
      FROM skanecoop.members_of('Greater Copenhagen', '2023-01-01', 'possible') AS m
      JOIN skanecoop.place AS pl ON pl.code = m.member
      CROSS JOIN LATERAL (SELECT (CASE pl.country WHEN 'DK' THEN '2,88 kr pr. indbygger'
                                                  ELSE '3,50 kr/inv' END)::skanecoop.fee_rule AS rule) AS r
      JOIN skanecoop.population AS p
        ON p.place = m.member
       AND p.reference_date = ANY (skanecoop.population_reference_dates(r.rule, 2023))) AS f
GROUP BY 1 ORDER BY 1;

-- Q: What did the database know before a given load? A revised page of Familjen Helsingborg raises the fee; the facts as of before that load still have the old one.
SELECT now() AS before_the_load \gset
\! loader/skanecoop-load -q -d contrib_regression test/regress/revision.xml
SELECT 'now' AS known, rate::text AS rate, valid FROM skanecoop.fee
UNION ALL
SELECT 'before the load', rate::text, valid FROM skanecoop.facts_as_of(:'before_the_load') WHERE kind = 'fee'
ORDER BY known DESC, rate DESC;

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
