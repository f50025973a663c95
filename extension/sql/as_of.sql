
-- as_of.sql (0.3)
--		The merged history: every claim a page ever made, with the period
--		its sightings give it, as the database knew it at any time.
--
-- Valid time and transaction time.  A claim is what a page's consecutive
-- revisions state alike (the same membership, fee rate, count, twin town
-- or area); its evidence is every fact behind it.  A claim the text dates
-- keeps the text's bounds; where the text gives no start, the claim began
-- on or before its page's date and its first sighting ([..F]); where the
-- text gives no end, it held at least until its last sighting L ([L..]),
-- and where a later revision stopped stating it, or the page was withdrawn,
-- it ended between L and the day before the first sighting of what
-- followed (ended_on): "[L..ended_on - 1]", L itself when ended_on is the
-- next day.  A gap wider than a bound between two days can span (over 513
-- days: a pipeline that did not run for a year and a half) keeps "[L..]",
-- which says less but nothing false; claim_as_of's ended_on gives the day
-- the claim was first known gone.  Claims of superseded revisions stay:
-- the 21 kr fee a page stated in 2023 still answers for 2023 after the
-- page says 23 kr from 2025, each with the revision it comes from.
--
-- What the database knew at time T: the revisions loaded by T, superseded
-- only if by T, seen as the sightings logged by T say.  Every merged view
-- answers as of the setting skanecoop.as_of (a timestamptz; unset or empty
-- means now), and each has a companion function taking the time; every
-- analyst's function takes it as a last argument.

-- The time the views answer as of.
CREATE FUNCTION @extschema@.as_of_time()
	RETURNS pg_catalog.timestamptz
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT COALESCE(NULLIF(pg_catalog.current_setting('skanecoop.as_of', true),
					  '')::pg_catalog.timestamptz,
					pg_catalog.now())
$$;
COMMENT ON FUNCTION @extschema@.as_of_time() IS
	'The time the merged views answer as of: the setting skanecoop.as_of, or now where it is unset or empty';

-- A claim's validity from what the text states and when it was seen (see
-- the head of this file).  The start is stated_since's (the statement of
-- the claim that pins it most), the end stated's (its newest statement).
-- The date bounds are days (UTC).  Bounds that would leave no period (a
-- stated start after the end observed) give way to stated as it is.
CREATE FUNCTION @extschema@.observed_validity(stated @extschema@.validity,
											  stated_since @extschema@.validity,
											  stated_on pg_catalog.date,
											  first_seen pg_catalog.date,
											  last_seen pg_catalog.date,
											  ended_on pg_catalog.date)
	RETURNS @extschema@.validity
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	WITH lower_bound AS (
		SELECT CASE
				   WHEN observed_validity.stated_since IS NOT NULL
						AND @extschema@.lower_kind(observed_validity.stated_since) <> 'unknown'
				   THEN pg_catalog.split_part(observed_validity.stated_since::pg_catalog.text, '/', 1)
				   -- a statement whose text gives an end is not present tense:
				   -- its start is what the text says, unknown or not
				   WHEN observed_validity.stated IS NOT NULL
						AND @extschema@.upper_kind(observed_validity.stated) <> 'unbounded'
				   THEN pg_catalog.split_part(observed_validity.stated::pg_catalog.text, '/', 1)
				   ELSE '[..' || pg_catalog.to_char(
							CASE WHEN observed_validity.stated_on
									  BETWEEN '0001-01-01' AND observed_validity.first_seen
								 THEN observed_validity.stated_on
								 ELSE observed_validity.first_seen END, 'YYYY-MM-DD') || ']'
			   END AS text
	), bounds AS (
		SELECT l.text AS lower_text,
			   @extschema@.earliest_start((l.text || '/..')::@extschema@.validity) AS earliest_start,
			   CASE
				   WHEN observed_validity.stated IS NOT NULL
						AND @extschema@.upper_kind(observed_validity.stated) <> 'unbounded'
				   THEN pg_catalog.split_part(observed_validity.stated::pg_catalog.text, '/', 2)
				   WHEN observed_validity.ended_on <= observed_validity.last_seen + 1
				   THEN pg_catalog.to_char(observed_validity.last_seen, 'YYYY-MM-DD')
				   -- known gone later: it ended on one of the days in between, a
				   -- bound that spans at most 513 days (SC_BETWEEN_MAX_DAYS + 1)
				   WHEN observed_validity.ended_on - 1 - observed_validity.last_seen <= 512
				   THEN '[' || pg_catalog.to_char(observed_validity.last_seen, 'YYYY-MM-DD') || '..'
						|| pg_catalog.to_char(observed_validity.ended_on - 1, 'YYYY-MM-DD') || ']'
				   ELSE '[' || pg_catalog.to_char(observed_validity.last_seen, 'YYYY-MM-DD') || '..]'
			   END AS upper_text
		FROM lower_bound AS l
	)
	SELECT CASE
			   WHEN b.earliest_start IS NULL
					OR b.earliest_start <= @extschema@.latest_end(('../' || b.upper_text)::@extschema@.validity)
					OR @extschema@.latest_end(('../' || b.upper_text)::@extschema@.validity) IS NULL
			   THEN (b.lower_text || '/' || b.upper_text)::@extschema@.validity
			   ELSE observed_validity.stated
		   END
	FROM bounds AS b
	WHERE observed_validity.first_seen BETWEEN '0001-01-01' AND '9999-12-31'
	  AND observed_validity.last_seen BETWEEN '0001-01-01' AND '9999-12-31'
$$;
COMMENT ON FUNCTION @extschema@.observed_validity(@extschema@.validity, @extschema@.validity, pg_catalog.date, pg_catalog.date, pg_catalog.date, pg_catalog.date) IS
	'A claim''s validity: the start stated_since states, else the one stated states where the text gives an end, else on or before the page''s date and first sighting; the end stated states, else on or after the last sighting, on it where the claim was known gone the next day (ended_on), or between it and the day before ended_on where that is at most 513 days; NULL for sightings outside the years 0001 to 9999';

-- The claims the database knew at a time, one row each: the columns of the
-- fact of its newest revision, the date that revision speaks for, the
-- claim's validity (valid_as_read), and its page, facts and sightings.
CREATE FUNCTION @extschema@.claim_as_of(as_of pg_catalog.timestamptz)
	RETURNS TABLE (fact_id pg_catalog.int8, document_id pg_catalog.int8, kind pg_catalog.text,
				   organisation_id pg_catalog.int8, organisation_name pg_catalog.text,
				   name pg_catalog.text, member pg_catalog.text, member_name pg_catalog.text,
				   derived pg_catalog.bool, municipality pg_catalog.text, partner pg_catalog.text,
				   partner_place pg_catalog.text, partner_country pg_catalog.text,
				   relation pg_catalog.text, valid @extschema@.validity,
				   rate @extschema@.fee_rate, count pg_catalog.int4, byte_start pg_catalog.int4,
				   byte_end pg_catalog.int4, quote pg_catalog.text, rule pg_catalog.text,
				   warning pg_catalog.text, document_date pg_catalog.date,
				   valid_as_read @extschema@.validity, uri pg_catalog.text,
				   claim_facts pg_catalog.int8[], first_seen_on pg_catalog.date,
				   last_seen_on pg_catalog.date, ended_on pg_catalog.date)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	WITH revision AS (
		SELECT d.document_id, d.uri, d.loaded_at,
			   COALESCE(d.updated_on, d.published_on, (d.fetched_at AT TIME ZONE 'UTC')::date,
						(d.loaded_at AT TIME ZONE 'UTC')::date) AS document_date,
			   (d.first_seen_at AT TIME ZONE 'UTC')::date AS first_seen_on,
			   @extschema@.last_seen_on(d.document_id, d.first_seen_at, d.last_seen_at,
										claim_as_of.as_of) AS last_seen_on,
			   CASE WHEN d.superseded_at <= claim_as_of.as_of THEN d.superseded_at END
				   AS superseded_at,
			   pg_catalog.row_number() OVER w AS revision_no,
			   pg_catalog.lag(d.superseded_at) OVER w = d.loaded_at AS follows,
			   pg_catalog.lead(d.loaded_at) OVER w AS next_loaded_at,
			   pg_catalog.lead(d.first_seen_at) OVER w AS next_first_seen_at
		FROM @extschema@.document AS d
		WHERE d.loaded_at <= claim_as_of.as_of
		WINDOW w AS (PARTITION BY d.uri ORDER BY d.loaded_at, d.document_id)
	), stated AS (
		-- the first day the page is known no longer to state what it stated:
		-- the next revision's first sighting, or the withdrawal's run
		SELECT f.*, r.uri, r.document_date, r.first_seen_on, r.last_seen_on, r.revision_no,
			   r.follows,
			   (CASE WHEN r.next_loaded_at = r.superseded_at
					 THEN LEAST(r.next_first_seen_at, r.superseded_at)
					 ELSE r.superseded_at END AT TIME ZONE 'UTC')::date AS ended_on,
			   pg_catalog.format('%s|%s|%s|%s|%s|%s|%s|%s|%s', f.kind, f.organisation_id,
								 COALESCE(f.member, pg_catalog.lower(f.member_name)),
								 f.rate, f.count, f.municipality, pg_catalog.lower(f.partner),
								 f.relation, pg_catalog.lower(f.name)) AS what
		FROM @extschema@.fact AS f
		JOIN revision AS r ON r.document_id = f.document_id
	), keyed AS (
		-- what a revision states twice is two claims: the first continues the first
		SELECT s.*, s.what || '|' || pg_catalog.row_number()
									   OVER (PARTITION BY s.document_id, s.what ORDER BY s.fact_id)
				   AS claim_key
		FROM stated AS s
	), islanded AS (
		-- a claim runs over consecutive revisions that each state it
		SELECT s.*,
			   pg_catalog.sum(CASE WHEN s.previous_no = s.revision_no - 1 AND s.follows THEN 0
								   ELSE 1 END)
				   OVER (PARTITION BY s.uri, s.claim_key ORDER BY s.revision_no, s.fact_id
						 ROWS UNBOUNDED PRECEDING) AS island
		FROM (SELECT st.*, pg_catalog.lag(st.revision_no)
							   OVER (PARTITION BY st.uri, st.claim_key
									 ORDER BY st.revision_no, st.fact_id) AS previous_no
			  FROM keyed AS st) AS s
	), claim AS (
		SELECT i.*,
			   pg_catalog.first_value(i.document_date) OVER c AS first_document_date,
			   pg_catalog.first_value(i.first_seen_on) OVER c AS claim_first_seen_on,
			   pg_catalog.first_value(i.valid) OVER c AS first_valid,
			   pg_catalog.array_agg(i.fact_id) OVER (PARTITION BY i.uri, i.claim_key, i.island)
				   AS facts,
			   pg_catalog.row_number() OVER (PARTITION BY i.uri, i.claim_key, i.island
											 ORDER BY i.revision_no DESC, i.fact_id) AS newest
		FROM islanded AS i
		WINDOW c AS (PARTITION BY i.uri, i.claim_key, i.island ORDER BY i.revision_no, i.fact_id)
	)
	SELECT c.fact_id, c.document_id, c.kind, c.organisation_id, c.organisation_name, c.name,
		   c.member, c.member_name, c.derived, c.municipality, c.partner, c.partner_place,
		   c.partner_country, c.relation, c.valid, c.rate, c.count, c.byte_start, c.byte_end,
		   c.quote, c.rule, c.warning, c.document_date,
		   -- the start of the first statement or of the newest, whichever pins it more
		   @extschema@.observed_validity(c.valid,
										 CASE WHEN c.valid IS NULL
												   OR @extschema@.latest_start(c.first_valid)
													  < @extschema@.latest_start(c.valid)
											  THEN c.first_valid ELSE c.valid END,
										 c.first_document_date, c.claim_first_seen_on,
										 c.last_seen_on, c.ended_on),
		   c.uri, c.facts, c.claim_first_seen_on, c.last_seen_on, c.ended_on
	FROM claim AS c
	WHERE c.newest = 1
$$;
COMMENT ON FUNCTION @extschema@.claim_as_of(pg_catalog.timestamptz) IS
	'The claims the database knew at a time, one row each, current or ended: the fact of the newest revision stating it, its document_date, valid_as_read (the stated bounds, else those its sightings give), the page''s uri, every fact behind it (claim_facts), and its first and last sighting and the day it was first known gone (ended_on, NULL while stated)';

-- The facts of the current revisions, each with its claim's validity.
CREATE OR REPLACE VIEW @extschema@.current_fact AS
SELECT * FROM @extschema@.claim_as_of(@extschema@.as_of_time()) AS c
WHERE c.ended_on IS NULL;
COMMENT ON VIEW @extschema@.current_fact IS
	'Facts of the revisions current at skanecoop.as_of (now by default), with document_date (the date the document speaks for) and valid_as_read, the validity of the claim the fact continues (see claim_as_of)';
COMMENT ON COLUMN @extschema@.current_fact.uri IS
	'The page (document.uri) stating it';
COMMENT ON COLUMN @extschema@.current_fact.claim_facts IS
	'Every fact behind the claim: this one and the same statement in the page''s earlier revisions';
COMMENT ON COLUMN @extschema@.current_fact.first_seen_on IS
	'The day (UTC) the claim''s first revision was first seen';
COMMENT ON COLUMN @extschema@.current_fact.last_seen_on IS
	'The day (UTC) the fact''s revision was last seen, as known at skanecoop.as_of (now by default)';
COMMENT ON COLUMN @extschema@.current_fact.ended_on IS
	'NULL: the fact''s revision is current (the claim is still stated)';

-- The merged views, each a companion function taking the time and a view
-- answering as of skanecoop.as_of (now by default).  Their columns and merging rules are those
-- of facts.sql, over claims instead of current facts: a membership counts
-- the pages behind it and lists every fact behind its claims.  With
-- stated_only it merges the claims a page stated in so many words alone
-- (basis.sql): a claim is stated where one of its facts is, and a stated
-- membership then takes no end an inferred statement gives.
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
	'The membership view as the database knew it at a time: one row per organisation and member over every claim then known, current or ended (with stated_only, over those a page stated in so many words: one of the claim''s facts has basis stated), its validity from the claim that says most';
CREATE FUNCTION @extschema@.membership_as_of(as_of pg_catalog.timestamptz)
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
COMMENT ON FUNCTION @extschema@.membership_as_of(pg_catalog.timestamptz) IS
	'The membership view as the database knew it at a time: one row per organisation and member over every claim then known, current or ended, its validity from the claim that says most';
CREATE OR REPLACE VIEW @extschema@.membership AS
SELECT * FROM @extschema@.membership_as_of(@extschema@.as_of_time());
COMMENT ON VIEW @extschema@.membership IS
	'Who is a member of what, merged over every page''s claims as known at skanecoop.as_of (now by default): one row per organisation and member, its validity from the claim that says most (one the text gives an end before one that does not, then the most precise start, then the newest document), derived only if every statement behind it is, the pages behind it, and evidence listing every fact_id behind it';

CREATE FUNCTION @extschema@.fee_as_of(as_of pg_catalog.timestamptz)
	RETURNS TABLE (fee_id pg_catalog.int8, organisation_id pg_catalog.int8,
				   organisation pg_catalog.text, rate @extschema@.fee_rate,
				   valid @extschema@.validity, document_date pg_catalog.date,
				   fact_id pg_catalog.int8, member pg_catalog.text, rule @extschema@.fee_rule)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT f.fact_id, f.organisation_id, o.name, f.rate, f.valid_as_read, f.document_date,
		   f.fact_id, f.member, COALESCE(s.fee_rule, f.rate::@extschema@.fee_rule)
	FROM @extschema@.claim_as_of(fee_as_of.as_of) AS f
	JOIN @extschema@.fact AS s ON s.fact_id = f.fact_id
	JOIN @extschema@.organisation AS o ON o.organisation_id = f.organisation_id
	WHERE f.kind = 'fee'
$$;
COMMENT ON FUNCTION @extschema@.fee_as_of(pg_catalog.timestamptz) IS
	'The fee view as the database knew it at a time: every fee rule then known, current or ended, with its period';
CREATE OR REPLACE VIEW @extschema@.fee AS
SELECT * FROM @extschema@.fee_as_of(@extschema@.as_of_time());
COMMENT ON VIEW @extschema@.fee IS
	'Membership fee rules every page stated, as known at skanecoop.as_of (now by default), each with its period and the fact (fee_id) of the newest revision stating it; rule is the rule of every shape (rate as a rule where the fact states a rate), rate the fee_rate where it is one; both NULL where a document names a fee without its amount';

CREATE FUNCTION @extschema@.member_count_as_of(as_of pg_catalog.timestamptz)
	RETURNS TABLE (fact_id pg_catalog.int8, organisation_id pg_catalog.int8,
				   organisation pg_catalog.text, count pg_catalog.int4, counted pg_catalog.text,
				   valid @extschema@.validity, document_date pg_catalog.date,
				   document_id pg_catalog.int8)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT f.fact_id, f.organisation_id, o.name, f.count, f.name, f.valid_as_read,
		   f.document_date, f.document_id
	FROM @extschema@.claim_as_of(member_count_as_of.as_of) AS f
	JOIN @extschema@.organisation AS o ON o.organisation_id = f.organisation_id
	WHERE f.kind = 'member_count'
$$;
COMMENT ON FUNCTION @extschema@.member_count_as_of(pg_catalog.timestamptz) IS
	'The member_count view as the database knew it at a time: every count then known, current or ended, with its period';
CREATE OR REPLACE VIEW @extschema@.member_count AS
SELECT * FROM @extschema@.member_count_as_of(@extschema@.as_of_time());
COMMENT ON VIEW @extschema@.member_count IS
	'Member counts the pages stated ("samtliga 33 skånska kommuner"), as known at skanecoop.as_of (now by default), each with its period and its newest revision''s date; documents that disagree each keep their row';

CREATE FUNCTION @extschema@.twin_town_as_of(as_of pg_catalog.timestamptz)
	RETURNS TABLE (fact_id pg_catalog.int8, municipality pg_catalog.text,
				   municipality_name pg_catalog.text, partner pg_catalog.text,
				   partner_place pg_catalog.text, partner_country pg_catalog.text,
				   relation pg_catalog.text, valid @extschema@.validity,
				   document_date pg_catalog.date, document_id pg_catalog.int8)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT f.fact_id, f.municipality, m.name, f.partner, f.partner_place, f.partner_country,
		   f.relation, f.valid_as_read, f.document_date, f.document_id
	FROM @extschema@.claim_as_of(twin_town_as_of.as_of) AS f
	LEFT JOIN @extschema@.place AS m ON m.code = f.municipality
	WHERE f.kind = 'twin_town'
$$;
COMMENT ON FUNCTION @extschema@.twin_town_as_of(pg_catalog.timestamptz) IS
	'The twin_town view as the database knew it at a time: every twin town and agreement then known, current or ended, with its period';
CREATE OR REPLACE VIEW @extschema@.twin_town AS
SELECT * FROM @extschema@.twin_town_as_of(@extschema@.as_of_time());
COMMENT ON VIEW @extschema@.twin_town IS
	'Twin towns and cooperation agreements abroad that the pages stated, as known at skanecoop.as_of (now by default): municipality, partner, partner''s country (ISO 3166), relation and period';

CREATE FUNCTION @extschema@.cooperation_area_as_of(as_of pg_catalog.timestamptz)
	RETURNS TABLE (organisation_id pg_catalog.int8, organisation pg_catalog.text,
				   area pg_catalog.text, fact_id pg_catalog.int8)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT DISTINCT ON (f.organisation_id, pg_catalog.lower(f.name))
		   f.organisation_id, o.name, f.name, f.fact_id
	FROM @extschema@.claim_as_of(cooperation_area_as_of.as_of) AS f
	JOIN @extschema@.organisation AS o ON o.organisation_id = f.organisation_id
	WHERE f.kind = 'area' AND f.ended_on IS NULL
	ORDER BY f.organisation_id, pg_catalog.lower(f.name), f.document_date DESC, f.fact_id
$$;
COMMENT ON FUNCTION @extschema@.cooperation_area_as_of(pg_catalog.timestamptz) IS
	'The cooperation_area view as the database knew it at a time: the areas the pages still listed then';
CREATE OR REPLACE VIEW @extschema@.cooperation_area AS
SELECT * FROM @extschema@.cooperation_area_as_of(@extschema@.as_of_time());
COMMENT ON VIEW @extschema@.cooperation_area IS
	'The fields each organisation cooperates in, as the pages still listed them at skanecoop.as_of (now by default)';

-- The analyst's functions, each with the time as a further argument; the
-- forms without it answer as of skanecoop.as_of (now by default).  Those
-- of memberships, counts, twin towns and fees take stated_only after the
-- time (false by default): only what a page states in so many words
-- (fact.basis, basis.sql).  The forms without the time take none, since
-- a default there would make a call with the time ambiguous.
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
CREATE OR REPLACE FUNCTION @extschema@.members_of(organisation pg_catalog.text,
									   on_date pg_catalog.date DEFAULT CURRENT_DATE,
									   reading pg_catalog.text DEFAULT 'certain')
	RETURNS TABLE (member pg_catalog.text, member_name pg_catalog.text,
				   valid @extschema@.validity, derived pg_catalog.bool,
				   documents pg_catalog.int8, evidence pg_catalog.int8[])
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT * FROM @extschema@.members_of(members_of.organisation, members_of.on_date,
										 members_of.reading, @extschema@.as_of_time())
$$;
COMMENT ON FUNCTION @extschema@.members_of(pg_catalog.text, pg_catalog.date, pg_catalog.text) IS
	'The members of an organisation on a date (today by default), in the certain reading (members on that date whatever the imprecise bounds mean) or the possible one, as known at skanecoop.as_of (now by default), with the facts behind each';

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
CREATE OR REPLACE FUNCTION @extschema@.organisations_of(municipality pg_catalog.text,
											 on_date pg_catalog.date DEFAULT CURRENT_DATE,
											 reading pg_catalog.text DEFAULT 'certain')
	RETURNS TABLE (organisation pg_catalog.text, kind pg_catalog.text,
				   valid @extschema@.validity, derived pg_catalog.bool,
				   documents pg_catalog.int8, evidence pg_catalog.int8[])
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT * FROM @extschema@.organisations_of(organisations_of.municipality,
											   organisations_of.on_date, organisations_of.reading,
											   @extschema@.as_of_time())
$$;
COMMENT ON FUNCTION @extschema@.organisations_of(pg_catalog.text, pg_catalog.date, pg_catalog.text) IS
	'The bodies a municipality or region is a member of on a date (today by default), in the certain or the possible reading, as known at skanecoop.as_of (now by default), with the facts behind each';

CREATE FUNCTION @extschema@.membership_history(organisation pg_catalog.text,
											   as_of pg_catalog.timestamptz)
	RETURNS TABLE (member pg_catalog.text, member_name pg_catalog.text,
				   valid @extschema@.validity, derived pg_catalog.bool,
				   stated_on pg_catalog.date, publisher pg_catalog.text,
				   loaded_at pg_catalog.timestamptz, superseded_at pg_catalog.timestamptz,
				   fact_id pg_catalog.int8, quote pg_catalog.text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT f.member, COALESCE(p.name, f.member_name), f.valid, f.derived,
		   COALESCE(d.updated_on, d.published_on, (d.fetched_at AT TIME ZONE 'UTC')::date,
					(d.loaded_at AT TIME ZONE 'UTC')::date),
		   d.publisher, d.loaded_at,
		   CASE WHEN d.superseded_at <= membership_history.as_of THEN d.superseded_at END,
		   f.fact_id, f.quote
	FROM @extschema@.fact AS f
	JOIN @extschema@.document AS d ON d.document_id = f.document_id
	LEFT JOIN @extschema@.place AS p ON p.code = f.member
	WHERE f.kind = 'membership'
	  AND f.organisation_id = (SELECT @extschema@.find_organisation(membership_history.organisation))
	  AND d.loaded_at <= membership_history.as_of
	ORDER BY 5, d.loaded_at, f.derived, 2, f.fact_id
$$;
COMMENT ON FUNCTION @extschema@.membership_history(pg_catalog.text, pg_catalog.timestamptz) IS
	'Every statement about an organisation''s members that a document revision loaded by as_of made, in the order of the dates the documents speak for, with the validity stated, when the revision was loaded and, if by as_of, superseded, and the quote';
CREATE OR REPLACE FUNCTION @extschema@.membership_history(organisation pg_catalog.text)
	RETURNS TABLE (member pg_catalog.text, member_name pg_catalog.text,
				   valid @extschema@.validity, derived pg_catalog.bool,
				   stated_on pg_catalog.date, publisher pg_catalog.text,
				   loaded_at pg_catalog.timestamptz, superseded_at pg_catalog.timestamptz,
				   fact_id pg_catalog.int8, quote pg_catalog.text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT * FROM @extschema@.membership_history(membership_history.organisation,
												 @extschema@.as_of_time())
$$;
COMMENT ON FUNCTION @extschema@.membership_history(pg_catalog.text) IS
	'Every statement about an organisation''s members that any document revision made, as known at skanecoop.as_of (now by default), in the order of the dates the documents speak for, with the validity stated, when the revision was loaded and superseded, and the quote';

-- A count's basis is that of the fact of its newest revision.
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
CREATE OR REPLACE FUNCTION @extschema@.member_count(organisation pg_catalog.text,
										 on_date pg_catalog.date DEFAULT CURRENT_DATE)
	RETURNS TABLE (source pg_catalog.text, count pg_catalog.int8, counted pg_catalog.text,
				   valid @extschema@.validity, stated_on pg_catalog.date,
				   publisher pg_catalog.text, quote pg_catalog.text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT * FROM @extschema@.member_count(member_count.organisation, member_count.on_date,
										   @extschema@.as_of_time())
$$;
COMMENT ON FUNCTION @extschema@.member_count(pg_catalog.text, pg_catalog.date) IS
	'How many members an organisation has on a date, counted from the memberships in both readings, beside every count the pages stated, with their periods, dates and quotes, as known at skanecoop.as_of (now by default)';

-- A twin town's basis is that of the fact of its newest revision.
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
CREATE OR REPLACE FUNCTION @extschema@.twin_towns(municipality pg_catalog.text)
	RETURNS TABLE (partner pg_catalog.text, partner_country pg_catalog.text,
				   relation pg_catalog.text, valid @extschema@.validity,
				   stated_on pg_catalog.date, quote pg_catalog.text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT * FROM @extschema@.twin_towns(twin_towns.municipality, @extschema@.as_of_time())
$$;
COMMENT ON FUNCTION @extschema@.twin_towns(pg_catalog.text) IS
	'A municipality''s twin towns and cooperation agreements abroad, as the pages stated them, with their periods, as known at skanecoop.as_of (now by default)';

-- The fee schedule of a year as the database knew it at a time: the fee
-- rules (fee_rules.sql) and memberships of every claim then known, so that
-- a rule a page has since replaced still answers for the years it was in
-- force.  The view of every year's schedule reads the form with the time,
-- which bi_tools.sql keeps as it names the members.  With stated_only the
-- whole computation reads the stated rules and memberships alone
-- (basis.sql): a share of a total is divided over the members stated, not
-- taken from a division over every member, so that the shares still sum
-- to the total.  A rule is stated where its fact is (a rule's claim has
-- one fact a revision, and the newest speaks for it, as for counts and
-- twin towns); a membership where one of the statements behind it is.  A
-- NULL stated_only, like a NULL year, gives no rows.
CREATE FUNCTION @extschema@.fee_schedule(year pg_catalog.int4, as_of pg_catalog.timestamptz,
										 stated_only pg_catalog.bool DEFAULT false)
	RETURNS TABLE (organisation_id pg_catalog.int8,
				   organisation pg_catalog.text,
				   member pg_catalog.text,
				   fee_id pg_catalog.int8,
				   rate @extschema@.fee_rate,
				   inhabitants pg_catalog.int8,
				   population_date pg_catalog.date,
				   fee @extschema@.sek,
				   fee_at_most @extschema@.sek,
				   reason pg_catalog.text,
				   rule @extschema@.fee_rule,
				   currency pg_catalog.text,
				   charge @extschema@.money_amount,
				   charge_at_most @extschema@.money_amount)
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	WITH checked AS (
		SELECT @extschema@.fee_schedule_year(year) AS year
	),
	bounds AS (
		SELECT k.year,
			   pg_catalog.make_date(k.year, 1, 1) AS first_day,
			   pg_catalog.make_date(k.year, 12, 31) AS last_day,
			   pg_catalog.lpad(k.year::pg_catalog.text, 4, '0')::@extschema@.validity AS whole_year
		FROM checked AS k
	),
	charged AS (
		SELECT f.organisation_id, f.fee_id, f.rate, f.rule, f.valid AS rule_valid,
			   @extschema@.rule_shape(f.rule) AS shape,
			   @extschema@.rule_shape(f.rule) IN ('population_share', 'equal_share', 'fixed_share') AS shared,
			   m.member,
			   @extschema@.intersection(m.valid, f.valid) AS days
		-- the arguments unqualified: bi_tools.sql renames the function
		FROM @extschema@.fee_as_of(as_of) AS f
		JOIN @extschema@.membership_as_of(as_of, stated_only) AS m
		  ON m.organisation_id = f.organisation_id
		 AND (f.member IS NULL OR f.member = m.member)
		CROSS JOIN bounds AS b
		WHERE @extschema@.possibly_overlaps(f.valid, b.whole_year)
		  AND @extschema@.possibly_overlaps(m.valid, b.whole_year)
		  -- a rule's basis is its fact's (fee_id), as skanecoop_bi.fees gives it
		  AND (NOT stated_only
			   OR EXISTS (SELECT FROM @extschema@.fact AS r
						  WHERE r.fact_id = f.fee_id AND r.basis = 'stated'))
	),
	priced AS (
		SELECT c.*, p.inhabitants, p.reference_date,
			   @extschema@.rule_fee_in_range(c.rule, p.inhabitants) AS in_range,
			   -- a share's members: one rule's, or the fixed shares of one total
			   CASE WHEN c.shape = 'fixed_share'
					THEN pg_catalog.concat_ws(' ', c.organisation_id,
											  @extschema@.rule_amount(c.rule),
											  @extschema@.rule_period(c.rule), c.rule_valid)
					ELSE c.fee_id::pg_catalog.text
			   END AS pool,
			   CASE c.shape
				   WHEN 'population_share' THEN p.inhabitants
				   WHEN 'equal_share' THEN 1
				   WHEN 'fixed_share' THEN (@extschema@.rule_share(c.rule) * 10000)::pg_catalog.int8
			   END AS weight
		FROM charged AS c
		CROSS JOIN bounds AS b
		LEFT JOIN LATERAL (
			SELECT pop.inhabitants, pop.reference_date
			FROM @extschema@.population AS pop,
				 pg_catalog.unnest(@extschema@.population_reference_dates(c.rule, b.year))
					 WITH ORDINALITY AS d(reference_date, preference)
			WHERE pop.place = c.member AND pop.reference_date = d.reference_date
			ORDER BY d.preference
			LIMIT 1
		) AS p ON true
		WHERE c.days IS NOT NULL
	),
	pooled AS (
		SELECT pr.*,
			   pg_catalog.row_number() OVER w AS position,
			   pg_catalog.array_agg(pr.weight) OVER whole_pool AS weights,
			   pg_catalog.min(pr.member) FILTER (WHERE pr.weight IS NULL) OVER whole_pool AS unweighed,
			   pg_catalog.sum(pr.weight) OVER whole_pool AS weight_sum
		FROM priced AS pr
		WINDOW w AS (PARTITION BY pr.pool ORDER BY pr.member, pr.fee_id),
			   whole_pool AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
	),
	computed AS (
		SELECT c.*,
			   CASE WHEN c.shape IS NULL OR NOT c.in_range THEN NULL
					WHEN NOT c.shared THEN
						@extschema@.rule_fee_for_period(c.rule, c.inhabitants, c.days,
														b.first_day, b.last_day, 'certain')
					WHEN c.unweighed IS NULL AND c.weight_sum > 0
						 AND (c.shape <> 'fixed_share' OR c.weight_sum <= 1000000) THEN
						(@extschema@.fee_shares(@extschema@.rule_fee_for_period(c.rule, NULL, c.rule_valid,
																				b.first_day, b.last_day, 'certain'),
												c.weights,
												CASE WHEN c.shape = 'fixed_share' THEN 1000000 END))[c.position]
			   END AS charge,
			   CASE WHEN c.shape IS NULL OR NOT c.in_range THEN NULL
					WHEN NOT c.shared THEN
						@extschema@.rule_fee_for_period(c.rule, c.inhabitants, c.days,
														b.first_day, b.last_day, 'possible')
					WHEN c.unweighed IS NULL AND c.weight_sum > 0
						 AND (c.shape <> 'fixed_share' OR c.weight_sum <= 1000000) THEN
						(@extschema@.fee_shares(@extschema@.rule_fee_for_period(c.rule, NULL, c.rule_valid,
																				b.first_day, b.last_day, 'possible'),
												c.weights,
												CASE WHEN c.shape = 'fixed_share' THEN 1000000 END))[c.position]
			   END AS charge_at_most
		FROM pooled AS c
		CROSS JOIN bounds AS b
	)
	SELECT c.organisation_id, o.name, c.member, c.fee_id, c.rate,
		   c.inhabitants, c.reference_date,
		   CASE WHEN @extschema@.currency(c.charge) = 'SEK' THEN c.charge::@extschema@.sek END,
		   CASE WHEN @extschema@.currency(c.charge_at_most) = 'SEK' THEN c.charge_at_most::@extschema@.sek END,
		   CASE
			   WHEN c.rule IS NULL THEN 'the fee rule states no amount'
			   WHEN c.shape IN ('inhabitant', 'base_and_inhabitant', 'population_share')
					AND c.inhabitants IS NULL
			   THEN pg_catalog.format('no population of %s %s', c.member,
									  CASE @extschema@.rule_population_date(c.rule)
										  WHEN 'november' THEN pg_catalog.format('on 1 November %s', b.year - 1)
										  WHEN 'january' THEN pg_catalog.format('on 1 January %s', b.year)
										  ELSE pg_catalog.format('at the end of %s', b.year - 1)
									  END)
			   WHEN NOT c.in_range
			   THEN pg_catalog.format('a fee of %s for %s inhabitants is more than %s can hold',
									  c.rule, c.inhabitants,
									  CASE WHEN @extschema@.currency(@extschema@.rule_amount(c.rule)) = 'SEK'
										   THEN 'sek' ELSE 'money_amount' END)
			   WHEN c.shared AND c.unweighed IS NOT NULL
			   THEN pg_catalog.format('the total is shared by population, and %s has none for the year',
									  c.unweighed)
			   WHEN c.shared AND c.weight_sum = 0
			   THEN 'the members among whom the total is shared have no inhabitants'
			   WHEN c.shape = 'fixed_share' AND c.weight_sum > 1000000
			   THEN pg_catalog.format('the fixed shares of the members sum to %s %%, more than 100 %%',
									  pg_catalog.trim_scale(c.weight_sum / 10000.0))
		   END,
		   c.rule, @extschema@.currency(@extschema@.rule_amount(c.rule)),
		   c.charge, c.charge_at_most
	FROM computed AS c
	JOIN @extschema@.organisation AS o ON o.organisation_id = c.organisation_id
	CROSS JOIN bounds AS b
	ORDER BY o.name, c.member, c.fee_id
$$;
COMMENT ON FUNCTION @extschema@.fee_schedule(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.bool) IS
	'What every member owes each organisation with a fee rule for a calendar year (1 to 9999), as the database knew the rules and memberships at as_of (with stated_only, those a page stated in so many words alone): charge and charge_at_most in the rule''s currency, fee and fee_at_most the same in sek (NULL for another currency); fee_id names the fact (and so the revision) of each rule; a share of a total divided among the members the schedule lists for it, summing to the total to the öre; NULL fees with a reason where the rule or a population is missing, or the fee is more than the type can hold';

CREATE FUNCTION @extschema@.fee_schedule(year pg_catalog.int4)
	RETURNS TABLE (organisation_id pg_catalog.int8,
				   organisation pg_catalog.text,
				   member pg_catalog.text,
				   fee_id pg_catalog.int8,
				   rate @extschema@.fee_rate,
				   inhabitants pg_catalog.int8,
				   population_date pg_catalog.date,
				   fee @extschema@.sek,
				   fee_at_most @extschema@.sek,
				   reason pg_catalog.text,
				   rule @extschema@.fee_rule,
				   currency pg_catalog.text,
				   charge @extschema@.money_amount,
				   charge_at_most @extschema@.money_amount)
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT * FROM @extschema@.fee_schedule(fee_schedule.year, @extschema@.as_of_time())
$$;
COMMENT ON FUNCTION @extschema@.fee_schedule(pg_catalog.int4) IS
	'What every member owes each organisation with a fee rule for a calendar year (1 to 9999), as known at skanecoop.as_of (now by default): charge and charge_at_most in the rule''s currency, fee and fee_at_most the same in sek (NULL for another currency); NULL fees with a reason where the rule or a population is missing, or the fee is more than the type can hold';

CREATE VIEW skanecoop_bi.fee_schedule AS
SELECT y.year::pg_catalog.int4 AS year, s.organisation, s.member AS member_code,
	   p.name AS member_name, s.rate::pg_catalog.text AS rate, s.inhabitants,
	   s.population_date, s.fee::pg_catalog.numeric AS fee_sek,
	   s.fee_at_most::pg_catalog.numeric AS fee_at_most_sek, s.reason,
	   s.rule::pg_catalog.text AS rule, s.currency,
	   s.charge::pg_catalog.numeric AS charge, s.charge_at_most::pg_catalog.numeric AS charge_at_most
FROM (SELECT DISTINCT pg_catalog.date_part('year', pop.reference_date)::pg_catalog.int4 + 1 AS year
	  FROM @extschema@.population AS pop) AS y,
	 LATERAL @extschema@.fee_schedule(y.year, @extschema@.as_of_time()) AS s
LEFT JOIN @extschema@.place AS p ON p.code = s.member;
COMMENT ON VIEW skanecoop_bi.fee_schedule IS
	'What every member owes for each year that follows a year with population figures: charge and charge_at_most in the currency named, fee_sek and fee_at_most_sek the same in kronor where the rule is in SEK';
GRANT SELECT ON skanecoop_bi.fee_schedule TO skanecoop_reader;
COMMENT ON COLUMN skanecoop_bi.fee_schedule.year IS
	'The calendar year charged';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.organisation IS
	'The organisation''s name';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.member_code IS
	'Gazetteer code of the member';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.member_name IS
	'The member''s short name';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.rate IS
	'The fee rate as text, where the rule is a fee rate';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.inhabitants IS
	'The member''s inhabitants on population_date';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.population_date IS
	'The reference date of the population figure used';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.fee_sek IS
	'What the member certainly owes for the year, in kronor; NULL with a reason where it cannot be computed, NULL for a rule in another currency (see charge)';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.fee_at_most_sek IS
	'What the member owes at most for the year (the possible reading of its membership), in kronor';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.reason IS
	'Why a fee is NULL (no population figure, an unknown amount, …); NULL where both are known';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.rule IS
	'The fee rule as text, of any shape and currency';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.currency IS
	'ISO 4217 code of the currency of the rule, charge and charge_at_most: SEK, DKK, NOK or EUR';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.charge IS
	'What the member certainly owes for the year, in the currency named; NULL with a reason where it cannot be computed';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.charge_at_most IS
	'What the member owes at most for the year, in the currency named';


-- The BI views read the merged views, and so answer as of skanecoop.as_of.
COMMENT ON VIEW skanecoop_bi.memberships IS
	'Memberships merged over every claim the documents made, as known at skanecoop.as_of (now by default): a validity as its text, earliest and latest start and end dates (NULL where unbounded), precisions, and the certain and possible periods as dateranges';
COMMENT ON VIEW skanecoop_bi.fees IS
	'Fee rules the documents stated, each with its period, as known at skanecoop.as_of (now by default): the amount in kronor (NULL where unknown), per inhabitant or flat, per year, quarter or month';
COMMENT ON VIEW skanecoop_bi.member_counts IS
	'Member counts the documents stated, with their periods, the date each document speaks for and its publisher, as known at skanecoop.as_of (now by default)';
COMMENT ON VIEW skanecoop_bi.twin_towns IS
	'Twin towns and cooperation agreements abroad that the documents stated, with their periods, as known at skanecoop.as_of (now by default)';
