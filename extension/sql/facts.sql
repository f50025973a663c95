-- facts.sql
--		Facts stated by the documents: organisations, memberships, member
--		counts, fees and twin towns, each with its evidence; and the
--		population figures fees are computed from.
--
-- Every fact row points at the document revision that states it and at the
-- byte range of the quoted sentence in that revision's text, and names the
-- extraction rule that produced it.  A fact derived from another (a
-- quantified statement expanded through the gazetteer) says so in
-- "derived".

CREATE TABLE @extschema@.organisation (
	organisation_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name		text NOT NULL UNIQUE,
	kind		text,
	lead_place	text REFERENCES @extschema@.place (code)
);
COMMENT ON TABLE @extschema@.organisation IS
	'Cooperation bodies the documents speak of, one row each under its current name';

CREATE TABLE @extschema@.evidence (
	evidence_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	document_id bigint NOT NULL REFERENCES @extschema@.document ON DELETE CASCADE,
	byte_start	integer NOT NULL,
	byte_end	integer NOT NULL,
	quote		text NOT NULL,
	rule		text NOT NULL,
	CHECK (0 <= byte_start AND byte_start <= byte_end)
);
COMMENT ON TABLE @extschema@.evidence IS
	'Where a fact is stated: a byte range [byte_start, byte_end) of a document revision''s text, the quoted sentence, and the extraction rule';

CREATE TABLE @extschema@.membership (
	membership_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	organisation_id bigint NOT NULL REFERENCES @extschema@.organisation ON DELETE CASCADE,
	member		text NOT NULL REFERENCES @extschema@.place (code),
	valid		@extschema@.validity NOT NULL,
	derived		boolean NOT NULL DEFAULT false,
	evidence_id bigint REFERENCES @extschema@.evidence ON DELETE CASCADE
);
COMMENT ON TABLE @extschema@.membership IS
	'A municipality or region being a member of an organisation during a validity period';

CREATE TABLE @extschema@.fee (
	fee_id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	organisation_id bigint NOT NULL REFERENCES @extschema@.organisation ON DELETE CASCADE,
	rate		@extschema@.fee_rate,
	valid		@extschema@.validity NOT NULL,
	evidence_id bigint REFERENCES @extschema@.evidence ON DELETE CASCADE
);
COMMENT ON TABLE @extschema@.fee IS
	'A membership fee rule of an organisation; rate is NULL where a document names a fee without its amount';

CREATE TABLE @extschema@.population (
	place		text NOT NULL REFERENCES @extschema@.place (code),
	reference_date date NOT NULL,
	inhabitants bigint NOT NULL CHECK (inhabitants >= 0),
	source		text,
	PRIMARY KEY (place, reference_date)
);
COMMENT ON TABLE @extschema@.population IS
	'Inhabitants of a municipality or region on a reference date, as published by Statistics Sweden or Statistics Denmark';
