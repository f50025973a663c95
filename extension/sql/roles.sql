
-- roles.sql
--		The two roles skanecoop's users connect as (through roles that are
--		granted them): skanecoop_reader, who may read everything and change
--		nothing, and skanecoop_loader, who has exactly what skanecoop-load
--		needs.
--
-- Roles belong to the cluster, not to a database, so they are created only
-- where they do not exist yet, and DROP EXTENSION leaves them (with the
-- privileges gone along with the objects).  Both are NOLOGIN: grant them
-- to login roles, e.g. CREATE ROLE nightly LOGIN IN ROLE skanecoop_loader.
-- The loader also stages rows in temporary tables, which PostgreSQL lets
-- every role create unless TEMPORARY was revoked on the database.

DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'skanecoop_reader') THEN
		CREATE ROLE skanecoop_reader NOLOGIN;
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'skanecoop_loader') THEN
		CREATE ROLE skanecoop_loader NOLOGIN;
	END IF;
END
$$;
COMMENT ON ROLE skanecoop_reader IS
	'Reads skanecoop''s tables, views and functions (schemas skanecoop and skanecoop_bi); cannot write';
COMMENT ON ROLE skanecoop_loader IS
	'What skanecoop-load needs: reads the data, adds documents, sections, facts, organisations and population figures, and marks revisions superseded';

GRANT USAGE ON SCHEMA @extschema@, skanecoop_bi TO skanecoop_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA @extschema@ TO skanecoop_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA skanecoop_bi TO skanecoop_reader;

GRANT USAGE ON SCHEMA @extschema@ TO skanecoop_loader;
GRANT SELECT ON @extschema@.document, @extschema@.section, @extschema@.fact,
	@extschema@.organisation, @extschema@.organisation_name, @extschema@.population,
	@extschema@.place, @extschema@.place_name TO skanecoop_loader;
GRANT INSERT ON @extschema@.document, @extschema@.section, @extschema@.fact,
	@extschema@.organisation, @extschema@.organisation_name, @extschema@.population
	TO skanecoop_loader;
GRANT UPDATE (superseded_at) ON @extschema@.document TO skanecoop_loader;
GRANT UPDATE (kind) ON @extschema@.organisation TO skanecoop_loader;
GRANT UPDATE (inhabitants, source) ON @extschema@.population TO skanecoop_loader;
