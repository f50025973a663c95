/*
 * history.c
 *		The guard that keeps the rows a role other than the tables' owner
 *		adds to section and fact to the revisions its own transaction
 *		loaded (see extension/sql/history.sql for the history's rules).
 *
 * The guard is a row trigger.  As a statement trigger it read what the
 * statement had added from a transition table, which the server fills
 * with a copy of every row the statement inserts, whoever inserts them: a
 * load's batch merge copied each of its sections there, and a first load
 * of 2,000 of the benchmark's pages spent about a seventh of the server's
 * CPU time on it.  A row trigger's event holds only where the row is; the
 * owner's rows (a restore's) are let through at once, and another role's
 * each cost one probe of the documents' primary key.  The probe is made
 * here rather than by a query: a query's plan follows the planner's idea
 * of the table's size, and for a table vacuumed while empty, which the
 * loader has planned for each execution, read the documents whole for
 * every section while they were few (doubling what the foreign key's
 * check reads then).
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "commands/trigger.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(guard_revision_row);

static bool loaded_before_now(Oid namespace, Datum document_id);

/*
 * Whether revision document_id of skanecoop.document (the document table
 * of namespace) was loaded before the current transaction, as loaded_at
 * <> now() tells.  The revision is looked for as the rows the transaction
 * itself added are seen (SnapshotSelf), whatever command added them, as
 * the statement trigger's query over the statement's rows saw them.  A
 * revision not found is not loaded before: the foreign key refuses the
 * row.
 */
static bool
loaded_before_now(Oid namespace, Datum document_id)
{
	Oid			documents_oid = get_relname_relid("document", namespace);
	AttrNumber	loaded_at_attnum;
	Oid			primary_key_oid;
	Relation	documents;
	Relation	primary_key;
	ScanKeyData key;
	IndexScanDesc scan;
	TupleTableSlot *slot;
	bool		before = false;

	if (!OidIsValid(documents_oid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation \"%s.document\" does not exist",
						get_namespace_name(namespace))));
	/* by name, as the statement trigger's query read it; slot_getattr takes no 0 */
	loaded_at_attnum = get_attnum(documents_oid, "loaded_at");
	if (loaded_at_attnum == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"loaded_at\" of relation \"document\" does not exist")));
	documents = table_open(documents_oid, AccessShareLock);
	primary_key_oid = RelationGetPrimaryKeyIndex(documents);
	if (!OidIsValid(primary_key_oid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("relation \"%s.document\" has no primary key",
						get_namespace_name(namespace))));
	primary_key = index_open(primary_key_oid, AccessShareLock);
	slot = table_slot_create(documents, NULL);
	ScanKeyInit(&key, 1, BTEqualStrategyNumber, F_INT8EQ, document_id);
	scan = index_beginscan(documents, primary_key, SnapshotSelf, 1, 0);
	index_rescan(scan, &key, 1, NULL, 0);
	if (index_getnext_slot(scan, ForwardScanDirection, slot))
	{
		bool		isnull;
		Datum		loaded_at = slot_getattr(slot, loaded_at_attnum, &isnull);

		before = !isnull &&
			DatumGetTimestampTz(loaded_at) != GetCurrentTransactionStartTimestamp();
	}
	index_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	index_close(primary_key, AccessShareLock);
	table_close(documents, AccessShareLock);
	return before;
}

/*
 * Trigger of section and fact, after the insert of each row: for roles
 * other than the table's owner, the row's revision (its document_id) must
 * have been loaded by the current transaction.  Whether the role owns the
 * table is asked as pg_has_role(CURRENT_USER, owner, 'USAGE') asks it.
 */
Datum
guard_revision_row(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	tupdesc;
	AttrNumber	attnum;
	Datum		document_id;
	bool		isnull;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("guard_revision_row must be fired after insert, for each row")));
	rel = trigdata->tg_relation;
	if (has_privs_of_role(GetUserId(), rel->rd_rel->relowner))
		return PointerGetDatum(NULL);

	tupdesc = RelationGetDescr(rel);
	attnum = get_attnum(RelationGetRelid(rel), "document_id");
	if (attnum == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"document_id\" of relation \"%s\" does not exist",
						RelationGetRelationName(rel))));
	document_id = heap_getattr(trigdata->tg_trigtuple, attnum, tupdesc, &isnull);
	if (!isnull && loaded_before_now(RelationGetNamespace(rel), document_id))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("rows of %s can be added only to revisions loaded by the same transaction",
						RelationGetRelationName(rel)),
				 errdetail("Revision %lld was loaded before.",
						   (long long) DatumGetInt64(document_id))));
	return PointerGetDatum(NULL);
}
