
-- coverage.sql
--		What the loaded documents say about a place or an organisation, so
--		that an analyst can tell "none" from "not known": twin_towns('Ystad')
--		with no rows means little unless some document speaks of Ystad.
--		New in 0.3.

CREATE FUNCTION @extschema@.coverage(name pg_catalog.text)
	RETURNS TABLE (document_id pg_catalog.int8, uri pg_catalog.text, title pg_catalog.text,
				   stated_on pg_catalog.date, named pg_catalog.bool,
				   kinds pg_catalog.text[], facts pg_catalog.int8)
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	code pg_catalog.text := @extschema@.place_code(name);
	organisation pg_catalog.int8;
	names pg_catalog.text[];
BEGIN
	IF code IS NOT NULL THEN
		names := ARRAY(SELECT n.name FROM @extschema@.place_name AS n WHERE n.place = code);
	ELSE
		-- find_organisation raises the error, with a hint, for a name that is neither
		BEGIN
			organisation := @extschema@.find_organisation(name);
		EXCEPTION WHEN undefined_object THEN
			RAISE EXCEPTION 'no place or organisation is named "%"', name
				USING ERRCODE = 'undefined_object',
					  HINT = @extschema@.closest_names_hint(name,
								ARRAY(SELECT n.name FROM @extschema@.place_name AS n
									  UNION ALL
									  SELECT n.name FROM @extschema@.organisation_name AS n));
		END;
		names := ARRAY(SELECT n.name FROM @extschema@.organisation_name AS n
					   WHERE n.organisation_id = organisation);
	END IF;
	RETURN QUERY
	WITH about AS (
		SELECT f.document_id, f.kind
		FROM @extschema@.current_fact AS f
		WHERE (code IS NOT NULL AND code IN (f.member, f.municipality, f.partner_place))
		   OR f.organisation_id = organisation
	), mentioned AS (
		-- a whole word in any of its names, in any case
		SELECT d.document_id
		FROM @extschema@.document AS d
		WHERE d.superseded_at IS NULL
		  AND EXISTS (SELECT FROM unnest(names) AS n
					  WHERE d.content ~* ('\m' || regexp_replace(n, '([.^$*+?()\[\]{}|\\])', '\\\1', 'g')
										  || '\M'))
	), speaking AS (
		SELECT a.document_id FROM about AS a
		UNION
		SELECT m.document_id FROM mentioned AS m
	)
	SELECT d.document_id, d.uri, d.title,
		   COALESCE(d.updated_on, d.published_on, (d.fetched_at AT TIME ZONE 'UTC')::date,
					(d.loaded_at AT TIME ZONE 'UTC')::date),
		   s.document_id IN (SELECT m.document_id FROM mentioned AS m),
		   ARRAY(SELECT DISTINCT a.kind FROM about AS a
				 WHERE a.document_id = s.document_id ORDER BY 1),
		   (SELECT count(*) FROM about AS a WHERE a.document_id = s.document_id)
	FROM speaking AS s
	JOIN @extschema@.document AS d ON d.document_id = s.document_id
	ORDER BY d.document_id;
END
$$;
COMMENT ON FUNCTION @extschema@.coverage(pg_catalog.text) IS
	'The current documents that speak of a place or an organisation (named in any form): whether the text names it, the kinds of facts stated about it and how many; no rows means no loaded document speaks of it, so an empty answer of another function says nothing about it';

COMMENT ON FUNCTION @extschema@.twin_towns(pg_catalog.text) IS
	'A municipality''s twin towns and cooperation agreements abroad, as the current documents state them; no rows: coverage(municipality) tells whether any document speaks of it at all';
COMMENT ON FUNCTION @extschema@.organisations_of(pg_catalog.text, pg_catalog.date, pg_catalog.text) IS
	'The bodies a municipality or region is a member of on a date (today by default), in the certain or the possible reading, with the facts behind each; no rows: coverage(municipality) tells whether any document speaks of it at all';
