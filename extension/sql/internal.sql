
-- internal.sql (0.3)
--		Schema skanecoop_internal: the functions analysts never call, out of
--		schema skanecoop, so that \df skanecoop.* lists what an analyst may
--		use and nothing else.
--
-- What moves: the types' input, output, send and receive functions, the
-- functions behind their operators, operator classes, casts between sek
-- and numeric, and aggregates (comparison, hashing, GiST support, selectivity estimators,
-- sek's arithmetic and avg's transition functions), the triggers that
-- guard the revision history, and the helpers of other functions (name
-- distances and hints, holds_on, svg_text, fee_schedule's checks).  The
-- operators, casts, aggregates and triggers stay where they were and find
-- their functions by oid, so nothing an analyst writes changes.
--
-- The schema belongs to the extension: CREATE EXTENSION makes it (and
-- fails if a schema of that name exists already, so no one else's schema
-- is adopted) and DROP EXTENSION drops it.  The roles that use the
-- extension need USAGE on it, since the SQL functions they call name its
-- functions.  Functions of later fragments call these as
-- skanecoop_internal.NAME.

CREATE SCHEMA skanecoop_internal;
COMMENT ON SCHEMA skanecoop_internal IS
	'skanecoop''s support functions, which analysts never call: type input and output, operator, index, cast and aggregate support, triggers, and helpers of the functions in schema skanecoop';
GRANT USAGE ON SCHEMA skanecoop_internal TO skanecoop_reader, skanecoop_loader;

-- validity
ALTER FUNCTION @extschema@.validity_in(pg_catalog.cstring) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_out(@extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_recv(internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_send(@extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_eq(@extschema@.validity, @extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_ne(@extschema@.validity, @extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_lt(@extschema@.validity, @extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_le(@extschema@.validity, @extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_gt(@extschema@.validity, @extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_ge(@extschema@.validity, @extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_cmp(@extschema@.validity, @extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_hash(@extschema@.validity) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_hash_extended(@extschema@.validity, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_restrict_sel(internal, pg_catalog.oid, internal, pg_catalog.int4) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_join_sel(internal, pg_catalog.oid, internal, pg_catalog.int2, internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_gist_consistent(internal, @extschema@.validity, pg_catalog.int2, pg_catalog.oid, internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_gist_union(internal, internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_gist_penalty(internal, internal, internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_gist_picksplit(internal, internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_gist_same(@extschema@.validity, @extschema@.validity, internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.validity_gist_sortsupport(internal) SET SCHEMA skanecoop_internal;
-- The casts' functions named after their types stay: validity(d) and
-- daterange(v) are calls of them, which a cast alone would not answer.

-- sek
ALTER FUNCTION @extschema@.sek_in(pg_catalog.cstring) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_out(@extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_recv(internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_send(@extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_eq(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_ne(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_lt(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_le(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_gt(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_ge(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_cmp(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_sortsupport(internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_hash(@extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_hash_extended(@extschema@.sek, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_smaller(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_larger(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_pl(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_mi(@extschema@.sek, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_um(@extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_mul_int8(@extschema@.sek, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.int8_mul_sek(pg_catalog.int8, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_mul_int4(@extschema@.sek, pg_catalog.int4) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.int4_mul_sek(pg_catalog.int4, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_mul_numeric(@extschema@.sek, pg_catalog.numeric) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.numeric_mul_sek(pg_catalog.numeric, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_div_int8(@extschema@.sek, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_div_int4(@extschema@.sek, pg_catalog.int4) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_div_numeric(@extschema@.sek, pg_catalog.numeric) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_numeric(@extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.numeric_sek(pg_catalog.numeric) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_avg_accum(internal, @extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_avg_combine(internal, internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_avg_serialize(internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_avg_deserialize(pg_catalog.bytea, internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_avg_final(internal) SET SCHEMA skanecoop_internal;

-- fee_rate
ALTER FUNCTION @extschema@.fee_rate_in(pg_catalog.cstring) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_out(@extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_recv(internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_send(@extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_eq(@extschema@.fee_rate, @extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_ne(@extschema@.fee_rate, @extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_lt(@extschema@.fee_rate, @extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_le(@extschema@.fee_rate, @extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_gt(@extschema@.fee_rate, @extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_ge(@extschema@.fee_rate, @extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_cmp(@extschema@.fee_rate, @extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_hash(@extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_hash_extended(@extschema@.fee_rate, pg_catalog.int8) SET SCHEMA skanecoop_internal;

-- money_amount and fee_rule: input and output, comparison, hash,
-- arithmetic and the casts' functions
ALTER FUNCTION @extschema@.money_amount_in(pg_catalog.cstring) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_out(@extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_recv(pg_catalog.internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_send(@extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_eq(@extschema@.money_amount, @extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_ne(@extschema@.money_amount, @extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_lt(@extschema@.money_amount, @extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_le(@extschema@.money_amount, @extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_gt(@extschema@.money_amount, @extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_ge(@extschema@.money_amount, @extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_cmp(@extschema@.money_amount, @extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_hash(@extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_hash_extended(@extschema@.money_amount, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_in(pg_catalog.cstring) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_out(@extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_recv(pg_catalog.internal) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_send(@extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_eq(@extschema@.fee_rule, @extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_ne(@extschema@.fee_rule, @extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_lt(@extschema@.fee_rule, @extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_le(@extschema@.fee_rule, @extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_gt(@extschema@.fee_rule, @extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_ge(@extschema@.fee_rule, @extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_cmp(@extschema@.fee_rule, @extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_hash(@extschema@.fee_rule) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_hash_extended(@extschema@.fee_rule, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_pl(@extschema@.money_amount, @extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_mi(@extschema@.money_amount, @extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_um(@extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_mul_int8(@extschema@.money_amount, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_div_int8(@extschema@.money_amount, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_numeric(@extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.sek_money_amount(@extschema@.sek) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.money_amount_sek(@extschema@.money_amount) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rate_fee_rule(@extschema@.fee_rate) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_rule_fee_rate(@extschema@.fee_rule) SET SCHEMA skanecoop_internal;

-- helpers of the analysts' functions
ALTER FUNCTION @extschema@.rule_fee_in_range(@extschema@.fee_rule, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.name_distance(pg_catalog.text, pg_catalog.text) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.closest_names_hint(pg_catalog.text, pg_catalog.text[]) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.holds_on(@extschema@.validity, pg_catalog.date, pg_catalog.text) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.annual_fee_in_range(@extschema@.fee_rate, pg_catalog.int8) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.fee_schedule_year(pg_catalog.int4) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.svg_text(pg_catalog.text) SET SCHEMA skanecoop_internal;

-- the revision history's guards (the triggers stay on their tables)
ALTER FUNCTION @extschema@.owns_table(pg_catalog.regclass) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.guard_revision() SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.guard_revision_rows() SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.guard_sighting() SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.guard_sighting_log() SET SCHEMA skanecoop_internal;

-- the history's helpers: the time the views answer as of, when a revision
-- was last seen as known then, a claim's observed validity, and what a
-- statement is about
ALTER FUNCTION @extschema@.as_of_time() SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.last_seen_on(pg_catalog.int8, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.timestamptz) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.observed_validity(@extschema@.validity, @extschema@.validity, pg_catalog.date, pg_catalog.date, pg_catalog.date, pg_catalog.date) SET SCHEMA skanecoop_internal;
ALTER FUNCTION @extschema@.statement_key(pg_catalog.text, pg_catalog.int8, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text) SET SCHEMA skanecoop_internal;

-- SQL and PL/pgSQL bodies name the functions they call as text, which
-- moving a function does not follow: each body of the extension that
-- calls a moved function as @extschema@.NAME(...) is defined again with
-- skanecoop_internal.NAME(...), and is otherwise unchanged (its settings,
-- comment and privileges stay).  A fresh install and an update run the
-- same rewrite on the same bodies, and so end with the same functions.
DO $$
DECLARE
	moved	pg_catalog.text;
	f		pg_catalog.regprocedure;
BEGIN
	SELECT pg_catalog.string_agg(DISTINCT p.proname, '|') INTO moved
	FROM pg_catalog.pg_proc AS p
	WHERE p.pronamespace = 'skanecoop_internal'::pg_catalog.regnamespace;

	FOR f IN
		SELECT p.oid
		FROM pg_catalog.pg_proc AS p
		JOIN pg_catalog.pg_language AS l ON l.oid = p.prolang
		JOIN pg_catalog.pg_depend AS d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
			AND d.objid = p.oid AND d.deptype = 'e'
			AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
		JOIN pg_catalog.pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'skanecoop'
		WHERE l.lanname IN ('sql', 'plpgsql')
		  AND p.prosrc ~ ('\m@extschema@\.(' || moved || ')\(')
		ORDER BY p.oid
	LOOP
		EXECUTE pg_catalog.regexp_replace(pg_catalog.pg_get_functiondef(f),
										  '\m@extschema@\.(' || moved || ')\(',
										  'skanecoop_internal.\1(', 'g');
	END LOOP;
END
$$;
