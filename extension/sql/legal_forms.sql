
-- legal_forms.sql (0.3)
--		An organisation named with or without its legal form is one body:
--		find_organisation finds "Kommunalförbundet Itsam" under "Itsam",
--		"I/S Hedeland" under "Hedeland I/S", "Sydvatten" under "Sydvatten
--		AB".
--
-- Pages write a body's legal form before its name or after it, or leave it
-- out, and the loader keeps the name the page introduced the body by; an
-- analyst who asks for another of these forms got "does not exist".  The
-- forms are those the extraction scorer leaves out too
-- (test/extract/score.c, name_length and bare_name), with one difference:
-- the look-up folds case, so it cannot tell the Swedish "Kommunalförbund"
-- written as a name's word from the noun after a genitive ("Dalslands
-- kommunalförbund"), and leaves both out.  A listed company's two forms
-- ("Sydvatten AB (publ)") are both left out.  A name is looked up as
-- written first (any case, or in the genitive), as before; only where no
-- name matches is it compared without its legal form, and then only a
-- single organisation is an answer: two bodies whose names differ only in
-- their form ("Norrvatten AB", "Norrvatten kommunalförbund") make the
-- short name ambiguous, which is an error that names them.

CREATE FUNCTION skanecoop_internal.without_legal_form(name pg_catalog.text)
	RETURNS pg_catalog.text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT pg_catalog.regexp_replace(
			   pg_catalog.regexp_replace(
				   pg_catalog.regexp_replace(pg_catalog.lower(pg_catalog.btrim(name)),
											 '^(kommunalförbundet|i/s|iks)\s+(?=\S)', ''),
				   '(?<=\S)\s+\(publ\)$', ''),
			   '(?<=\S)\s+(ab|a/s|i/s|iks|as|asa|ltd|k/s|a\.m\.b\.a\.|kommunalförbund|ipr|ko)$', '')
$$;
COMMENT ON FUNCTION skanecoop_internal.without_legal_form(pg_catalog.text) IS
	'A body''s name in lower case without a legal form before it (Kommunalförbundet, I/S, IKS) or after it (AB, (publ), AB (publ), A/S, I/S, IKS, AS, ASA, Ltd, K/S, a.m.b.a., kommunalförbund, IPR, KO)';

CREATE OR REPLACE FUNCTION @extschema@.find_organisation(name pg_catalog.text)
	RETURNS pg_catalog.int8
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	wanted pg_catalog.text := pg_catalog.lower(pg_catalog.btrim(name));
	bare pg_catalog.text := skanecoop_internal.without_legal_form(name);
	found_id pg_catalog.int8;
	bodies pg_catalog.text[];
BEGIN
	-- any of its names, in any case, also in the genitive ("SÖSK:s", "Familjen Helsingborgs")
	SELECT n.organisation_id INTO found_id
	FROM @extschema@.organisation_name AS n
	WHERE pg_catalog.lower(n.name) IN (wanted, pg_catalog.regexp_replace(wanted, ':?s$', ''))
	ORDER BY pg_catalog.lower(n.name) = wanted DESC
	LIMIT 1;
	IF found_id IS NOT NULL THEN
		RETURN found_id;
	END IF;
	-- else a name of one body that differs in its legal form alone
	SELECT pg_catalog.array_agg(DISTINCT o.name ORDER BY o.name) INTO bodies
	FROM @extschema@.organisation_name AS n
	JOIN @extschema@.organisation AS o USING (organisation_id)
	WHERE skanecoop_internal.without_legal_form(n.name) = bare;
	IF pg_catalog.cardinality(bodies) > 1 THEN
		RAISE EXCEPTION 'organisation name "%" is ambiguous', name
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = pg_catalog.format('Without their legal forms, these bodies have that name: %s.',
											pg_catalog.array_to_string(ARRAY(
												SELECT pg_catalog.format('"%s"', b)
												FROM pg_catalog.unnest(bodies) AS b), ', ')),
				  HINT = 'Give one of these names as it is written.';
	ELSIF pg_catalog.cardinality(bodies) = 1 THEN
		SELECT o.organisation_id INTO found_id
		FROM @extschema@.organisation AS o
		WHERE o.name = bodies[1];
		RETURN found_id;
	END IF;
	RAISE EXCEPTION 'organisation "%" does not exist', name
		USING ERRCODE = 'undefined_object',
			  HINT = skanecoop_internal.closest_names_hint(name,
						ARRAY(SELECT n.name FROM @extschema@.organisation_name AS n));
END
$$;
COMMENT ON FUNCTION @extschema@.find_organisation(pg_catalog.text) IS
	'The organisation_id of an organisation named by any of its names, in any case or in the genitive, or with its legal form written otherwise (Kommunalförbundet Itsam, Itsam); an unknown name is an error whose hint names the closest known names, a name two bodies share but for their legal forms an error that names them';
