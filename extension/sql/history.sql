
-- history.sql (0.3)
--		The history of revisions is append-only for the roles that load,
--		and only they can take the lock that serialises loads.
--
-- What facts_as_of and every analyst see rests on document.loaded_at and
-- document.superseded_at.  A role that is not the tables' owner (the
-- loader's) may add a revision only as loaded now, at its transaction's
-- time, and current; may mark a revision superseded only once, and only
-- now; and may add sections and facts only to revisions its transaction
-- added.  The owner (a superuser restoring a dump, or correcting by hand)
-- is not held to this.  Column privileges already keep the loader from
-- changing anything but superseded_at.

-- Whether the current role owns the table a trigger fires on.
CREATE FUNCTION @extschema@.owns_table(tab pg_catalog.regclass)
	RETURNS pg_catalog.bool
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT pg_catalog.pg_has_role(CURRENT_USER, c.relowner, 'USAGE')
	FROM pg_catalog.pg_class AS c
	WHERE c.oid = owns_table.tab
$$;
COMMENT ON FUNCTION @extschema@.owns_table(pg_catalog.regclass) IS
	'Whether the current role is, or acts as, the owner of a table: the history triggers hold every other role to append-only changes';

CREATE FUNCTION @extschema@.guard_revision()
	RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF @extschema@.owns_table(TG_RELID) THEN
		RETURN NEW;
	END IF;
	IF TG_OP = 'INSERT' AND NEW.loaded_at IS DISTINCT FROM pg_catalog.now() THEN
		RAISE EXCEPTION 'a new revision must be loaded at its transaction''s time'
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = pg_catalog.format('loaded_at is %s; the transaction began at %s.',
											 NEW.loaded_at, pg_catalog.now()),
				  HINT = 'Leave loaded_at to the loader, which sets it to now().';
	ELSIF TG_OP = 'INSERT' AND NEW.superseded_at IS NOT NULL THEN
		RAISE EXCEPTION 'a new revision must be current'
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = 'superseded_at is set when a later revision is loaded.';
	ELSIF TG_OP = 'UPDATE' AND NEW.superseded_at IS DISTINCT FROM OLD.superseded_at
		  AND (OLD.superseded_at IS NOT NULL
			   OR NEW.superseded_at IS DISTINCT FROM pg_catalog.now()) THEN
		RAISE EXCEPTION 'the revision of "%" loaded at % cannot be marked %', OLD.uri, OLD.loaded_at,
						COALESCE('superseded at ' || NEW.superseded_at, 'current again')
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = CASE WHEN OLD.superseded_at IS NOT NULL
							   THEN pg_catalog.format('It was superseded at %s, which stays.',
													  OLD.superseded_at)
							   ELSE 'A revision is superseded once, at the time of the transaction that loads the next one.'
						   END;
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.guard_revision() IS
	'Trigger of document: for roles other than its owner, a new revision is loaded now and current, and superseded_at is set once, from NULL, to now';

CREATE TRIGGER document_history_guard
	BEFORE INSERT OR UPDATE ON @extschema@.document
	FOR EACH ROW EXECUTE FUNCTION @extschema@.guard_revision();
COMMENT ON TRIGGER document_history_guard ON @extschema@.document IS
	'Keeps the revision history append-only for roles other than the owner (see guard_revision)';

-- Sections and facts are checked once a statement, over the rows it added.
CREATE FUNCTION @extschema@.guard_revision_rows()
	RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	old_revision pg_catalog.int8;
BEGIN
	IF @extschema@.owns_table(TG_RELID) THEN
		RETURN NULL;
	END IF;
	SELECT a.document_id INTO old_revision
	FROM added AS a
	JOIN @extschema@.document AS d ON d.document_id = a.document_id
	WHERE d.loaded_at <> pg_catalog.now()
	LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'rows of % can be added only to revisions loaded by the same transaction',
						TG_TABLE_NAME
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = pg_catalog.format('Revision %s was loaded before.', old_revision);
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.guard_revision_rows() IS
	'Statement trigger of section and fact: for roles other than the owner, rows are added only to revisions the same transaction loaded';

CREATE TRIGGER section_history_guard
	AFTER INSERT ON @extschema@.section
	REFERENCING NEW TABLE AS added
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.guard_revision_rows();
COMMENT ON TRIGGER section_history_guard ON @extschema@.section IS
	'Sections are added only to revisions of the same transaction, for roles other than the owner';
CREATE TRIGGER fact_history_guard
	AFTER INSERT ON @extschema@.fact
	REFERENCING NEW TABLE AS added
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.guard_revision_rows();
COMMENT ON TRIGGER fact_history_guard ON @extschema@.fact IS
	'Facts are added only to revisions of the same transaction, for roles other than the owner';

-- The lock of a load.  An advisory lock can be taken by any role that can
-- connect, and so block every load; this table can be locked in EXCLUSIVE
-- mode only with UPDATE on it, which skanecoop_loader alone is granted.
-- (ACCESS SHARE, which anyone may hold briefly, does not conflict.)
CREATE TABLE @extschema@.load_lock ();
COMMENT ON TABLE @extschema@.load_lock IS
	'Holds no rows: skanecoop-load locks it in EXCLUSIVE mode for the length of a run, so that runs follow one another';
GRANT UPDATE ON @extschema@.load_lock TO skanecoop_loader;
