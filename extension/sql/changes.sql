
-- changes.sql (0.3)
--		What changed between two times: what an analyst checks after a
--		nightly run, and a feed for BI tools.
--
-- Each revision loaded in the window is compared with the one it
-- replaced, statement by statement, and each page withdrawn in the window
-- ends what it stated.  A statement is matched with the one about the same
-- thing on the other side: the same member of the same organisation, the
-- organisation's fee, the same counted set, the same twin town or area
-- (a page stating a thing twice is matched in order).  Unmatched, it has
-- begun or ended; matched but saying otherwise (another rate, count or
-- period; not merely a later "on or before" date, which is only when the
-- page was read), it changed; an organisation named otherwise was renamed.

-- The statements of a revision, keyed by what they are about.
CREATE FUNCTION @extschema@.statement_key(kind pg_catalog.text, organisation_id pg_catalog.int8,
										  member pg_catalog.text, member_name pg_catalog.text,
										  municipality pg_catalog.text, partner pg_catalog.text,
										  relation pg_catalog.text, name pg_catalog.text)
	RETURNS pg_catalog.text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT pg_catalog.format('%s|%s|%s', statement_key.kind,
		CASE WHEN statement_key.kind <> 'organisation' THEN statement_key.organisation_id END,
		CASE statement_key.kind
			WHEN 'membership' THEN COALESCE(statement_key.member, pg_catalog.lower(statement_key.member_name))
			WHEN 'twin_town' THEN pg_catalog.format('%s|%s|%s', statement_key.municipality,
													 pg_catalog.lower(statement_key.partner),
													 statement_key.relation)
			WHEN 'organisation' THEN NULL
			ELSE pg_catalog.lower(statement_key.name)
		END)
$$;
COMMENT ON FUNCTION @extschema@.statement_key(pg_catalog.text, pg_catalog.int8, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
	'What a statement is about, for matching statements of two revisions: its kind and organisation, and the member, counted set, twin town or area; a page''s own organisation for organisation facts';

CREATE FUNCTION @extschema@.changes(since pg_catalog.timestamptz,
									until pg_catalog.timestamptz DEFAULT pg_catalog.now())
	RETURNS TABLE (changed_at pg_catalog.timestamptz, uri pg_catalog.text,
				   change pg_catalog.text, kind pg_catalog.text,
				   organisation pg_catalog.text, subject pg_catalog.text,
				   before pg_catalog.text, after pg_catalog.text,
				   old_document_id pg_catalog.int8, new_document_id pg_catalog.int8,
				   old_fact_id pg_catalog.int8, new_fact_id pg_catalog.int8,
				   old_quote pg_catalog.text, new_quote pg_catalog.text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	WITH step AS (
		-- a revision loaded in the window, and the one it replaced (if any)
		SELECT n.loaded_at AS changed_at, n.uri, p.document_id AS old_id, n.document_id AS new_id
		FROM @extschema@.document AS n
		LEFT JOIN @extschema@.document AS p
			   ON p.uri = n.uri AND p.superseded_at = n.loaded_at AND p.document_id <> n.document_id
		WHERE n.loaded_at > changes.since AND n.loaded_at <= changes.until
		UNION ALL
		-- a page withdrawn in the window
		SELECT p.superseded_at, p.uri, p.document_id, NULL
		FROM @extschema@.document AS p
		WHERE p.superseded_at > changes.since AND p.superseded_at <= changes.until
		  AND NOT EXISTS (SELECT FROM @extschema@.document AS n
						  WHERE n.uri = p.uri AND n.loaded_at = p.superseded_at
							AND n.document_id <> p.document_id)
	), statement AS (
		SELECT f.fact_id, f.document_id, f.kind, f.organisation_id, f.quote,
			   CASE f.kind
				   WHEN 'membership' THEN COALESCE(pl.name, f.member_name)
				   WHEN 'twin_town' THEN pg_catalog.concat_ws(' – ', mu.name, f.partner)
				   WHEN 'organisation' THEN NULL
				   ELSE f.name
			   END AS subject,
			   CASE WHEN f.kind = 'organisation' THEN f.organisation_name
					-- a period that only says "on or before the page's date" is no news
					ELSE pg_catalog.concat_ws(' ', f.rate::pg_catalog.text, f.count::pg_catalog.text,
											  f.relation,
											  CASE WHEN @extschema@.lower_kind(f.valid) <> 'on or before'
														OR NOT @extschema@.is_open(f.valid)
												   THEN f.valid::pg_catalog.text END)
			   END AS said,
			   @extschema@.statement_key(f.kind, f.organisation_id, f.member, f.member_name,
										 f.municipality, f.partner, f.relation, f.name)
			   || '|' || pg_catalog.row_number()
							 OVER (PARTITION BY f.document_id,
											 @extschema@.statement_key(f.kind, f.organisation_id,
												 f.member, f.member_name, f.municipality,
												 f.partner, f.relation, f.name)
								   ORDER BY f.fact_id) AS statement_key
		FROM @extschema@.fact AS f
		LEFT JOIN @extschema@.place AS pl ON pl.code = f.member
		LEFT JOIN @extschema@.place AS mu ON mu.code = f.municipality
		WHERE f.kind <> 'document_date'
		  AND f.document_id IN (SELECT s.old_id FROM step AS s UNION SELECT s.new_id FROM step AS s)
	), compared AS (
		SELECT s.changed_at, s.uri, s.old_id, s.new_id, b.*
		FROM step AS s
		CROSS JOIN LATERAL (
			SELECT COALESCE(n.kind, o.kind) AS kind,
				   COALESCE(n.organisation_id, o.organisation_id) AS organisation_id,
				   COALESCE(n.subject, o.subject) AS subject,
				   o.said AS before, n.said AS after,
				   o.fact_id AS old_fact_id, n.fact_id AS new_fact_id,
				   o.quote AS old_quote, n.quote AS new_quote
			FROM (SELECT * FROM statement AS x WHERE x.document_id = s.old_id) AS o
			FULL JOIN (SELECT * FROM statement AS y WHERE y.document_id = s.new_id) AS n
				   ON n.statement_key = o.statement_key
		) AS b
		WHERE b.old_fact_id IS NULL OR b.new_fact_id IS NULL
		   OR b.before IS DISTINCT FROM b.after
	)
	SELECT c.changed_at, c.uri,
		   CASE WHEN c.old_fact_id IS NULL THEN 'begun'
				WHEN c.new_fact_id IS NULL THEN 'ended'
				WHEN c.kind = 'organisation' THEN 'renamed'
				ELSE 'changed' END,
		   c.kind, o.name, c.subject, c.before, c.after, c.old_id, c.new_id,
		   c.old_fact_id, c.new_fact_id, c.old_quote, c.new_quote
	FROM compared AS c
	LEFT JOIN @extschema@.organisation AS o ON o.organisation_id = c.organisation_id
	ORDER BY c.changed_at, c.uri, c.kind, o.name, c.subject, c.old_fact_id, c.new_fact_id
$$;
COMMENT ON FUNCTION @extschema@.changes(pg_catalog.timestamptz, pg_catalog.timestamptz) IS
	'What the revisions loaded and the pages withdrawn between since (excluded) and until (included, now by default) changed: memberships, fees, counts, twin towns and areas begun, ended or changed, and organisations renamed, each with the revisions, facts and quotes on both sides';
