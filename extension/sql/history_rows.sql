
-- history_rows.sql (0.3)
--		The guard of the rows added to revisions (sections and facts) is a
--		row trigger in C.
--
-- As a statement trigger (history.sql) it read the rows a statement added
-- from a transition table, which the server fills with a copy of every
-- row inserted, whoever inserts it: each batch of a load copied all its
-- sections there, about a seventh of the server's CPU time in a first
-- load.  The rule is the same: for roles other than the owner, sections
-- and facts go only to revisions the same transaction loaded.
CREATE FUNCTION skanecoop_internal.guard_revision_row()
	RETURNS trigger
	AS 'MODULE_PATHNAME', 'guard_revision_row'
	LANGUAGE C;
COMMENT ON FUNCTION skanecoop_internal.guard_revision_row() IS
	'Row trigger of section and fact: for roles other than the owner, rows are added only to revisions the same transaction loaded';

DROP TRIGGER section_history_guard ON @extschema@.section;
CREATE TRIGGER section_history_guard
	AFTER INSERT ON @extschema@.section
	FOR EACH ROW EXECUTE FUNCTION skanecoop_internal.guard_revision_row();
COMMENT ON TRIGGER section_history_guard ON @extschema@.section IS
	'Sections are added only to revisions of the same transaction, for roles other than the owner';
DROP TRIGGER fact_history_guard ON @extschema@.fact;
CREATE TRIGGER fact_history_guard
	AFTER INSERT ON @extschema@.fact
	FOR EACH ROW EXECUTE FUNCTION skanecoop_internal.guard_revision_row();
COMMENT ON TRIGGER fact_history_guard ON @extschema@.fact IS
	'Facts are added only to revisions of the same transaction, for roles other than the owner';
DROP FUNCTION skanecoop_internal.guard_revision_rows();
