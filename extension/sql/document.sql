
-- document.sql
--		Source documents and their sections, as the loader stores them.
--
-- A document row is one revision of the page at a URI.  When the loader
-- meets changed content at a URI it already knows, it stamps the current
-- revision's superseded_at and adds the new one, so what was known at any
-- load time stays queryable.  Both tables hold loaded data: they are
-- registered with pg_extension_config_dump so that pg_dump keeps their rows.

CREATE TABLE @extschema@.document (
	document_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	uri			text NOT NULL,
	publisher	text,
	title		text NOT NULL,
	format		text NOT NULL CHECK (format IN ('text', 'html', 'xml')),
	sha256		bytea NOT NULL CHECK (pg_catalog.length(sha256) = 32),
	fetched_at	timestamptz,
	published_on date,
	updated_on	date,
	loaded_at	timestamptz NOT NULL,
	superseded_at timestamptz,
	content		text NOT NULL,
	CONSTRAINT document_superseded_check CHECK (superseded_at >= loaded_at)
);
-- lz4 compresses a night's documents several times faster than pglz, where
-- the server was built with it.
DO $$
BEGIN
	IF EXISTS (SELECT FROM pg_catalog.pg_settings
			   WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
		ALTER TABLE @extschema@.document ALTER COLUMN content SET COMPRESSION lz4;
	END IF;
END
$$;
CREATE UNIQUE INDEX document_current_uri_idx
	ON @extschema@.document (uri) WHERE superseded_at IS NULL;
COMMENT ON TABLE @extschema@.document IS
	'Source documents, one row per revision of the page at a URI';
COMMENT ON COLUMN @extschema@.document.uri IS
	'Where the document was fetched from';
COMMENT ON COLUMN @extschema@.document.format IS
	'Format of the source: text (plain-text extract), html or xml';
COMMENT ON COLUMN @extschema@.document.sha256 IS
	'SHA-256 of the source bytes as fetched; an unchanged hash means an unchanged document';
COMMENT ON COLUMN @extschema@.document.published_on IS
	'Publication date, from the manifest or the document''s own "Publicerad" line';
COMMENT ON COLUMN @extschema@.document.updated_on IS
	'Date of the last update, from the manifest or the document''s own "Uppdaterad" line';
COMMENT ON COLUMN @extschema@.document.loaded_at IS
	'Start of the loader run that stored this revision';
COMMENT ON COLUMN @extschema@.document.superseded_at IS
	'Start of the loader run that stored the next revision; NULL while this one is current';
COMMENT ON COLUMN @extschema@.document.content IS
	'The document''s text in UTF-8; section and evidence offsets are byte offsets into it';

CREATE TABLE @extschema@.section (
	document_id bigint NOT NULL REFERENCES @extschema@.document ON DELETE CASCADE,
	ordinal		integer NOT NULL CHECK (ordinal >= 1),
	heading		text,
	body		text NOT NULL,
	byte_start	integer NOT NULL,
	byte_end	integer NOT NULL,
	PRIMARY KEY (document_id, ordinal),
	CONSTRAINT section_offsets_check CHECK (0 <= byte_start AND byte_start <= byte_end)
);
COMMENT ON TABLE @extschema@.section IS
	'Sections of a document: a heading and the paragraphs up to the next heading';
COMMENT ON COLUMN @extschema@.section.heading IS
	'The section''s heading; NULL for the text between the title and the first heading';
COMMENT ON COLUMN @extschema@.section.body IS
	'The paragraphs and list items of the section, separated by blank lines';
COMMENT ON COLUMN @extschema@.section.byte_start IS
	'Byte offset in document.content where the section (its heading, if any) begins';
COMMENT ON COLUMN @extschema@.section.byte_end IS
	'Byte offset in document.content just past the section''s last paragraph';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.document', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.section', '');
SELECT pg_catalog.pg_extension_config_dump(
	pg_catalog.pg_get_serial_sequence('@extschema@.document', 'document_id'), '');
