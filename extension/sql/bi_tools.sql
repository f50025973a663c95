
-- bi_tools.sql (0.3)
--		The views of skanecoop_bi in the types BI tools read best, a bridge
--		from the merged rows to their evidence, and the columns'
--		descriptions as a view; fee_schedule gives the member's name.
--
-- Through ODBC, text is a long character column (SQL_LONGVARCHAR, which
-- many tools will not group by) and numeric without a scale a float of
-- six decimals.  So amounts are numeric(19,2): sek's range, exact to the
-- öre.  Codes, vocabularies and names are varchar(n) where a bound is
-- natural: a place's code has at most 16 characters and its official
-- code 12 (a British council's "GB-E08000001"), countries two letters, the
-- vocabularies are fixed by CHECK constraints, place names are the
-- gazetteer's (at most 64 characters, which place now checks), and names
-- of organisations, members and twin towns are at most 127 bytes as the
-- loader writes them, so 128 characters.  (An explicit cast to varchar(n)
-- cuts a longer text: a name longer than 128 characters, stored by other
-- means than the loader, is cut in these views, never in the tables.)
-- Text without a natural bound (titles, quotes, validities, rates) stays
-- text.
--
-- A view's column types change only by dropping and creating it, and with
-- it go its privileges and comments.  So each old view is renamed, the new
-- one created beside it, the comments of the columns that kept their
-- names copied over, and the old view dropped.  An update therefore fails
-- where a view of the user's own depends on one of these; drop it first.

ALTER TABLE @extschema@.place
	ADD CONSTRAINT place_name_length_check CHECK (pg_catalog.char_length(name) <= 64);

-- fee_schedule gives the member's name beside its code, as a last column
-- so that every existing call keeps its columns.  A function's result
-- columns change only by dropping it: the computation itself (as_of.sql,
-- the form with a time, which the old BI view reads until it is dropped)
-- goes to skanecoop_internal as fee_schedule_charges, and both forms of
-- fee_schedule are made anew, naming their rows' members.
-- stated_only goes down to the computation, which divides shares over the
-- members it reads: filtering its rows afterwards would leave the shares
-- of every member.
ALTER FUNCTION @extschema@.fee_schedule(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.bool)
	RENAME TO fee_schedule_charges;
ALTER FUNCTION @extschema@.fee_schedule_charges(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.bool)
	SET SCHEMA skanecoop_internal;
COMMENT ON FUNCTION skanecoop_internal.fee_schedule_charges(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.bool) IS
	'The rows of fee_schedule without the member''s name';
DROP FUNCTION @extschema@.fee_schedule(pg_catalog.int4);

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
				   charge_at_most @extschema@.money_amount,
				   member_name pg_catalog.text)
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT s.organisation_id, s.organisation, s.member, s.fee_id, s.rate, s.inhabitants,
		   s.population_date, s.fee, s.fee_at_most, s.reason, s.rule, s.currency,
		   s.charge, s.charge_at_most, p.name
	FROM skanecoop_internal.fee_schedule_charges(fee_schedule.year, fee_schedule.as_of,
												 fee_schedule.stated_only) AS s
	LEFT JOIN @extschema@.place AS p ON p.code = s.member
	ORDER BY s.organisation, s.member, s.fee_id
$$;
COMMENT ON FUNCTION @extschema@.fee_schedule(pg_catalog.int4, pg_catalog.timestamptz, pg_catalog.bool) IS
	'What every member owes each organisation with a fee rule for a calendar year (1 to 9999), as the database knew the rules and memberships at as_of, with the member''s code and name: charge and charge_at_most in the rule''s currency, fee and fee_at_most the same in sek (NULL for another currency); fee_id names the fact (and so the revision) of each rule; a share of a total divided among the members the schedule lists for it, summing to the total to the öre; NULL fees with a reason where the rule or a population is missing, or the fee is more than the type can hold.  With stated_only, only the rules and memberships a page stated in so many words (a rule whose fact has basis stated, a membership as members_of reads them): a share of a total is then divided over the stated members alone, so each pays more than in the schedule of every member and the shares still sum to the whole total; NULL stated_only gives no rows';

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
				   charge_at_most @extschema@.money_amount,
				   member_name pg_catalog.text)
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT * FROM @extschema@.fee_schedule(fee_schedule.year, skanecoop_internal.as_of_time())
$$;
COMMENT ON FUNCTION @extschema@.fee_schedule(pg_catalog.int4) IS
	'What every member owes each organisation with a fee rule for a calendar year (1 to 9999), as known at skanecoop.as_of (now by default), with the member''s code and name: charge and charge_at_most in the rule''s currency, fee and fee_at_most the same in sek (NULL for another currency); a share of a total divided among the members the schedule lists for it, summing to the total to the öre; NULL fees with a reason where the rule or a population is missing, or the fee is more than the type can hold';

ALTER VIEW skanecoop_bi.places RENAME TO places_0_2;
ALTER VIEW skanecoop_bi.organisations RENAME TO organisations_0_2;
ALTER VIEW skanecoop_bi.memberships RENAME TO memberships_0_2;
ALTER VIEW skanecoop_bi.fees RENAME TO fees_0_2;
ALTER VIEW skanecoop_bi.fee_schedule RENAME TO fee_schedule_0_2;
ALTER VIEW skanecoop_bi.member_counts RENAME TO member_counts_0_2;
ALTER VIEW skanecoop_bi.twin_towns RENAME TO twin_towns_0_2;
ALTER VIEW skanecoop_bi.documents RENAME TO documents_0_2;
ALTER VIEW skanecoop_bi.facts RENAME TO facts_0_2;
ALTER VIEW skanecoop_bi.population RENAME TO population_0_2;

CREATE VIEW skanecoop_bi.places AS
SELECT p.code::pg_catalog.varchar(16) AS code, p.name::pg_catalog.varchar(64) AS name,
	   p.country::pg_catalog.varchar(2) AS country, p.kind::pg_catalog.varchar(32) AS kind,
	   p.region::pg_catalog.varchar(16) AS region_code,
	   r.name::pg_catalog.varchar(64) AS region_name,
	   p.official_code::pg_catalog.varchar(12) AS official_code,
	   p.valid_until
FROM @extschema@.place AS p
LEFT JOIN @extschema@.place AS r ON r.code = p.region;

CREATE VIEW skanecoop_bi.organisations AS
SELECT o.organisation_id, o.name::pg_catalog.varchar(128) AS name,
	   o.kind::pg_catalog.varchar(32) AS kind,
	   (SELECT pg_catalog.string_agg(n.name, ', ' ORDER BY n.name)
		FROM @extschema@.organisation_name AS n
		WHERE n.organisation_id = o.organisation_id AND n.name <> o.name) AS other_names
FROM @extschema@.organisation AS o;

CREATE VIEW skanecoop_bi.memberships AS
SELECT m.organisation_id, m.organisation::pg_catalog.varchar(128) AS organisation,
	   m.member::pg_catalog.varchar(16) AS member_code,
	   m.member_name::pg_catalog.varchar(128) AS member_name,
	   m.valid::pg_catalog.text AS validity,
	   @extschema@.earliest_start(m.valid) AS earliest_start,
	   @extschema@.latest_start(m.valid) AS latest_start,
	   @extschema@.earliest_end(m.valid) AS earliest_end,
	   @extschema@.latest_end(m.valid) AS latest_end,
	   @extschema@.lower_precision(m.valid)::pg_catalog.varchar(7) AS start_precision,
	   @extschema@.upper_precision(m.valid)::pg_catalog.varchar(7) AS end_precision,
	   @extschema@.is_open(m.valid) AS still_valid,
	   @extschema@.certain_daterange(m.valid) AS certain_period,
	   @extschema@.possible_daterange(m.valid) AS possible_period,
	   m.derived,
	   m.documents::pg_catalog.int4 AS documents,
	   m.membership_id,
	   -- stated where a statement behind it is, as members_of(..., stated_only) reads
	   (CASE WHEN EXISTS (SELECT FROM pg_catalog.unnest(m.evidence) AS e(fact_id)
						  JOIN @extschema@.fact AS b ON b.fact_id = e.fact_id
						  WHERE b.basis = 'stated')
			 THEN 'stated'
			 ELSE (SELECT b.basis FROM @extschema@.fact AS b WHERE b.fact_id = m.membership_id)
		END)::pg_catalog.varchar(30) AS fact_basis
FROM @extschema@.membership AS m;

CREATE VIEW skanecoop_bi.fees AS
SELECT f.organisation_id, f.organisation::pg_catalog.varchar(128) AS organisation,
	   f.rate::pg_catalog.text AS rate,
	   @extschema@.amount(f.rate)::pg_catalog.numeric(19, 2) AS amount_sek,
	   @extschema@.basis(f.rate)::pg_catalog.varchar(10) AS basis,
	   @extschema@.period(f.rate)::pg_catalog.varchar(7) AS period,
	   f.valid::pg_catalog.text AS validity,
	   @extschema@.earliest_start(f.valid) AS earliest_start,
	   @extschema@.latest_start(f.valid) AS latest_start,
	   f.document_date AS stated_on,
	   f.fee_id,
	   @extschema@.earliest_end(f.valid) AS earliest_end,
	   @extschema@.latest_end(f.valid) AS latest_end,
	   @extschema@.is_open(f.valid) AS still_valid,
	   f.member::pg_catalog.varchar(16) AS member_code,
	   f.rule::pg_catalog.text AS rule,
	   @extschema@.rule_shape(f.rule)::pg_catalog.varchar(19) AS shape,
	   @extschema@.currency(@extschema@.rule_amount(f.rule))::pg_catalog.varchar(3) AS currency,
	   @extschema@.rule_amount(f.rule)::pg_catalog.numeric(19, 2) AS amount,
	   @extschema@.rule_base(f.rule)::pg_catalog.numeric(19, 2) AS base_amount,
	   @extschema@.rule_share(f.rule) AS share_percent,
	   @extschema@.rule_period(f.rule)::pg_catalog.varchar(7) AS rule_period,
	   @extschema@.rule_population_date(f.rule)::pg_catalog.varchar(8) AS population_date,
	   (SELECT b.basis FROM @extschema@.fact AS b
		WHERE b.fact_id = f.fee_id)::pg_catalog.varchar(30) AS fact_basis
FROM @extschema@.fee AS f;

CREATE VIEW skanecoop_bi.fee_schedule AS
SELECT y.year::pg_catalog.int4 AS year, s.organisation::pg_catalog.varchar(128) AS organisation,
	   s.member::pg_catalog.varchar(16) AS member_code,
	   s.member_name::pg_catalog.varchar(128) AS member_name, s.rate::pg_catalog.text AS rate,
	   s.inhabitants, s.population_date, s.fee::pg_catalog.numeric(19, 2) AS fee_sek,
	   s.fee_at_most::pg_catalog.numeric(19, 2) AS fee_at_most_sek, s.reason,
	   s.rule::pg_catalog.text AS rule, s.currency::pg_catalog.varchar(3) AS currency,
	   s.charge::pg_catalog.numeric(19, 2) AS charge,
	   s.charge_at_most::pg_catalog.numeric(19, 2) AS charge_at_most,
	   -- a row rests on a rule and a membership: stated where both are (the
	   -- rows fee_schedule(..., stated_only) lists), else the basis of the
	   -- rule where it is not, else the membership's, each as fees and
	   -- memberships give it
	   (CASE WHEN r.basis <> 'stated' THEN r.basis
			 WHEN EXISTS (SELECT FROM pg_catalog.unnest(m.evidence) AS e(fact_id)
						  JOIN @extschema@.fact AS b ON b.fact_id = e.fact_id
						  WHERE b.basis = 'stated')
			 THEN 'stated'
			 ELSE (SELECT b.basis FROM @extschema@.fact AS b WHERE b.fact_id = m.membership_id)
		END)::pg_catalog.varchar(30) AS fact_basis
FROM (SELECT DISTINCT pg_catalog.date_part('year', pop.reference_date)::pg_catalog.int4 + 1 AS year
	  FROM @extschema@.population AS pop) AS y
CROSS JOIN LATERAL @extschema@.fee_schedule(y.year) AS s
JOIN @extschema@.fact AS r ON r.fact_id = s.fee_id
LEFT JOIN @extschema@.membership AS m
  ON m.organisation_id = s.organisation_id AND m.member = s.member;

CREATE VIEW skanecoop_bi.member_counts AS
SELECT c.organisation_id, c.organisation::pg_catalog.varchar(128) AS organisation, c.count,
	   c.counted, c.valid::pg_catalog.text AS validity, c.document_date AS stated_on, d.publisher,
	   c.fact_id AS member_count_id,
	   (SELECT b.basis FROM @extschema@.fact AS b
		WHERE b.fact_id = c.fact_id)::pg_catalog.varchar(30) AS fact_basis
FROM @extschema@.member_count AS c
JOIN @extschema@.document AS d ON d.document_id = c.document_id;

CREATE VIEW skanecoop_bi.twin_towns AS
SELECT t.municipality::pg_catalog.varchar(16) AS municipality_code,
	   t.municipality_name::pg_catalog.varchar(64) AS municipality_name,
	   t.partner::pg_catalog.varchar(128) AS partner,
	   t.partner_place::pg_catalog.varchar(16) AS partner_code,
	   t.partner_country::pg_catalog.varchar(2) AS partner_country,
	   t.relation::pg_catalog.varchar(21) AS relation,
	   t.valid::pg_catalog.text AS validity, t.document_date AS stated_on,
	   (SELECT b.basis FROM @extschema@.fact AS b
		WHERE b.fact_id = t.fact_id)::pg_catalog.varchar(30) AS fact_basis
FROM @extschema@.twin_town AS t;

CREATE VIEW skanecoop_bi.documents AS
SELECT d.document_id, d.uri, d.publisher, d.title, d.format::pg_catalog.varchar(4) AS format,
	   pg_catalog.encode(d.sha256, 'hex')::pg_catalog.varchar(64) AS sha256, d.fetched_at,
	   d.published_on, d.updated_on, d.loaded_at, d.superseded_at, d.superseded_at IS NULL AS current,
	   (SELECT pg_catalog.count(*) FROM @extschema@.section AS s
		WHERE s.document_id = d.document_id)::pg_catalog.int4 AS sections,
	   pg_catalog.length(d.content) AS characters, d.first_seen_at, d.last_seen_at
FROM @extschema@.document AS d;

CREATE VIEW skanecoop_bi.facts AS
SELECT f.fact_id, f.kind::pg_catalog.varchar(13) AS kind,
	   o.name::pg_catalog.varchar(128) AS organisation,
	   f.organisation_name::pg_catalog.varchar(128) AS organisation_as_written,
	   f.member::pg_catalog.varchar(16) AS member_code,
	   COALESCE(p.name, f.member_name)::pg_catalog.varchar(128) AS member_name, f.derived,
	   f.municipality::pg_catalog.varchar(16) AS municipality_code,
	   f.partner::pg_catalog.varchar(128) AS partner,
	   f.partner_country::pg_catalog.varchar(2) AS partner_country,
	   f.relation::pg_catalog.varchar(21) AS relation, f.name,
	   f.valid::pg_catalog.text AS validity,
	   @extschema@.earliest_start(f.valid) AS earliest_start,
	   @extschema@.latest_start(f.valid) AS latest_start,
	   @extschema@.earliest_end(f.valid) AS earliest_end,
	   @extschema@.latest_end(f.valid) AS latest_end,
	   f.rate::pg_catalog.text AS rate,
	   @extschema@.amount(f.rate)::pg_catalog.numeric(19, 2) AS amount_sek,
	   f.count, d.uri AS document_uri, d.publisher,
	   COALESCE(d.updated_on, d.published_on, (d.fetched_at AT TIME ZONE 'UTC')::date,
				(d.loaded_at AT TIME ZONE 'UTC')::date) AS stated_on,
	   d.superseded_at IS NULL AS current, f.byte_start, f.byte_end, f.quote, f.rule, f.warning,
	   f.document_id, f.basis::pg_catalog.varchar(30) AS fact_basis
FROM @extschema@.fact AS f
JOIN @extschema@.document AS d ON d.document_id = f.document_id
LEFT JOIN @extschema@.organisation AS o ON o.organisation_id = f.organisation_id
LEFT JOIN @extschema@.place AS p ON p.code = f.member;

CREATE VIEW skanecoop_bi.population AS
SELECT pop.place::pg_catalog.varchar(16) AS code, p.name::pg_catalog.varchar(64) AS name,
	   pop.reference_date, pop.inhabitants, pop.source
FROM @extschema@.population AS pop
JOIN @extschema@.place AS p ON p.code = pop.place;

-- The comments of the views, and of their columns that kept their names,
-- go over to the new views; the old views and the old fee_schedule go.
DO $$
DECLARE
	view_name	pg_catalog.text;
	old_view	pg_catalog.regclass;
	new_view	pg_catalog.regclass;
	col			record;
BEGIN
	FOREACH view_name IN ARRAY ARRAY['places', 'organisations', 'memberships', 'fees',
									 'fee_schedule', 'member_counts', 'twin_towns',
									 'documents', 'facts', 'population']
	LOOP
		old_view := pg_catalog.format('skanecoop_bi.%I', view_name || '_0_2')::pg_catalog.regclass;
		new_view := pg_catalog.format('skanecoop_bi.%I', view_name)::pg_catalog.regclass;
		EXECUTE pg_catalog.format('COMMENT ON VIEW %s IS %L', new_view,
								  pg_catalog.obj_description(old_view, 'pg_class'));
		FOR col IN
			SELECT a.attname, pg_catalog.col_description(old_view, a.attnum) AS description
			FROM pg_catalog.pg_attribute AS a
			WHERE a.attrelid = old_view AND a.attnum > 0
			  AND EXISTS (SELECT FROM pg_catalog.pg_attribute AS n
						  WHERE n.attrelid = new_view AND n.attname = a.attname)
		LOOP
			EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L', new_view, col.attname,
									  col.description);
		END LOOP;
		EXECUTE pg_catalog.format('DROP VIEW %s', old_view);
	END LOOP;
END
$$;

COMMENT ON COLUMN skanecoop_bi.places.valid_until IS
	'The first day the place no longer existed (a Norwegian municipality or fylke merged away since 2000); NULL for a place of today';
COMMENT ON COLUMN skanecoop_bi.memberships.membership_id IS
	'Identifier of the merged membership (the fact its validity comes from); skanecoop_bi.evidence lists every fact behind it';
COMMENT ON VIEW skanecoop_bi.fees IS
	'Fee rules the documents stated, each with its period, as known at skanecoop.as_of (now by default): the amount in kronor (NULL where unknown), per inhabitant or flat, per year, quarter or month, and the dates the rule may start and end';
COMMENT ON COLUMN skanecoop_bi.fees.fee_id IS
	'Identifier of the fee rule (the fact that states it); skanecoop_bi.evidence gives its quote';
COMMENT ON COLUMN skanecoop_bi.fees.earliest_end IS
	'Earliest day the rule may end; NULL while it is still in force or its end is unknown';
COMMENT ON COLUMN skanecoop_bi.fees.latest_end IS
	'Latest day the rule may end; NULL while it is still in force';
COMMENT ON COLUMN skanecoop_bi.fees.still_valid IS
	'Whether the rule is still in force (its validity''s upper bound is open)';
COMMENT ON COLUMN skanecoop_bi.member_counts.member_count_id IS
	'Identifier of the count (the fact that states it); skanecoop_bi.evidence gives its quote';
COMMENT ON COLUMN skanecoop_bi.facts.document_id IS
	'The document revision that states the fact';
COMMENT ON COLUMN skanecoop_bi.memberships.fact_basis IS
	'How sure the membership is: stated where a statement behind it names the organisation in its own sentence (members_of with stated_only lists these), else how the statement it takes its validity from was inferred: inferred_from_title, inferred_from_heading, inferred_from_earlier_sentence, or unknown (loaded before 0.3)';
COMMENT ON COLUMN skanecoop_bi.fees.fact_basis IS
	'How sure the rule is: stated where its sentence names the body (the rules fee_schedule''s stated_only reads), else where the body was inferred from (see facts)';
COMMENT ON COLUMN skanecoop_bi.fee_schedule.fact_basis IS
	'How sure the row is: stated where both its rule and its membership are (fees and memberships say so; the rows fee_schedule with stated_only lists, which divides a share of a total over the stated members alone), else the rule''s basis where the rule is not stated, else the membership''s: inferred_from_title, inferred_from_heading, inferred_from_earlier_sentence, or unknown (loaded before 0.3)';
COMMENT ON COLUMN skanecoop_bi.member_counts.fact_basis IS
	'How sure the count is: stated where its sentence names the organisation, else inferred_from_title, inferred_from_heading, inferred_from_earlier_sentence, or unknown (loaded before 0.3)';
COMMENT ON COLUMN skanecoop_bi.twin_towns.fact_basis IS
	'How sure the twin town is: stated where its sentence names the municipality, else inferred_from_page (the municipality the page names most), inferred_from_title, inferred_from_heading, inferred_from_earlier_sentence, or unknown (loaded before 0.3)';
COMMENT ON COLUMN skanecoop_bi.facts.fact_basis IS
	'How sure the fact is (skanecoop.fact.basis): stated where its sentence names its subject, else where the subject was inferred from: inferred_from_title, inferred_from_heading, inferred_from_earlier_sentence, inferred_from_page; unknown for facts loaded before 0.3';

-- The bridge from each merged row to the facts behind it: a membership
-- has one row per statement, a fee rule and a member count one each.
CREATE VIEW skanecoop_bi.evidence AS
SELECT b.subject::pg_catalog.varchar(12) AS subject, b.membership_id, b.fee_id,
	   b.member_count_id, f.fact_id, f.document_id,
	   (SELECT pg_catalog.count(*) FROM @extschema@.document AS r
		WHERE r.uri = d.uri AND r.document_id <= d.document_id)::pg_catalog.int4 AS revision,
	   d.uri AS document_uri, d.publisher, d.title, d.loaded_at,
	   COALESCE(d.updated_on, d.published_on, (d.fetched_at AT TIME ZONE 'UTC')::date,
				(d.loaded_at AT TIME ZONE 'UTC')::date) AS stated_on,
	   f.byte_start, f.byte_end, f.quote, f.rule, f.basis::pg_catalog.varchar(30) AS fact_basis
FROM (SELECT 'membership' AS subject, m.membership_id, NULL::pg_catalog.int8 AS fee_id,
			 NULL::pg_catalog.int8 AS member_count_id, e.fact_id
	  FROM @extschema@.membership AS m
	  CROSS JOIN LATERAL pg_catalog.unnest(m.evidence) AS e(fact_id)
	  UNION ALL
	  SELECT 'fee', NULL, fe.fee_id, NULL, fe.fact_id
	  FROM @extschema@.fee AS fe
	  UNION ALL
	  SELECT 'member_count', NULL, NULL, c.fact_id, c.fact_id
	  FROM @extschema@.member_count AS c) AS b
JOIN @extschema@.fact AS f ON f.fact_id = b.fact_id
JOIN @extschema@.document AS d ON d.document_id = f.document_id;
COMMENT ON VIEW skanecoop_bi.evidence IS
	'Bridge from each membership, fee rule and member count to the facts behind it, with their evidence: quote, rule, byte range, and the document revision that states it';
COMMENT ON COLUMN skanecoop_bi.evidence.subject IS
	'What the row is evidence for: membership, fee or member_count';
COMMENT ON COLUMN skanecoop_bi.evidence.membership_id IS
	'The membership (skanecoop_bi.memberships.membership_id) this fact supports; NULL on rows of fees and counts';
COMMENT ON COLUMN skanecoop_bi.evidence.fee_id IS
	'The fee rule (skanecoop_bi.fees.fee_id) this fact states; NULL on rows of memberships and counts';
COMMENT ON COLUMN skanecoop_bi.evidence.member_count_id IS
	'The member count (skanecoop_bi.member_counts.member_count_id) this fact states; NULL on rows of memberships and fees';
COMMENT ON COLUMN skanecoop_bi.evidence.fact_id IS
	'The fact (skanecoop_bi.facts.fact_id)';
COMMENT ON COLUMN skanecoop_bi.evidence.document_id IS
	'The document revision that states the fact (skanecoop_bi.documents.document_id)';
COMMENT ON COLUMN skanecoop_bi.evidence.revision IS
	'Which revision of the page at its URI that is: 1 for the first loaded, 2 for the next';
COMMENT ON COLUMN skanecoop_bi.evidence.document_uri IS
	'Where the document was fetched from';
COMMENT ON COLUMN skanecoop_bi.evidence.publisher IS
	'Who published the document';
COMMENT ON COLUMN skanecoop_bi.evidence.title IS
	'The document''s title';
COMMENT ON COLUMN skanecoop_bi.evidence.loaded_at IS
	'Start of the loader run that stored the revision';
COMMENT ON COLUMN skanecoop_bi.evidence.stated_on IS
	'The date the document speaks for: updated, published, fetched, else loaded';
COMMENT ON COLUMN skanecoop_bi.evidence.byte_start IS
	'Byte offset in the document''s text where the quoted sentence begins';
COMMENT ON COLUMN skanecoop_bi.evidence.byte_end IS
	'Byte offset in the document''s text just past the quoted sentence';
COMMENT ON COLUMN skanecoop_bi.evidence.quote IS
	'The sentence that states the fact';
COMMENT ON COLUMN skanecoop_bi.evidence.rule IS
	'The extraction rule that found the fact';
COMMENT ON COLUMN skanecoop_bi.evidence.fact_basis IS
	'How sure the fact is: stated where its sentence names its subject, else where the subject was inferred from (skanecoop.fact.basis)';

-- The PostgreSQL ODBC driver returns no REMARKS (it does not read
-- pg_description); the descriptions are here for any client.
CREATE VIEW skanecoop_bi.column_descriptions AS
SELECT c.relname::pg_catalog.varchar(63) AS view_name,
	   a.attnum::pg_catalog.int4 AS ordinal_position,
	   a.attname::pg_catalog.varchar(63) AS column_name,
	   pg_catalog.format_type(a.atttypid, a.atttypmod)::pg_catalog.varchar(63) AS data_type,
	   pg_catalog.col_description(c.oid, a.attnum) AS description,
	   pg_catalog.obj_description(c.oid, 'pg_class') AS view_description
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'skanecoop_bi'::pg_catalog.regnamespace AND c.relkind = 'v';
COMMENT ON VIEW skanecoop_bi.column_descriptions IS
	'Every column of the views of skanecoop_bi with its type and description (the REMARKS that the PostgreSQL ODBC driver leaves empty), and each view''s description';
COMMENT ON COLUMN skanecoop_bi.column_descriptions.view_name IS
	'The view, in schema skanecoop_bi';
COMMENT ON COLUMN skanecoop_bi.column_descriptions.ordinal_position IS
	'The column''s position in the view, from 1';
COMMENT ON COLUMN skanecoop_bi.column_descriptions.column_name IS
	'The column';
COMMENT ON COLUMN skanecoop_bi.column_descriptions.data_type IS
	'The column''s type as PostgreSQL writes it: character varying(128), numeric(19,2), date …';
COMMENT ON COLUMN skanecoop_bi.column_descriptions.description IS
	'What the column holds';
COMMENT ON COLUMN skanecoop_bi.column_descriptions.view_description IS
	'What the view shows';

GRANT SELECT ON ALL TABLES IN SCHEMA skanecoop_bi TO skanecoop_reader;
