
-- query.sql
--		The analyst's functions: forgiving look-up of places and
--		organisations, who was a member of what and when, in either
--		reading, with the evidence behind every answer, and what the
--		database knew at any load time.
--
-- Every function that reads tables runs with search_path pinned to
-- pg_catalog and names the extension's objects with their schema, so
-- objects planted elsewhere on a caller's search_path change nothing.

CREATE FUNCTION @extschema@.place_code(name pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'place_code'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.place_code(pg_catalog.text) IS
	'The gazetteer code of a place named in any form documents use (any case, genitive, "kommun"/"kommune"/"stad" suffixes, Swedish and Danish spellings), or NULL';

CREATE FUNCTION @extschema@.name_distance(a pg_catalog.text, b pg_catalog.text)
	RETURNS pg_catalog.int4
	AS 'MODULE_PATHNAME', 'name_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.name_distance(pg_catalog.text, pg_catalog.text) IS
	'Levenshtein distance in characters between two names, letters compared case-insensitively';

-- The known names closest to a name that was not found, for error hints.
CREATE FUNCTION @extschema@.closest_names_hint(wanted pg_catalog.text, known pg_catalog.text[])
	RETURNS pg_catalog.text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT 'The closest known names are ' ||
		   pg_catalog.string_agg(pg_catalog.format('"%s"', c.name), ', ' ORDER BY c.distance, c.name) ||
		   '.'
	FROM (SELECT k.name, @extschema@.name_distance(k.name, wanted) AS distance
		  FROM pg_catalog.unnest(closest_names_hint.known) AS k(name)
		  ORDER BY 2, 1
		  LIMIT 3) AS c
$$;
COMMENT ON FUNCTION @extschema@.closest_names_hint(pg_catalog.text, pg_catalog.text[]) IS
	'The hint of a failed name look-up: the three known names closest to the wanted one';

CREATE FUNCTION @extschema@.find_place(name pg_catalog.text)
	RETURNS pg_catalog.text
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	code pg_catalog.text := @extschema@.place_code(name);
BEGIN
	IF code IS NULL THEN
		RAISE EXCEPTION 'place "%" does not exist', name
			USING ERRCODE = 'undefined_object',
				  HINT = @extschema@.closest_names_hint(name,
							ARRAY(SELECT n.name FROM @extschema@.place_name AS n));
	END IF;
	RETURN code;
END
$$;
COMMENT ON FUNCTION @extschema@.find_place(pg_catalog.text) IS
	'The gazetteer code of a municipality or region named in any form; an unknown name is an error whose hint names the closest known names';

CREATE FUNCTION @extschema@.find_organisation(name pg_catalog.text)
	RETURNS pg_catalog.int8
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	wanted pg_catalog.text := pg_catalog.lower(pg_catalog.btrim(name));
	found_id pg_catalog.int8;
BEGIN
	-- any of its names, in any case, also in the genitive ("SÖSK:s", "Familjen Helsingborgs")
	SELECT n.organisation_id INTO found_id
	FROM @extschema@.organisation_name AS n
	WHERE pg_catalog.lower(n.name) IN (wanted, pg_catalog.regexp_replace(wanted, ':?s$', ''))
	ORDER BY pg_catalog.lower(n.name) = wanted DESC
	LIMIT 1;
	IF found_id IS NULL THEN
		RAISE EXCEPTION 'organisation "%" does not exist', name
			USING ERRCODE = 'undefined_object',
				  HINT = @extschema@.closest_names_hint(name,
							ARRAY(SELECT n.name FROM @extschema@.organisation_name AS n));
	END IF;
	RETURN found_id;
END
$$;
COMMENT ON FUNCTION @extschema@.find_organisation(pg_catalog.text) IS
	'The organisation_id of an organisation named by any of its names, in any case or in the genitive; an unknown name is an error whose hint names the closest known names';

CREATE FUNCTION @extschema@.holds_on(valid @extschema@.validity, on_date pg_catalog.date,
									 reading pg_catalog.text)
	RETURNS pg_catalog.bool
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF reading = 'certain' THEN
		RETURN @extschema@.certainly_contains(valid, on_date);
	ELSIF reading = 'possible' THEN
		RETURN @extschema@.possibly_contains(valid, on_date);
	END IF;
	RAISE EXCEPTION 'invalid reading "%"', reading
		USING ERRCODE = 'invalid_parameter_value',
			  HINT = 'A reading is "certain" (true for every period the bounds allow) or "possible" (true for at least one).';
END
$$;
COMMENT ON FUNCTION @extschema@.holds_on(@extschema@.validity, pg_catalog.date, pg_catalog.text) IS
	'Whether a validity contains a date in a reading: certain (certainly_contains) or possible (possibly_contains)';

CREATE FUNCTION @extschema@.members_of(organisation pg_catalog.text,
									   on_date pg_catalog.date DEFAULT CURRENT_DATE,
									   reading pg_catalog.text DEFAULT 'certain')
	RETURNS TABLE (member pg_catalog.text, member_name pg_catalog.text,
				   valid @extschema@.validity, derived pg_catalog.bool,
				   documents pg_catalog.int8, evidence pg_catalog.int8[])
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT m.member, m.member_name, m.valid, m.derived, m.documents, m.evidence
	FROM @extschema@.membership AS m
	WHERE m.organisation_id = @extschema@.find_organisation(members_of.organisation)
	  AND @extschema@.holds_on(m.valid, members_of.on_date, members_of.reading)
	ORDER BY m.member_name
$$;
COMMENT ON FUNCTION @extschema@.members_of(pg_catalog.text, pg_catalog.date, pg_catalog.text) IS
	'The members of an organisation on a date (today by default), in the certain reading (members on that date whatever the imprecise bounds mean) or the possible one, with the facts behind each';

CREATE FUNCTION @extschema@.organisations_of(municipality pg_catalog.text,
											 on_date pg_catalog.date DEFAULT CURRENT_DATE,
											 reading pg_catalog.text DEFAULT 'certain')
	RETURNS TABLE (organisation pg_catalog.text, kind pg_catalog.text,
				   valid @extschema@.validity, derived pg_catalog.bool,
				   documents pg_catalog.int8, evidence pg_catalog.int8[])
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT m.organisation, o.kind, m.valid, m.derived, m.documents, m.evidence
	FROM @extschema@.membership AS m
	JOIN @extschema@.organisation AS o ON o.organisation_id = m.organisation_id
	WHERE m.member = @extschema@.find_place(organisations_of.municipality)
	  AND @extschema@.holds_on(m.valid, organisations_of.on_date, organisations_of.reading)
	ORDER BY m.organisation
$$;
COMMENT ON FUNCTION @extschema@.organisations_of(pg_catalog.text, pg_catalog.date, pg_catalog.text) IS
	'The bodies a municipality or region is a member of on a date (today by default), in the certain or the possible reading, with the facts behind each';

CREATE FUNCTION @extschema@.membership_history(organisation pg_catalog.text)
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
		   d.publisher, d.loaded_at, d.superseded_at, f.fact_id, f.quote
	FROM @extschema@.fact AS f
	JOIN @extschema@.document AS d ON d.document_id = f.document_id
	LEFT JOIN @extschema@.place AS p ON p.code = f.member
	WHERE f.kind = 'membership'
	  AND f.organisation_id = @extschema@.find_organisation(membership_history.organisation)
	ORDER BY 5, d.loaded_at, f.derived, 2, f.fact_id
$$;
COMMENT ON FUNCTION @extschema@.membership_history(pg_catalog.text) IS
	'Every statement about an organisation''s members that any document revision ever made, in the order of the dates the documents speak for, with the validity stated, when the revision was loaded and superseded, and the quote';

CREATE FUNCTION @extschema@.member_count(organisation pg_catalog.text,
										 on_date pg_catalog.date DEFAULT CURRENT_DATE)
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
											 r.reading) AS m ON true
	GROUP BY r.source
	UNION ALL
	SELECT 'stated', c.count, c.counted, c.valid, c.document_date, d.publisher, f.quote
	FROM @extschema@.member_count AS c
	JOIN @extschema@.document AS d ON d.document_id = c.document_id
	JOIN @extschema@.fact AS f ON f.fact_id = c.fact_id
	WHERE c.organisation_id = @extschema@.find_organisation(member_count.organisation)
	ORDER BY 1, 2
$$;
COMMENT ON FUNCTION @extschema@.member_count(pg_catalog.text, pg_catalog.date) IS
	'How many members an organisation has on a date, counted from the memberships in both readings, beside every count the current documents state, with their dates and quotes';

CREATE FUNCTION @extschema@.twin_towns(municipality pg_catalog.text)
	RETURNS TABLE (partner pg_catalog.text, partner_country pg_catalog.text,
				   relation pg_catalog.text, valid @extschema@.validity,
				   stated_on pg_catalog.date, quote pg_catalog.text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT t.partner, t.partner_country, t.relation, t.valid, t.document_date, f.quote
	FROM @extschema@.twin_town AS t
	JOIN @extschema@.fact AS f ON f.fact_id = t.fact_id
	WHERE t.municipality = @extschema@.find_place(twin_towns.municipality)
	ORDER BY t.relation DESC, t.partner
$$;
COMMENT ON FUNCTION @extschema@.twin_towns(pg_catalog.text) IS
	'A municipality''s twin towns and cooperation agreements abroad, as the current documents state them';

CREATE FUNCTION @extschema@.evidence(VARIADIC fact_ids pg_catalog.int8[])
	RETURNS TABLE (fact_id pg_catalog.int8, kind pg_catalog.text, organisation pg_catalog.text,
				   uri pg_catalog.text, title pg_catalog.text, publisher pg_catalog.text,
				   stated_on pg_catalog.date, loaded_at pg_catalog.timestamptz,
				   superseded_at pg_catalog.timestamptz, byte_start pg_catalog.int4,
				   byte_end pg_catalog.int4, quote pg_catalog.text, rule pg_catalog.text)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT f.fact_id, f.kind, f.organisation_name, d.uri, d.title, d.publisher,
		   COALESCE(d.updated_on, d.published_on, (d.fetched_at AT TIME ZONE 'UTC')::date,
					(d.loaded_at AT TIME ZONE 'UTC')::date),
		   d.loaded_at, d.superseded_at, f.byte_start, f.byte_end, f.quote, f.rule
	FROM @extschema@.fact AS f
	JOIN @extschema@.document AS d ON d.document_id = f.document_id
	WHERE f.fact_id = ANY (evidence.fact_ids)
	ORDER BY f.fact_id
$$;
COMMENT ON FUNCTION @extschema@.evidence(pg_catalog.int8[]) IS
	'Where facts are stated: the document (uri, title, publisher, the date it speaks for, when its revision was loaded and superseded), the byte range, the quoted sentence and the rule; evidence(42) or evidence(VARIADIC m.evidence)';

CREATE FUNCTION @extschema@.facts_as_of(at pg_catalog.timestamptz)
	RETURNS SETOF @extschema@.fact
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT f.*
	FROM @extschema@.fact AS f
	JOIN @extschema@.document AS d ON d.document_id = f.document_id
	WHERE d.loaded_at <= facts_as_of.at
	  AND (d.superseded_at IS NULL OR d.superseded_at > facts_as_of.at)
	ORDER BY f.fact_id
$$;
COMMENT ON FUNCTION @extschema@.facts_as_of(pg_catalog.timestamptz) IS
	'The facts the database knew at a time: those of the document revisions that were current then';
