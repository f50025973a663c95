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
 * each cost one look-up of its revision, as the foreign key's check does.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

PG_FUNCTION_INFO_V1(guard_revision_row);

/*
 * The query that finds a revision loaded before the current transaction,
 * prepared once a session, for the document table of the schema it was
 * prepared for (the extension's, which a session changes only by dropping
 * and creating the extension again).
 */
typedef struct loaded_before_query
{
	Oid			namespace;
	SPIPlanPtr	plan;
} loaded_before_query;

static loaded_before_query loaded_before = {InvalidOid, NULL};

static SPIPlanPtr loaded_before_plan(Oid namespace);
static bool loaded_before_now(Oid namespace, Datum document_id);

/*
 * The plan of the query for skanecoop.document in namespace.  Operators
 * and functions are named with their schema: the session's search_path
 * must not choose them.
 */
static SPIPlanPtr
loaded_before_plan(Oid namespace)
{
	Oid			argtypes[1] = {INT8OID};
	char	   *sql;
	SPIPlanPtr	plan;

	if (loaded_before.plan != NULL && loaded_before.namespace == namespace)
		return loaded_before.plan;
	sql = psprintf("SELECT FROM %s.document"
				   " WHERE document_id OPERATOR(pg_catalog.=) $1"
				   " AND loaded_at OPERATOR(pg_catalog.<>) pg_catalog.now()",
				   quote_identifier(get_namespace_name(namespace)));
	plan = SPI_prepare(sql, 1, argtypes);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	if (loaded_before.plan != NULL)
		SPI_freeplan(loaded_before.plan);
	loaded_before.namespace = namespace;
	loaded_before.plan = plan;
	return plan;
}

/*
 * Whether the revision document_id of the document table in namespace was
 * loaded before the current transaction.  A revision the query does not
 * find is not: the foreign key refuses the row.
 */
static bool
loaded_before_now(Oid namespace, Datum document_id)
{
	bool		found;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_plan(loaded_before_plan(namespace), &document_id, NULL, false, 1) !=
		SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed");
	found = SPI_processed > 0;
	if (SPI_finish() != SPI_OK_FINISH)
		elog(ERROR, "SPI_finish failed");
	return found;
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
	int			attnum;
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
	attnum = SPI_fnumber(tupdesc, "document_id");
	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("table \"%s\" has no column document_id",
						RelationGetRelationName(rel))));
	document_id = SPI_getbinval(trigdata->tg_trigtuple, tupdesc, attnum, &isnull);
	if (!isnull && loaded_before_now(RelationGetNamespace(rel), document_id))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("rows of %s can be added only to revisions loaded by the same transaction",
						RelationGetRelationName(rel)),
				 errdetail("Revision %lld was loaded before.",
						   (long long) DatumGetInt64(document_id))));
	return PointerGetDatum(NULL);
}
