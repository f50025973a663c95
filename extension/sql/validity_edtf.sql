-- validity_edtf.sql
--		Version 0.3 of the validity type: it reads all of EDTF levels 0 and
--		1 (qualified dates, seasons, centuries, unspecified months and
--		days, unknown bounds) and bounds known to lie between two days
--		("[2023-01-01..2023-12-31]", a set of days of EDTF level 2), and
--		says what each bound was qualified with.
--
-- The C functions of validity.sql take the new forms without a change of
-- signature; what changes here is what their comments promise, and the
-- accessors for the qualifiers.  Values stored by 0.2 keep their bits.

COMMENT ON TYPE @extschema@.validity IS
	'Closed interval of days whose bounds may be imprecise (month, season, year, decade, century, unspecified month or day), qualified (uncertain ?, approximate ~, both %), on or before or on or after a date, between two days ([D1..D2], at most 513 days), unknown, or unbounded: EDTF levels 0 and 1 and the sets of days of level 2 for the years 0000 to 9999';
COMMENT ON FUNCTION @extschema@.validity_in(pg_catalog.cstring) IS
	'Input of validity: an EDTF level 0 or 1 interval or date, or a set of days, e.g. 199X/.., 1995~/2004-06?, 2019-21/, [..2023-12-06]/.., [..2023-01-01]/[2023-01-01..2023-12-31]';

COMMENT ON FUNCTION @extschema@.lower_precision(@extschema@.validity) IS
	'Precision of what is known of the lower bound''s date: day, month, season, year, decade or century; NULL for .. and for an unknown bound';
COMMENT ON FUNCTION @extschema@.upper_precision(@extschema@.validity) IS
	'Precision of what is known of the upper bound''s date: day, month, season, year, decade or century; NULL for .. and for an unknown bound';
COMMENT ON FUNCTION @extschema@.lower_kind(@extschema@.validity) IS
	'Kind of the lower bound: exact, on or before, on or after, between (on one of the days [D1..D2]), unbounded (..) or unknown (empty)';
COMMENT ON FUNCTION @extschema@.upper_kind(@extschema@.validity) IS
	'Kind of the upper bound: exact, on or before, on or after, between (ended on one of the days [D1..D2]), unbounded (.., still valid) or unknown (empty: ended, when is not known)';

CREATE FUNCTION @extschema@.lower_qualifier(@extschema@.validity)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'validity_lower_qualifier'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lower_qualifier(@extschema@.validity) IS
	'The EDTF qualifier of the lower bound''s date: uncertain (?), approximate (~) or uncertain and approximate (%); NULL where it has none';
CREATE FUNCTION @extschema@.upper_qualifier(@extschema@.validity)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'validity_upper_qualifier'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.upper_qualifier(@extschema@.validity) IS
	'The EDTF qualifier of the upper bound''s date: uncertain (?), approximate (~) or uncertain and approximate (%); NULL where it has none';
CREATE FUNCTION @extschema@.is_uncertain(@extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_is_uncertain'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_uncertain(@extschema@.validity) IS
	'Either bound is marked uncertain (? or %)';
CREATE FUNCTION @extschema@.is_approximate(@extschema@.validity)
	RETURNS boolean AS 'MODULE_PATHNAME', 'validity_is_approximate'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_approximate(@extschema@.validity) IS
	'Either bound is marked approximate (~ or %)';
