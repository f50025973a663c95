-- replica-queries.sql -- the queries test/cluster/replica.sh runs on the
-- primary and on its hot standby, whose answers must be identical.  Each
-- query orders its rows fully so that the two outputs can be compared
-- byte for byte.

-- The documents, with their sections and dates.
SELECT d.publisher, d.title, d.published_on, d.updated_on, count(s.*) AS sections,
	   encode(d.sha256, 'hex') AS sha256
FROM skanecoop.document AS d LEFT JOIN skanecoop.section AS s USING (document_id)
GROUP BY d.document_id ORDER BY d.uri;

-- Every section heading, in document order.
SELECT d.title, s.ordinal, coalesce(s.heading, '(intro)') AS heading,
	   s.byte_end - s.byte_start AS bytes
FROM skanecoop.section AS s JOIN skanecoop.document AS d USING (document_id)
ORDER BY d.uri, s.ordinal;

-- Sections found by a word in their body.
SELECT d.title, s.heading
FROM skanecoop.section AS s JOIN skanecoop.document AS d USING (document_id)
WHERE s.body ILIKE '%samarbet%'
ORDER BY d.uri, s.ordinal;

-- The municipalities of Skåne (region 12) and their names.
SELECT p.code, p.name, p.kind
FROM skanecoop.place AS p
WHERE p.region = '12'
ORDER BY p.code;

-- Population of Skåne's municipalities at the latest reference date.
SELECT p.name, pop.reference_date, pop.inhabitants
FROM skanecoop.population AS pop JOIN skanecoop.place AS p ON p.code = pop.place
WHERE p.region = '12'
  AND pop.reference_date = (SELECT max(q.reference_date)
							FROM skanecoop.population AS q JOIN skanecoop.place AS r ON r.code = q.place
							WHERE r.region = '12')
ORDER BY pop.inhabitants DESC, p.code;

-- Skåne's total population by reference date.
SELECT pop.reference_date, sum(pop.inhabitants) AS inhabitants, count(*) AS municipalities
FROM skanecoop.population AS pop JOIN skanecoop.place AS p ON p.code = pop.place
WHERE p.region = '12'
GROUP BY pop.reference_date ORDER BY pop.reference_date;

-- The facts read from the documents, by kind and rule.
SELECT f.kind, f.rule, count(*) AS facts
FROM skanecoop.fact AS f
GROUP BY f.kind, f.rule ORDER BY f.kind, f.rule;

-- Memberships merged over the documents, with their validity readings.
SELECT m.organisation, m.member, m.member_name, m.valid::text,
	   skanecoop.certainly_contains(m.valid, date '2023-01-01') AS member_2023,
	   skanecoop.possibly_contains(m.valid, date '2000-01-01') AS maybe_2000
FROM skanecoop.membership AS m
ORDER BY m.organisation, m.member_name;

-- The evidence of each membership: the quoted sentence at its offsets.
SELECT f.fact_id, f.byte_start, f.byte_end,
	   convert_from(substring(convert_to(d.content, 'UTF8') FROM f.byte_start + 1
							  FOR f.byte_end - f.byte_start), 'UTF8') = f.quote AS quote_matches
FROM skanecoop.fact AS f JOIN skanecoop.document AS d USING (document_id)
WHERE f.kind = 'membership'
ORDER BY f.fact_id;

-- Validity and money functions over constants.
SELECT v::text AS validity, skanecoop.lower_precision(v) AS precision,
	   skanecoop.possibly_overlaps(v, '2019') AS may_cover_2019,
	   skanecoop.certainly_overlaps(v, '2019') AS covers_2019
FROM unnest(ARRAY['199X/..', '2016/2018', '[..2023-12-06]/..', '2019-07/2020']::skanecoop.validity[]) AS v
ORDER BY v;
SELECT skanecoop.annual_fee('21 kr/invånare/år', 147734) AS annual,
	   skanecoop.fee_for_period('21 kr/invånare/år', 147734, '2019-07-01/..',
								'2019-01-01', '2019-12-31') AS half_year,
	   '1 234,50 kr'::skanecoop.sek OPERATOR(skanecoop.+) '0,50 kr' AS total;

-- The fee schedule of a year from the loaded facts.
SELECT organisation, member, rate, inhabitants, fee, fee_at_most, reason
FROM skanecoop.fee_schedule(2023)
ORDER BY organisation, member, fee_id;
