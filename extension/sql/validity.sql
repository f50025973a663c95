
-- validity.sql
--		The validity type: membership periods whose bounds may be known only
--		to the month, year or decade, or only as on or before / on or after
--		a date, with every relation in two readings.
--
-- "certainly" holds for every true interval consistent with the imprecise
-- bounds, "possibly" for at least one.  The plain operators (@>, <@, &&,
-- <<, >>, -|-) are the certain reading; the same operators with a trailing
-- ~ (@>~, <@~, &&~) are the possible reading.  No operator contains "?",
-- which JDBC and ODBC take for a parameter placeholder.

CREATE TYPE @extschema@.validity;

CREATE FUNCTION @extschema@.validity_in(pg_catalog.cstring)
	RETURNS @extschema@.validity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_in(pg_catalog.cstring) IS
	'Input of validity: ISO 8601 interval with EDTF dates, e.g. 199X/.. or [..2023-12-06]/..';

CREATE FUNCTION @extschema@.validity_out(@extschema@.validity)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_out(@extschema@.validity) IS
	'Output of validity: the canonical LOWER/UPPER text';

CREATE FUNCTION @extschema@.validity_recv(pg_catalog.internal)
	RETURNS @extschema@.validity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_recv(pg_catalog.internal) IS
	'Binary input of validity: the two encoded bounds as int4, checked';

CREATE FUNCTION @extschema@.validity_send(@extschema@.validity)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_send(@extschema@.validity) IS
	'Binary output of validity: the two encoded bounds as int4';

-- Eight bytes, passed like int8 (by value where int8 is).
CREATE TYPE @extschema@.validity (
	INPUT = @extschema@.validity_in,
	OUTPUT = @extschema@.validity_out,
	RECEIVE = @extschema@.validity_recv,
	SEND = @extschema@.validity_send,
	LIKE = pg_catalog.int8,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.validity IS
	'Closed interval of days whose bounds may be imprecise (month, year, decade, on or before, on or after) or unbounded';

-- ---------------------------------------------------------------------------
-- btree and hash support: ordered by lower bound (anchor date, then on or
-- before < exact < on or after, then finer precision first), then upper
-- bound; equal means written alike.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.validity_eq(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.validity_eq(@extschema@.validity, @extschema@.validity) IS
	'Equal: the same bounds written alike';
CREATE FUNCTION @extschema@.validity_ne(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.validity_ne(@extschema@.validity, @extschema@.validity) IS
	'Not equal';
CREATE FUNCTION @extschema@.validity_lt(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.validity_lt(@extschema@.validity, @extschema@.validity) IS
	'Sorts before, in the btree order';
CREATE FUNCTION @extschema@.validity_le(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.validity_le(@extschema@.validity, @extschema@.validity) IS
	'Sorts before or equal, in the btree order';
CREATE FUNCTION @extschema@.validity_gt(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.validity_gt(@extschema@.validity, @extschema@.validity) IS
	'Sorts after, in the btree order';
CREATE FUNCTION @extschema@.validity_ge(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.validity_ge(@extschema@.validity, @extschema@.validity) IS
	'Sorts after or equal, in the btree order';
CREATE FUNCTION @extschema@.validity_cmp(@extschema@.validity, @extschema@.validity)
	RETURNS integer AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.validity_cmp(@extschema@.validity, @extschema@.validity) IS
	'btree comparison: -1, 0 or 1';
CREATE FUNCTION @extschema@.validity_hash(@extschema@.validity)
	RETURNS integer AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.validity_hash(@extschema@.validity) IS
	'Hash of a validity';
CREATE FUNCTION @extschema@.validity_hash_extended(@extschema@.validity, bigint)
	RETURNS bigint AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.validity_hash_extended(@extschema@.validity, bigint) IS
	'Seeded 64-bit hash of a validity';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.validity_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.validity, @extschema@.validity) IS
	'equal: the same bounds written alike';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.validity_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.validity, @extschema@.validity) IS
	'not equal';
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.validity_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.validity, @extschema@.validity) IS
	'sorts before (btree order, not a time relation: see <<)';
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.validity_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.validity, @extschema@.validity) IS
	'sorts before or equal (btree order)';
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.validity_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.validity, @extschema@.validity) IS
	'sorts after (btree order, not a time relation: see >>)';
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.validity_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.validity, @extschema@.validity) IS
	'sorts after or equal (btree order)';

CREATE OPERATOR CLASS @extschema@.validity_ops
	DEFAULT FOR TYPE @extschema@.validity USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.validity_cmp(@extschema@.validity, @extschema@.validity);
COMMENT ON OPERATOR CLASS @extschema@.validity_ops USING btree IS
	'Total order of validities, for ORDER BY, DISTINCT, merge joins and unique indexes';

CREATE OPERATOR CLASS @extschema@.validity_ops
	DEFAULT FOR TYPE @extschema@.validity USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.validity_hash(@extschema@.validity),
	FUNCTION 2 @extschema@.validity_hash_extended(@extschema@.validity, bigint);
COMMENT ON OPERATOR CLASS @extschema@.validity_ops USING hash IS
	'Hashing of validities, for hash joins, hash aggregation and hash indexes';

-- ---------------------------------------------------------------------------
-- Selectivity estimators of the relations.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.validity_restrict_sel(pg_catalog.internal, pg_catalog.oid, pg_catalog.internal, integer)
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_restrict_sel(pg_catalog.internal, pg_catalog.oid, pg_catalog.internal, integer) IS
	'Restriction selectivity of the validity relations, from the column''s most common values and histogram';

CREATE FUNCTION @extschema@.validity_join_sel(pg_catalog.internal, pg_catalog.oid, pg_catalog.internal, smallint, pg_catalog.internal)
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_join_sel(pg_catalog.internal, pg_catalog.oid, pg_catalog.internal, smallint, pg_catalog.internal) IS
	'Join selectivity of the validity relations, from both columns'' most common values and histograms';

-- ---------------------------------------------------------------------------
-- Relations in both readings.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.certainly_contains(@extschema@.validity, pg_catalog.date)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_certainly_contains_date'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certainly_contains(@extschema@.validity, pg_catalog.date) IS
	'The day lies inside every true interval consistent with the validity (operator @>)';
CREATE FUNCTION @extschema@.possibly_contains(@extschema@.validity, pg_catalog.date)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_possibly_contains_date'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.possibly_contains(@extschema@.validity, pg_catalog.date) IS
	'The day lies inside some true interval consistent with the validity (operator @>~)';
CREATE FUNCTION @extschema@.certainly_contained_by(pg_catalog.date, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_date_certainly_contained_by'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certainly_contained_by(pg_catalog.date, @extschema@.validity) IS
	'certainly_contains with the arguments swapped (operator <@)';
CREATE FUNCTION @extschema@.possibly_contained_by(pg_catalog.date, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_date_possibly_contained_by'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.possibly_contained_by(pg_catalog.date, @extschema@.validity) IS
	'possibly_contains with the arguments swapped (operator <@~)';

CREATE FUNCTION @extschema@.certainly_contains(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_certainly_contains'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certainly_contains(@extschema@.validity, @extschema@.validity) IS
	'Every true interval of the first contains every true interval of the second (operator @>)';
CREATE FUNCTION @extschema@.possibly_contains(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_possibly_contains'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.possibly_contains(@extschema@.validity, @extschema@.validity) IS
	'Some true interval of the first contains some true interval of the second (operator @>~)';
CREATE FUNCTION @extschema@.certainly_contained_by(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_certainly_contained_by'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certainly_contained_by(@extschema@.validity, @extschema@.validity) IS
	'certainly_contains with the arguments swapped (operator <@)';
CREATE FUNCTION @extschema@.possibly_contained_by(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_possibly_contained_by'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.possibly_contained_by(@extschema@.validity, @extschema@.validity) IS
	'possibly_contains with the arguments swapped (operator <@~)';

CREATE FUNCTION @extschema@.certainly_overlaps(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_certainly_overlaps'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certainly_overlaps(@extschema@.validity, @extschema@.validity) IS
	'Every pair of true intervals shares a day (operator &&)';
CREATE FUNCTION @extschema@.possibly_overlaps(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_possibly_overlaps'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.possibly_overlaps(@extschema@.validity, @extschema@.validity) IS
	'Some pair of true intervals shares a day (operator &&~)';

CREATE FUNCTION @extschema@.certainly_before(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_certainly_before'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certainly_before(@extschema@.validity, @extschema@.validity) IS
	'The first ends before the second starts, whatever the true intervals (operator <<)';
CREATE FUNCTION @extschema@.possibly_before(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_possibly_before'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.possibly_before(@extschema@.validity, @extschema@.validity) IS
	'The first may end before the second starts';
CREATE FUNCTION @extschema@.certainly_after(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_certainly_after'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certainly_after(@extschema@.validity, @extschema@.validity) IS
	'The first starts after the second ends, whatever the true intervals (operator >>)';
CREATE FUNCTION @extschema@.possibly_after(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_possibly_after'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.possibly_after(@extschema@.validity, @extschema@.validity) IS
	'The first may start after the second ends';
CREATE FUNCTION @extschema@.certainly_adjacent(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_certainly_adjacent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certainly_adjacent(@extschema@.validity, @extschema@.validity) IS
	'One ends the day before the other starts, whatever the true intervals (operator -|-)';
CREATE FUNCTION @extschema@.possibly_adjacent(@extschema@.validity, @extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_possibly_adjacent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.possibly_adjacent(@extschema@.validity, @extschema@.validity) IS
	'One may end the day before the other starts';

CREATE FUNCTION @extschema@.intersection(@extschema@.validity, @extschema@.validity)
	RETURNS @extschema@.validity AS 'MODULE_PATHNAME', 'validity_intersection'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.intersection(@extschema@.validity, @extschema@.validity) IS
	'The later start and the earlier end, each as written (its span covers the true one); NULL where they cannot overlap (operator *)';

-- Relations with a date.
CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.validity, RIGHTARG = pg_catalog.date,
	FUNCTION = @extschema@.certainly_contains,
	COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.@> (@extschema@.validity, pg_catalog.date) IS
	'certainly contains the day';
CREATE OPERATOR @extschema@.<@ (
	LEFTARG = pg_catalog.date, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.certainly_contained_by,
	COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.<@ (pg_catalog.date, @extschema@.validity) IS
	'the day is certainly inside';
CREATE OPERATOR @extschema@.@>~ (
	LEFTARG = @extschema@.validity, RIGHTARG = pg_catalog.date,
	FUNCTION = @extschema@.possibly_contains,
	COMMUTATOR = OPERATOR(@extschema@.<@~),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.@>~ (@extschema@.validity, pg_catalog.date) IS
	'possibly contains the day';
CREATE OPERATOR @extschema@.<@~ (
	LEFTARG = pg_catalog.date, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.possibly_contained_by,
	COMMUTATOR = OPERATOR(@extschema@.@>~),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.<@~ (pg_catalog.date, @extschema@.validity) IS
	'the day is possibly inside';

-- Relations of two validities.
CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.certainly_contains,
	COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.@> (@extschema@.validity, @extschema@.validity) IS
	'certainly contains';
CREATE OPERATOR @extschema@.<@ (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.certainly_contained_by,
	COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.validity, @extschema@.validity) IS
	'is certainly contained by';
CREATE OPERATOR @extschema@.@>~ (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.possibly_contains,
	COMMUTATOR = OPERATOR(@extschema@.<@~),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.@>~ (@extschema@.validity, @extschema@.validity) IS
	'possibly contains';
CREATE OPERATOR @extschema@.<@~ (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.possibly_contained_by,
	COMMUTATOR = OPERATOR(@extschema@.@>~),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.<@~ (@extschema@.validity, @extschema@.validity) IS
	'is possibly contained by';
CREATE OPERATOR @extschema@.&& (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.certainly_overlaps,
	COMMUTATOR = OPERATOR(@extschema@.&&),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.&& (@extschema@.validity, @extschema@.validity) IS
	'certainly overlaps';
CREATE OPERATOR @extschema@.&&~ (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.possibly_overlaps,
	COMMUTATOR = OPERATOR(@extschema@.&&~),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.&&~ (@extschema@.validity, @extschema@.validity) IS
	'possibly overlaps';
CREATE OPERATOR @extschema@.<< (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.certainly_before,
	COMMUTATOR = OPERATOR(@extschema@.>>),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.<< (@extschema@.validity, @extschema@.validity) IS
	'certainly ends before the other starts';
CREATE OPERATOR @extschema@.>> (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.certainly_after,
	COMMUTATOR = OPERATOR(@extschema@.<<),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.>> (@extschema@.validity, @extschema@.validity) IS
	'certainly starts after the other ends';
CREATE OPERATOR @extschema@.-|- (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.certainly_adjacent,
	COMMUTATOR = OPERATOR(@extschema@.-|-),
	RESTRICT = @extschema@.validity_restrict_sel, JOIN = @extschema@.validity_join_sel
);
COMMENT ON OPERATOR @extschema@.-|- (@extschema@.validity, @extschema@.validity) IS
	'certainly adjacent: one ends the day before the other starts';
CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.validity, RIGHTARG = @extschema@.validity,
	FUNCTION = @extschema@.intersection,
	COMMUTATOR = OPERATOR(@extschema@.*)
);
COMMENT ON OPERATOR @extschema@.* (@extschema@.validity, @extschema@.validity) IS
	'intersection: the later start and the earlier end; NULL where they cannot overlap';

-- ---------------------------------------------------------------------------
-- Parts.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.earliest_start(@extschema@.validity)
	RETURNS pg_catalog.date AS 'MODULE_PATHNAME', 'validity_earliest_start'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.earliest_start(@extschema@.validity) IS
	'The earliest day a true interval may start; NULL where unbounded';
CREATE FUNCTION @extschema@.latest_start(@extschema@.validity)
	RETURNS pg_catalog.date AS 'MODULE_PATHNAME', 'validity_latest_start'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.latest_start(@extschema@.validity) IS
	'The latest day a true interval may start (never after the latest end); NULL where unbounded';
CREATE FUNCTION @extschema@.earliest_end(@extschema@.validity)
	RETURNS pg_catalog.date AS 'MODULE_PATHNAME', 'validity_earliest_end'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.earliest_end(@extschema@.validity) IS
	'The earliest day a true interval may end (never before the earliest start); NULL where unbounded';
CREATE FUNCTION @extschema@.latest_end(@extschema@.validity)
	RETURNS pg_catalog.date AS 'MODULE_PATHNAME', 'validity_latest_end'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.latest_end(@extschema@.validity) IS
	'The latest day a true interval may end; NULL where unbounded';

CREATE FUNCTION @extschema@.lower_precision(@extschema@.validity)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'validity_lower_precision'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lower_precision(@extschema@.validity) IS
	'Precision of the lower bound''s date: day, month, year or decade; NULL for ..';
CREATE FUNCTION @extschema@.upper_precision(@extschema@.validity)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'validity_upper_precision'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.upper_precision(@extschema@.validity) IS
	'Precision of the upper bound''s date: day, month, year or decade; NULL for ..';
CREATE FUNCTION @extschema@.lower_kind(@extschema@.validity)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'validity_lower_kind'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lower_kind(@extschema@.validity) IS
	'Kind of the lower bound: exact, on or before, on or after, or unbounded';
CREATE FUNCTION @extschema@.upper_kind(@extschema@.validity)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'validity_upper_kind'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.upper_kind(@extschema@.validity) IS
	'Kind of the upper bound: exact, on or before, on or after, or unbounded';
CREATE FUNCTION @extschema@.is_open(@extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_is_open'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_open(@extschema@.validity) IS
	'The upper bound is .. (still valid)';
CREATE FUNCTION @extschema@.shortest_duration(@extschema@.validity)
	RETURNS integer AS 'MODULE_PATHNAME', 'validity_shortest_duration'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shortest_duration(@extschema@.validity) IS
	'Days in the shortest true interval, both ends counted; NULL where unbounded';
CREATE FUNCTION @extschema@.longest_duration(@extschema@.validity)
	RETURNS integer AS 'MODULE_PATHNAME', 'validity_longest_duration'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.longest_duration(@extschema@.validity) IS
	'Days in the longest true interval, both ends counted; NULL where unbounded';

-- ---------------------------------------------------------------------------
-- Casts.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.validity(pg_catalog.date)
	RETURNS @extschema@.validity AS 'MODULE_PATHNAME', 'validity_from_date'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity(pg_catalog.date) IS
	'The single day as a validity (cast from date)';
CREATE FUNCTION @extschema@.validity(pg_catalog.daterange)
	RETURNS @extschema@.validity AS 'MODULE_PATHNAME', 'validity_from_daterange'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity(pg_catalog.daterange) IS
	'The daterange as a day-precision validity; unbounded or infinite ends become ..; empty is an error (cast from daterange)';
CREATE FUNCTION @extschema@.daterange(@extschema@.validity)
	RETURNS pg_catalog.daterange AS 'MODULE_PATHNAME', 'validity_to_daterange'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.daterange(@extschema@.validity) IS
	'A validity of exact days or .. as a daterange; an error for imprecise bounds (cast to daterange)';
CREATE FUNCTION @extschema@.certain_daterange(@extschema@.validity)
	RETURNS pg_catalog.daterange AS 'MODULE_PATHNAME', 'validity_certain_daterange'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.certain_daterange(@extschema@.validity) IS
	'The days certainly inside, from the latest start to the earliest end (the narrowest reading); empty if none';
CREATE FUNCTION @extschema@.possible_daterange(@extschema@.validity)
	RETURNS pg_catalog.daterange AS 'MODULE_PATHNAME', 'validity_possible_daterange'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.possible_daterange(@extschema@.validity) IS
	'The days possibly inside, from the earliest start to the latest end (the widest reading)';

CREATE CAST (pg_catalog.date AS @extschema@.validity)
	WITH FUNCTION @extschema@.validity(pg_catalog.date) AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.date AS @extschema@.validity) IS
	'A date is the validity of that single day (assignment, so that it never makes an operator ambiguous)';
CREATE CAST (pg_catalog.daterange AS @extschema@.validity)
	WITH FUNCTION @extschema@.validity(pg_catalog.daterange) AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.daterange AS @extschema@.validity) IS
	'A non-empty daterange is a day-precision validity';
CREATE CAST (@extschema@.validity AS pg_catalog.daterange)
	WITH FUNCTION @extschema@.daterange(@extschema@.validity);
COMMENT ON CAST (@extschema@.validity AS pg_catalog.daterange) IS
	'Explicit, for validities of exact days or ..; see certain_daterange and possible_daterange for the others';

-- ---------------------------------------------------------------------------
-- GiST: containment and overlap in both readings, before/after, equality;
-- usable in exclusion constraints (valid WITH && or WITH &&~).
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.validity_gist_consistent(pg_catalog.internal, @extschema@.validity, smallint, pg_catalog.oid, pg_catalog.internal)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_gist_consistent(pg_catalog.internal, @extschema@.validity, smallint, pg_catalog.oid, pg_catalog.internal) IS
	'GiST support: whether an index entry may satisfy a query';
CREATE FUNCTION @extschema@.validity_gist_union(pg_catalog.internal, pg_catalog.internal)
	RETURNS @extschema@.validity AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_gist_union(pg_catalog.internal, pg_catalog.internal) IS
	'GiST support: the hull of index entries';
CREATE FUNCTION @extschema@.validity_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal) IS
	'GiST support: days a hull grows by';
CREATE FUNCTION @extschema@.validity_gist_picksplit(pg_catalog.internal, pg_catalog.internal)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_gist_picksplit(pg_catalog.internal, pg_catalog.internal) IS
	'GiST support: split a page in the middle of the entries sorted by start';
CREATE FUNCTION @extschema@.validity_gist_same(@extschema@.validity, @extschema@.validity, pg_catalog.internal)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_gist_same(@extschema@.validity, @extschema@.validity, pg_catalog.internal) IS
	'GiST support: equality of index entries';

CREATE OPERATOR CLASS @extschema@.validity_ops
	DEFAULT FOR TYPE @extschema@.validity USING gist AS
	OPERATOR 1 @extschema@.<< (@extschema@.validity, @extschema@.validity),
	OPERATOR 3 @extschema@.&& (@extschema@.validity, @extschema@.validity),
	OPERATOR 5 @extschema@.>> (@extschema@.validity, @extschema@.validity),
	OPERATOR 7 @extschema@.@> (@extschema@.validity, @extschema@.validity),
	OPERATOR 8 @extschema@.<@ (@extschema@.validity, @extschema@.validity),
	OPERATOR 16 @extschema@.@> (@extschema@.validity, pg_catalog.date),
	OPERATOR 18 @extschema@.= (@extschema@.validity, @extschema@.validity),
	OPERATOR 23 @extschema@.&&~ (@extschema@.validity, @extschema@.validity),
	OPERATOR 27 @extschema@.@>~ (@extschema@.validity, @extschema@.validity),
	OPERATOR 28 @extschema@.<@~ (@extschema@.validity, @extschema@.validity),
	OPERATOR 36 @extschema@.@>~ (@extschema@.validity, pg_catalog.date),
	FUNCTION 1 @extschema@.validity_gist_consistent(pg_catalog.internal, @extschema@.validity, smallint, pg_catalog.oid, pg_catalog.internal),
	FUNCTION 2 @extschema@.validity_gist_union(pg_catalog.internal, pg_catalog.internal),
	FUNCTION 5 @extschema@.validity_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal),
	FUNCTION 6 @extschema@.validity_gist_picksplit(pg_catalog.internal, pg_catalog.internal),
	FUNCTION 7 @extschema@.validity_gist_same(@extschema@.validity, @extschema@.validity, pg_catalog.internal);
COMMENT ON OPERATOR CLASS @extschema@.validity_ops USING gist IS
	'GiST index of validities: @>, <@, && (certain), @>~, <@~, &&~ (possible), <<, >>, =';
