
-- observation.sql (0.3)
--		When each revision was seen: a nightly pipeline is a clock.
--
-- A revision is first seen when the run that stores it fetched it (the
-- document's fetched_at where the source gives one, else the run's start)
-- and last seen when the latest run that found it unchanged fetched it.
-- Every such run moves last_seen_at on, in one statement for all the
-- documents it confirms, and logs the move in sighting: a row a run (and
-- day fetched), holding the ids of the revisions it confirmed, so that
-- what the database knew of a revision's sightings at any earlier time can
-- still be told (see last_seen_on).  A fetch time later than the run that
-- reports it is not believed: a page is seen no later than it is loaded.
--
-- Revisions loaded before this version get both columns from what they
-- have: their fetch time, else their load time.

ALTER TABLE @extschema@.document
	ADD COLUMN first_seen_at timestamptz,
	ADD COLUMN last_seen_at timestamptz;
UPDATE @extschema@.document
SET first_seen_at = LEAST(COALESCE(fetched_at, loaded_at), loaded_at),
	last_seen_at = LEAST(COALESCE(fetched_at, loaded_at), loaded_at);
ALTER TABLE @extschema@.document
	ALTER COLUMN first_seen_at SET NOT NULL,
	ALTER COLUMN last_seen_at SET NOT NULL,
	ADD CONSTRAINT document_seen_check CHECK (first_seen_at <= last_seen_at);
COMMENT ON COLUMN @extschema@.document.first_seen_at IS
	'When the revision was first seen: its fetch time, else the start of the run that stored it, and never later than that start';
COMMENT ON COLUMN @extschema@.document.last_seen_at IS
	'When the revision was last seen: the fetch time (else the start) of the latest run that found the page unchanged, or first_seen_at';

-- The sightings' defaults, and their rules for roles other than the owner.
CREATE FUNCTION @extschema@.guard_sighting()
	RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		NEW.first_seen_at := COALESCE(NEW.first_seen_at,
									  LEAST(COALESCE(NEW.fetched_at, NEW.loaded_at), NEW.loaded_at));
		NEW.last_seen_at := COALESCE(NEW.last_seen_at, NEW.first_seen_at);
		RETURN NEW;
	END IF;
	IF NEW.last_seen_at IS NOT DISTINCT FROM OLD.last_seen_at
	   OR @extschema@.owns_table(TG_RELID) THEN
		RETURN NEW;
	END IF;
	IF OLD.superseded_at IS NOT NULL
	   OR NEW.last_seen_at < OLD.last_seen_at OR NEW.last_seen_at > pg_catalog.now() THEN
		RAISE EXCEPTION 'the last sighting of a revision of "%" can only move on, to no later than now, while the revision is current',
						OLD.uri
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = CASE WHEN OLD.superseded_at IS NOT NULL
							   THEN pg_catalog.format('The revision loaded at %s was superseded at %s.',
													  OLD.loaded_at, OLD.superseded_at)
							   ELSE pg_catalog.format('The revision loaded at %s was last seen at %s; it cannot be marked last seen at %s, the transaction having begun at %s.',
													  OLD.loaded_at, OLD.last_seen_at, NEW.last_seen_at,
													  pg_catalog.now())
						   END;
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.guard_sighting() IS
	'Trigger of document: fills first_seen_at and last_seen_at of a new revision from its fetch and load times; for roles other than the owner, last_seen_at only moves on, to no later than now, and only while the revision is current';

CREATE TRIGGER document_sighting
	BEFORE INSERT OR UPDATE OF last_seen_at ON @extschema@.document
	FOR EACH ROW EXECUTE FUNCTION @extschema@.guard_sighting();
COMMENT ON TRIGGER document_sighting ON @extschema@.document IS
	'Fills a new revision''s sightings, and keeps last_seen_at moving on only (see guard_sighting)';

CREATE TABLE @extschema@.sighting (
	recorded_at timestamptz NOT NULL,
	seen_on		date NOT NULL,
	document_ids bigint[] NOT NULL
);
CREATE INDEX sighting_recorded_idx ON @extschema@.sighting (recorded_at);
CREATE INDEX sighting_document_idx ON @extschema@.sighting USING gin (document_ids);
COMMENT ON TABLE @extschema@.sighting IS
	'What each loader run confirmed: the revisions it found unchanged, a row per run and day of fetching, so that what was known of their sightings at any time stays known';
COMMENT ON COLUMN @extschema@.sighting.recorded_at IS
	'Start of the run that found the revisions unchanged';
COMMENT ON COLUMN @extschema@.sighting.seen_on IS
	'The day (UTC) they were fetched, else the day of the run''s start';
COMMENT ON COLUMN @extschema@.sighting.document_ids IS
	'The revisions (document_id) the run found unchanged and fetched that day';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.sighting', '');

-- A run logs its own sightings only.
CREATE FUNCTION @extschema@.guard_sighting_log()
	RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF NOT @extschema@.owns_table(TG_RELID) AND NEW.recorded_at IS DISTINCT FROM pg_catalog.now() THEN
		RAISE EXCEPTION 'a sighting must be recorded at its run''s time'
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = pg_catalog.format('recorded_at is %s; the transaction began at %s.',
											 NEW.recorded_at, pg_catalog.now());
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.guard_sighting_log() IS
	'Trigger of sighting: for roles other than the owner, a sighting is recorded at the time of the transaction that makes it';
CREATE TRIGGER sighting_history_guard
	BEFORE INSERT ON @extschema@.sighting
	FOR EACH ROW EXECUTE FUNCTION @extschema@.guard_sighting_log();
COMMENT ON TRIGGER sighting_history_guard ON @extschema@.sighting IS
	'Sightings are recorded at the time of the run that makes them, for roles other than the owner';

GRANT SELECT ON @extschema@.sighting TO skanecoop_reader, skanecoop_loader;
GRANT INSERT ON @extschema@.sighting TO skanecoop_loader;
GRANT UPDATE (last_seen_at) ON @extschema@.document TO skanecoop_loader;

-- Every revision of every document, now with when it was first and last seen.
CREATE OR REPLACE VIEW skanecoop_bi.documents AS
SELECT d.document_id, d.uri, d.publisher, d.title, d.format,
	   pg_catalog.encode(d.sha256, 'hex') AS sha256, d.fetched_at, d.published_on, d.updated_on,
	   d.loaded_at, d.superseded_at, d.superseded_at IS NULL AS current,
	   (SELECT pg_catalog.count(*) FROM @extschema@.section AS s
		WHERE s.document_id = d.document_id)::pg_catalog.int4 AS sections,
	   pg_catalog.length(d.content) AS characters,
	   d.first_seen_at, d.last_seen_at
FROM @extschema@.document AS d;
COMMENT ON COLUMN skanecoop_bi.documents.first_seen_at IS
	'When the revision was first seen (fetched, else loaded)';
COMMENT ON COLUMN skanecoop_bi.documents.last_seen_at IS
	'When the latest run that found the page unchanged fetched it, or first_seen_at';

-- When the database knew a revision to have been last seen, as of a time:
-- now, its last_seen_at; before, the latest sighting logged by then.
CREATE FUNCTION @extschema@.last_seen_on(document_id pg_catalog.int8,
										 first_seen_at pg_catalog.timestamptz,
										 last_seen_at pg_catalog.timestamptz,
										 as_of pg_catalog.timestamptz)
	RETURNS pg_catalog.date
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT CASE
		WHEN last_seen_on.as_of >= pg_catalog.now()
			 OR last_seen_on.last_seen_at = last_seen_on.first_seen_at
		THEN (last_seen_on.last_seen_at AT TIME ZONE 'UTC')::pg_catalog.date
		ELSE GREATEST((last_seen_on.first_seen_at AT TIME ZONE 'UTC')::pg_catalog.date,
					  (SELECT pg_catalog.max(s.seen_on)
					   FROM @extschema@.sighting AS s
					   WHERE s.recorded_at <= last_seen_on.as_of
						 AND s.document_ids @> ARRAY[last_seen_on.document_id]))
	END
$$;
COMMENT ON FUNCTION @extschema@.last_seen_on(pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.timestamptz) IS
	'The day (UTC) a revision was last seen, as the database knew it at as_of: from its last_seen_at now, from the sightings logged by then before';
