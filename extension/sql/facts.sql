
-- facts.sql
--		Facts stated by the documents, and the population figures fees are
--		computed from.
--
-- The loader stores every fact a document revision states as a row of
-- "fact", with its evidence: the byte range of the sentence in the
-- revision's text, the quoted sentence, and the extraction rule.  Facts of
-- a superseded revision stay, so what the database knew at any load time
-- can be asked (their support ends when their revision was superseded).
-- The views membership, fee, member_count, twin_town and area merge the
-- facts of the current revisions: several documents stating the same
-- membership make one row with all its evidence, and where documents
-- disagree the newer document's statement is preferred, nothing dropped.
--
-- The membership view takes a membership's validity from the statement
-- about it that says most: one that gives an end (a member left) before
-- one that does not, then the one that pins the start most precisely
-- ("sedan 1990-talet" before "is a member" on a page of 2023), then the
-- newest document's, a stated one before one derived from a count.  The
-- membership counts as derived only if every statement behind it is.
--
-- A fact whose text gives no date has a NULL "valid": the statement is
-- known to hold at least when the page was read.  The merged views read it
-- as [..D]/.. with D the document's own date (updated, published, fetched,
-- else loaded).

CREATE TABLE @extschema@.organisation (
	organisation_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name		text NOT NULL UNIQUE,
	kind		text CHECK (kind IN ('cooperation', 'cooperation_committee',
									 'association_of_municipalities', 'joint_authority',
									 'intermunicipal_cooperation', 'interregional_cooperation',
									 'cross_border_cooperation', 'political_committee',
									 'political_cooperation', 'eu_information_centre',
									 'forum', 'network', 'company')),
	registered	boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.organisation IS
	'Cooperation bodies, one row each under one name; registered ones come with the extension, the others were named by a document';
COMMENT ON COLUMN @extschema@.organisation.kind IS
	'What kind of body it is: intermunicipal_cooperation, cooperation_committee, association_of_municipalities, cross_border_cooperation, eu_information_centre, forum ...';
COMMENT ON COLUMN @extschema@.organisation.registered IS
	'Whether the row comes from the extension''s registry (data/reference/organisations.csv) rather than from a document';

CREATE TABLE @extschema@.organisation_name (
	name		text NOT NULL,
	organisation_id bigint NOT NULL REFERENCES @extschema@.organisation ON DELETE CASCADE,
	variant		text NOT NULL CHECK (variant IN ('name', 'registry', 'abbreviation', 'former_name'))
);
CREATE UNIQUE INDEX organisation_name_lower_idx
	ON @extschema@.organisation_name (pg_catalog.lower(name));
CREATE INDEX organisation_name_organisation_idx
	ON @extschema@.organisation_name (organisation_id);
COMMENT ON TABLE @extschema@.organisation_name IS
	'Every name an organisation goes by, case-insensitively unique: the registry''s names (variant registry), the name a document introduced it by (name), and the abbreviations and former names documents give';

CREATE TABLE @extschema@.fact (
	fact_id		bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	document_id bigint NOT NULL REFERENCES @extschema@.document ON DELETE CASCADE,
	kind		text NOT NULL CHECK (kind IN ('organisation', 'membership', 'member_count', 'fee',
											  'twin_town', 'area', 'document_date')),
	organisation_id bigint REFERENCES @extschema@.organisation,
	organisation_name text,
	name		text,
	member		text REFERENCES @extschema@.place (code),
	member_name text,
	derived		boolean NOT NULL DEFAULT false,
	municipality text REFERENCES @extschema@.place (code),
	partner		text,
	partner_place text REFERENCES @extschema@.place (code),
	partner_country text CHECK (partner_country ~ '^[A-Z]{2}$'),
	relation	text CHECK (relation IN ('twin_town', 'cooperation_agreement')),
	valid		@extschema@.validity,
	rate		@extschema@.fee_rate,
	count		integer CHECK (count >= 0),
	byte_start	integer NOT NULL,
	byte_end	integer NOT NULL,
	quote		text NOT NULL,
	rule		text NOT NULL,
	warning		text,
	CONSTRAINT fact_evidence_check CHECK (0 <= byte_start AND byte_start <= byte_end),
	CONSTRAINT fact_organisation_check CHECK ((organisation_id IS NULL) = (organisation_name IS NULL))
);
CREATE INDEX fact_document_idx ON @extschema@.fact (document_id);
CREATE INDEX fact_organisation_idx ON @extschema@.fact (organisation_id, kind);
CREATE INDEX fact_member_idx ON @extschema@.fact (member) WHERE member IS NOT NULL;
COMMENT ON TABLE @extschema@.fact IS
	'Every fact a document revision states, with its evidence: [byte_start, byte_end) of the revision''s text, the quoted sentence, and the extraction rule';
COMMENT ON COLUMN @extschema@.fact.organisation_name IS
	'The organisation''s name as the document writes it';
COMMENT ON COLUMN @extschema@.fact.name IS
	'For areas the area; for organisations an abbreviation or former name; for member counts the set counted; for document dates published or updated';
COMMENT ON COLUMN @extschema@.fact.member IS
	'Gazetteer code of the member, where the name was resolved';
COMMENT ON COLUMN @extschema@.fact.derived IS
	'The membership was expanded from a counted statement ("samtliga 33 skånska kommuner")';
COMMENT ON COLUMN @extschema@.fact.valid IS
	'When the fact holds, as the text states it; NULL where the text gives no date';
COMMENT ON COLUMN @extschema@.fact.rate IS
	'For fees the rate; NULL where the document names a fee without its amount';
COMMENT ON COLUMN @extschema@.fact.warning IS
	'What the extractor found doubtful, e.g. a stated count that does not match the names listed';

CREATE TABLE @extschema@.population (
	place		text NOT NULL REFERENCES @extschema@.place (code),
	reference_date date NOT NULL,
	inhabitants bigint NOT NULL CHECK (inhabitants >= 0),
	source		text,
	PRIMARY KEY (place, reference_date)
);
COMMENT ON TABLE @extschema@.population IS
	'Inhabitants of a municipality or region on a reference date, as published by Statistics Sweden or Statistics Denmark';

-- The registry's rows belong to the extension; everything else is loaded
-- data, which pg_dump must keep.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.organisation', 'WHERE NOT registered');
SELECT pg_catalog.pg_extension_config_dump(
	pg_catalog.pg_get_serial_sequence('@extschema@.organisation', 'organisation_id'), '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.organisation_name',
										   'WHERE variant <> ''registry''');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.fact', '');
SELECT pg_catalog.pg_extension_config_dump(
	pg_catalog.pg_get_serial_sequence('@extschema@.fact', 'fact_id'), '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.population', '');

-- The facts of current revisions, each with the validity the merged views
-- use and the date its document speaks for.
CREATE VIEW @extschema@.current_fact AS
SELECT f.*,
	   COALESCE(d.updated_on, d.published_on, (d.fetched_at AT TIME ZONE 'UTC')::date,
						   (d.loaded_at AT TIME ZONE 'UTC')::date) AS document_date,
	   -- the date in ISO form whatever the session's DateStyle
	   COALESCE(f.valid,
						   ('[..' || pg_catalog.to_char(COALESCE(d.updated_on, d.published_on,
														 (d.fetched_at AT TIME ZONE 'UTC')::date,
														 (d.loaded_at AT TIME ZONE 'UTC')::date),
														'YYYY-MM-DD')
							|| ']/..')::@extschema@.validity) AS valid_as_read
FROM @extschema@.fact AS f
JOIN @extschema@.document AS d ON d.document_id = f.document_id
WHERE d.superseded_at IS NULL;
COMMENT ON VIEW @extschema@.current_fact IS
	'Facts of the current document revisions, with document_date (the date the document speaks for) and valid_as_read (valid, or on-or-before that date where the text gives no date)';

CREATE VIEW @extschema@.membership AS
WITH stated AS (
	SELECT f.*, COALESCE(f.member, f.member_name) AS member_key
	FROM @extschema@.current_fact AS f
	WHERE f.kind = 'membership'
), merged AS (
	SELECT organisation_id, member_key,
		   pg_catalog.bool_and(derived) AS derived,
		   pg_catalog.count(DISTINCT document_id) AS documents,
		   pg_catalog.array_agg(fact_id ORDER BY fact_id) AS evidence
	FROM stated
	GROUP BY organisation_id, member_key
)
SELECT DISTINCT ON (s.organisation_id, s.member_key)
	   s.fact_id AS membership_id,
	   s.organisation_id,
	   o.name AS organisation,
	   s.member,
	   COALESCE(p.name, s.member_name) AS member_name,
	   s.valid_as_read AS valid,
	   m.derived,
	   m.documents,
	   m.evidence
FROM stated AS s
JOIN merged AS m ON m.organisation_id = s.organisation_id AND m.member_key = s.member_key
JOIN @extschema@.organisation AS o ON o.organisation_id = s.organisation_id
LEFT JOIN @extschema@.place AS p ON p.code = s.member
ORDER BY s.organisation_id, s.member_key,
		 @extschema@.is_open(s.valid_as_read),
		 COALESCE(@extschema@.latest_start(s.valid_as_read)
				  - @extschema@.earliest_start(s.valid_as_read), 2147483647),
		 s.document_date DESC, s.derived, s.fact_id;
COMMENT ON VIEW @extschema@.membership IS
	'Who is a member of what, merged over the current documents: one row per organisation and member, its validity from the statement that says most (one that gives an end before one that does not, then the most precise start, then the newest document), derived only if every statement behind it is, and evidence listing every fact_id behind it';

CREATE VIEW @extschema@.fee AS
SELECT f.fact_id AS fee_id, f.organisation_id, o.name AS organisation, f.rate,
	   f.valid_as_read AS valid, f.document_date, f.fact_id
FROM @extschema@.current_fact AS f
JOIN @extschema@.organisation AS o ON o.organisation_id = f.organisation_id
WHERE f.kind = 'fee';
COMMENT ON VIEW @extschema@.fee IS
	'Membership fee rules stated by the current documents; rate is NULL where a document names a fee without its amount';

CREATE VIEW @extschema@.member_count AS
SELECT f.fact_id, f.organisation_id, o.name AS organisation, f.count, f.name AS counted,
	   f.valid_as_read AS valid, f.document_date, f.document_id
FROM @extschema@.current_fact AS f
JOIN @extschema@.organisation AS o ON o.organisation_id = f.organisation_id
WHERE f.kind = 'member_count';
COMMENT ON VIEW @extschema@.member_count IS
	'Member counts the current documents state ("samtliga 33 skånska kommuner"), each with its document''s date; documents that disagree each keep their row';

CREATE VIEW @extschema@.twin_town AS
SELECT f.fact_id, f.municipality, m.name AS municipality_name, f.partner, f.partner_place,
	   f.partner_country, f.relation, f.valid_as_read AS valid, f.document_date, f.document_id
FROM @extschema@.current_fact AS f
LEFT JOIN @extschema@.place AS m ON m.code = f.municipality
WHERE f.kind = 'twin_town';
COMMENT ON VIEW @extschema@.twin_town IS
	'Twin towns and cooperation agreements abroad that the current documents state: municipality, partner, partner''s country (ISO 3166) and relation';

CREATE VIEW @extschema@.cooperation_area AS
SELECT DISTINCT ON (f.organisation_id, pg_catalog.lower(f.name))
	   f.organisation_id, o.name AS organisation, f.name AS area, f.fact_id
FROM @extschema@.current_fact AS f
JOIN @extschema@.organisation AS o ON o.organisation_id = f.organisation_id
WHERE f.kind = 'area'
ORDER BY f.organisation_id, pg_catalog.lower(f.name), f.document_date DESC, f.fact_id;
COMMENT ON VIEW @extschema@.cooperation_area IS
	'The fields each organisation cooperates in, as the current documents list them';
