
-- basis.sql (0.3)
--		How sure a fact is: whether the sentence it was read from names its
--		subject, or the subject was inferred from what the page is about.
--
-- "Familjen Helsingborg består av Bjuv, ..." names its body; "Våra
-- medlemskommuner är ..." or "I förbundet ingår ..." does not, and the
-- loader's extractor takes the body from the page's title, the section's
-- heading, or an earlier sentence (the section's first, the last
-- definition, the last one naming a body); a twin town's municipality may
-- be the page's own, the one it names most.  fact.basis says which.  A
-- wrong membership is worse than a missing one, so the analyst's
-- functions that return memberships, counts and twin towns take
-- stated_only (false by default): with it they read only what a page
-- states in so many words.
--
-- Facts stored before 0.3 say 'unknown': their loader did not record it,
-- and nothing stored says which they were.  A loader older than 0.3
-- writes 'unknown' too (the default).
ALTER TABLE @extschema@.fact
	ADD COLUMN basis pg_catalog.text NOT NULL DEFAULT 'unknown',
	ADD CONSTRAINT fact_basis_check CHECK (basis IN (
		'stated', 'inferred_from_title', 'inferred_from_heading',
		'inferred_from_earlier_sentence', 'inferred_from_page', 'unknown'));
COMMENT ON COLUMN @extschema@.fact.basis IS
	'How sure the fact is: stated where its sentence names its subject (the organisation of a membership, count, fee or area; the municipality of a twin town; organisations and document dates always), else where the extractor inferred the subject from: inferred_from_title, inferred_from_heading, inferred_from_earlier_sentence (the section''s first sentence, the last definition, the last sentence naming a body) or inferred_from_page (the municipality the page names most); unknown for facts loaded before 0.3';
COMMENT ON CONSTRAINT fact_basis_check ON @extschema@.fact IS
	'A basis is stated, one of the places a subject is inferred from, or unknown';

-- The membership view merged over the stated claims alone, or over all.
-- A claim is stated where one of its facts is (a page's revisions state
-- it alike; one that named the body in so many words states it).  Its
-- validity, pages and evidence come from the claims merged, so that a
-- stated membership takes no end an inferred statement gives.
CREATE FUNCTION @extschema@.membership_as_of(as_of pg_catalog.timestamptz,
											 stated_only pg_catalog.bool)
	RETURNS TABLE (membership_id pg_catalog.int8, organisation_id pg_catalog.int8,
				   organisation pg_catalog.text, member pg_catalog.text,
				   member_name pg_catalog.text, valid @extschema@.validity,
				   derived pg_catalog.bool, documents pg_catalog.int8,
				   evidence pg_catalog.int8[])
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	WITH stated AS (
		SELECT f.*, COALESCE(f.member, f.member_name) AS member_key
		FROM @extschema@.claim_as_of(membership_as_of.as_of) AS f
		WHERE f.kind = 'membership'
		  AND (NOT membership_as_of.stated_only
			   OR EXISTS (SELECT FROM pg_catalog.unnest(f.claim_facts) AS e(fact_id)
						  JOIN @extschema@.fact AS b ON b.fact_id = e.fact_id
						  WHERE b.basis = 'stated'))
	), merged AS (
		SELECT s.organisation_id, s.member_key,
			   pg_catalog.bool_and(s.derived) AS derived,
			   pg_catalog.count(DISTINCT s.uri) AS documents,
			   (SELECT pg_catalog.array_agg(e.fact_id ORDER BY e.fact_id)
				FROM stated AS c, pg_catalog.unnest(c.claim_facts) AS e(fact_id)
				WHERE c.organisation_id = s.organisation_id
				  AND c.member_key = s.member_key) AS evidence
		FROM stated AS s
		GROUP BY s.organisation_id, s.member_key
	)
	SELECT DISTINCT ON (s.organisation_id, s.member_key)
		   s.fact_id, s.organisation_id, o.name, s.member,
		   COALESCE(p.name, s.member_name), s.valid_as_read, m.derived, m.documents, m.evidence
	FROM stated AS s
	JOIN merged AS m ON m.organisation_id = s.organisation_id AND m.member_key = s.member_key
	JOIN @extschema@.organisation AS o ON o.organisation_id = s.organisation_id
	LEFT JOIN @extschema@.place AS p ON p.code = s.member
	ORDER BY s.organisation_id, s.member_key,
			 -- an end the text gives, not one the sightings give
			 COALESCE(@extschema@.is_open(s.valid), true),
			 COALESCE(@extschema@.latest_start(s.valid_as_read)
					  - @extschema@.earliest_start(s.valid_as_read), 2147483647),
			 s.document_date DESC, s.derived, s.fact_id
$$;
COMMENT ON FUNCTION @extschema@.membership_as_of(pg_catalog.timestamptz, pg_catalog.bool) IS
	'The membership view as the database knew it at a time, merged over the claims a page stated in so many words (stated_only: one of the claim''s facts has basis stated) or over every claim: one row per organisation and member, its validity from the claim that says most';

CREATE OR REPLACE FUNCTION @extschema@.membership_as_of(as_of pg_catalog.timestamptz)
	RETURNS TABLE (membership_id pg_catalog.int8, organisation_id pg_catalog.int8,
				   organisation pg_catalog.text, member pg_catalog.text,
				   member_name pg_catalog.text, valid @extschema@.validity,
				   derived pg_catalog.bool, documents pg_catalog.int8,
				   evidence pg_catalog.int8[])
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT * FROM @extschema@.membership_as_of(membership_as_of.as_of, false)
$$;

-- The analyst's functions that take the time take stated_only after it,
-- false by default, so that every call of four arguments still means
-- what it did.  The forms without the time stay as they were: a default
-- there would make a call with the time ambiguous.
DROP FUNCTION @extschema@.members_of(pg_catalog.text, pg_catalog.date, pg_catalog.text,
									 pg_catalog.timestamptz);
CREATE FUNCTION @extschema@.members_of(organisation pg_catalog.text, on_date pg_catalog.date,
									   reading pg_catalog.text, as_of pg_catalog.timestamptz,
									   stated_only pg_catalog.bool DEFAULT false)
	RETURNS TABLE (member pg_catalog.text, member_name pg_catalog.text,
				   valid @extschema@.validity, derived pg_catalog.bool,
				   documents pg_catalog.int8, evidence pg_catalog.int8[])
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT m.member, m.member_name, m.valid, m.derived, m.documents, m.evidence
	FROM @extschema@.membership_as_of(members_of.as_of, members_of.stated_only) AS m
	WHERE m.organisation_id = (SELECT @extschema@.find_organisation(members_of.organisation))
	  AND @extschema@.holds_on(m.valid, members_of.on_date, members_of.reading)
	ORDER BY m.member_name
$$;
COMMENT ON FUNCTION @extschema@.members_of(pg_catalog.text, pg_catalog.date, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
	'The members of an organisation on a date, in the certain or the possible reading, as the database knew them at as_of, with the facts behind each; with stated_only, only from the statements that name the organisation in so many words (fact.basis stated)';

DROP FUNCTION @extschema@.organisations_of(pg_catalog.text, pg_catalog.date, pg_catalog.text,
										   pg_catalog.timestamptz);
CREATE FUNCTION @extschema@.organisations_of(municipality pg_catalog.text,
											 on_date pg_catalog.date, reading pg_catalog.text,
											 as_of pg_catalog.timestamptz,
											 stated_only pg_catalog.bool DEFAULT false)
	RETURNS TABLE (organisation pg_catalog.text, kind pg_catalog.text,
				   valid @extschema@.validity, derived pg_catalog.bool,
				   documents pg_catalog.int8, evidence pg_catalog.int8[])
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT m.organisation, o.kind, m.valid, m.derived, m.documents, m.evidence
	FROM @extschema@.membership_as_of(organisations_of.as_of, organisations_of.stated_only) AS m
	JOIN @extschema@.organisation AS o ON o.organisation_id = m.organisation_id
	WHERE m.member = (SELECT @extschema@.find_place(organisations_of.municipality))
	  AND @extschema@.holds_on(m.valid, organisations_of.on_date, organisations_of.reading)
	ORDER BY m.organisation
$$;
COMMENT ON FUNCTION @extschema@.organisations_of(pg_catalog.text, pg_catalog.date, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
	'The bodies a municipality or region is a member of on a date, in the certain or the possible reading, as the database knew them at as_of, with the facts behind each; with stated_only, only from the statements that name the body in so many words (fact.basis stated)';

-- A count's basis is that of the fact of its newest revision.
DROP FUNCTION @extschema@.member_count(pg_catalog.text, pg_catalog.date, pg_catalog.timestamptz);
CREATE FUNCTION @extschema@.member_count(organisation pg_catalog.text, on_date pg_catalog.date,
										 as_of pg_catalog.timestamptz,
										 stated_only pg_catalog.bool DEFAULT false)
	RETURNS TABLE (source pg_catalog.text, count pg_catalog.int8, counted pg_catalog.text,
				   valid @extschema@.validity, stated_on pg_catalog.date,
				   publisher pg_catalog.text, quote pg_catalog.text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT r.source, pg_catalog.count(m.*), NULL::pg_catalog.text, NULL::@extschema@.validity,
		   member_count.on_date, NULL::pg_catalog.text, NULL::pg_catalog.text
	FROM (VALUES ('members certainly', 'certain'), ('members possibly', 'possible')) AS r(source, reading)
	LEFT JOIN LATERAL @extschema@.members_of(member_count.organisation, member_count.on_date,
											 r.reading, member_count.as_of,
											 member_count.stated_only) AS m ON true
	GROUP BY r.source
	UNION ALL
	SELECT 'stated', c.count, c.counted, c.valid, c.document_date, d.publisher, f.quote
	FROM @extschema@.member_count_as_of(member_count.as_of) AS c
	JOIN @extschema@.document AS d ON d.document_id = c.document_id
	JOIN @extschema@.fact AS f ON f.fact_id = c.fact_id
	WHERE c.organisation_id = (SELECT @extschema@.find_organisation(member_count.organisation))
	  AND (NOT member_count.stated_only OR f.basis = 'stated')
	ORDER BY 1, 2
$$;
COMMENT ON FUNCTION @extschema@.member_count(pg_catalog.text, pg_catalog.date, pg_catalog.timestamptz, pg_catalog.bool) IS
	'How many members an organisation has on a date, counted from the memberships in both readings, beside every count the pages stated, with their periods, dates and quotes, as the database knew them at as_of; with stated_only, the memberships and counts of the statements that name the organisation in so many words (fact.basis stated)';

-- A twin town's basis is that of the fact of its newest revision.
DROP FUNCTION @extschema@.twin_towns(pg_catalog.text, pg_catalog.timestamptz);
CREATE FUNCTION @extschema@.twin_towns(municipality pg_catalog.text, as_of pg_catalog.timestamptz,
									   stated_only pg_catalog.bool DEFAULT false)
	RETURNS TABLE (partner pg_catalog.text, partner_country pg_catalog.text,
				   relation pg_catalog.text, valid @extschema@.validity,
				   stated_on pg_catalog.date, quote pg_catalog.text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT t.partner, t.partner_country, t.relation, t.valid, t.document_date, f.quote
	FROM @extschema@.twin_town_as_of(twin_towns.as_of) AS t
	JOIN @extschema@.fact AS f ON f.fact_id = t.fact_id
	WHERE t.municipality = (SELECT @extschema@.find_place(twin_towns.municipality))
	  AND (NOT twin_towns.stated_only OR f.basis = 'stated')
	ORDER BY t.relation DESC, t.partner, t.fact_id
$$;
COMMENT ON FUNCTION @extschema@.twin_towns(pg_catalog.text, pg_catalog.timestamptz, pg_catalog.bool) IS
	'A municipality''s twin towns and cooperation agreements abroad, as the pages stated them, with their periods, as the database knew them at as_of; with stated_only, only those whose sentence names the municipality (fact.basis stated), not the page''s own taken for it';
