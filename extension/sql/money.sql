-- money.sql
--		The sek type, an amount of Swedish kronor exact to the öre, and the
--		fee_rate type, an amount per inhabitant or flat, per year, quarter
--		or month.
--
-- Both are an int64 passed like int8 (contrib/isn's shape), so that
-- comparisons, hashing and sorting are int8's own internal functions: a
-- sek is its count of öre, a fee_rate the packed int64 of core/money.h,
-- whose order is basis (flat first), period (shortest first), amount.

-- ---------------------------------------------------------------------------
-- sek
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.sek;

CREATE FUNCTION @extschema@.sek_in(pg_catalog.cstring)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_in(pg_catalog.cstring) IS
	'Reads an amount such as 21, 21.50, 21,50 kr, 1 234,56 kr, -3 kr or SEK 21';

CREATE FUNCTION @extschema@.sek_out(@extschema@.sek)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_out(@extschema@.sek) IS
	'Writes an amount in its canonical form, such as -1234.50 kr';

CREATE FUNCTION @extschema@.sek_recv(pg_catalog.internal)
	RETURNS @extschema@.sek
	AS 'int8recv' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_recv(pg_catalog.internal) IS
	'Reads the binary form of an amount: its öre as a big-endian int8';

CREATE FUNCTION @extschema@.sek_send(@extschema@.sek)
	RETURNS pg_catalog.bytea
	AS 'int8send' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_send(@extschema@.sek) IS
	'Writes the binary form of an amount: its öre as a big-endian int8';

CREATE TYPE @extschema@.sek (
	INPUT = @extschema@.sek_in,
	OUTPUT = @extschema@.sek_out,
	RECEIVE = @extschema@.sek_recv,
	SEND = @extschema@.sek_send,
	LIKE = pg_catalog.int8,
	CATEGORY = 'N'
);
COMMENT ON TYPE @extschema@.sek IS
	'An amount of Swedish kronor, exact to the öre: an int64 count of öre';

-- Comparison: int8's functions, since a sek is its öre.

CREATE FUNCTION @extschema@.sek_eq(@extschema@.sek, @extschema@.sek)
	RETURNS pg_catalog.bool AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_eq(@extschema@.sek, @extschema@.sek) IS
	'Implements = for sek';
CREATE FUNCTION @extschema@.sek_ne(@extschema@.sek, @extschema@.sek)
	RETURNS pg_catalog.bool AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_ne(@extschema@.sek, @extschema@.sek) IS
	'Implements <> for sek';
CREATE FUNCTION @extschema@.sek_lt(@extschema@.sek, @extschema@.sek)
	RETURNS pg_catalog.bool AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_lt(@extschema@.sek, @extschema@.sek) IS
	'Implements < for sek';
CREATE FUNCTION @extschema@.sek_le(@extschema@.sek, @extschema@.sek)
	RETURNS pg_catalog.bool AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_le(@extschema@.sek, @extschema@.sek) IS
	'Implements <= for sek';
CREATE FUNCTION @extschema@.sek_gt(@extschema@.sek, @extschema@.sek)
	RETURNS pg_catalog.bool AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_gt(@extschema@.sek, @extschema@.sek) IS
	'Implements > for sek';
CREATE FUNCTION @extschema@.sek_ge(@extschema@.sek, @extschema@.sek)
	RETURNS pg_catalog.bool AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_ge(@extschema@.sek, @extschema@.sek) IS
	'Implements >= for sek';
CREATE FUNCTION @extschema@.sek_cmp(@extschema@.sek, @extschema@.sek)
	RETURNS pg_catalog.int4 AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_cmp(@extschema@.sek, @extschema@.sek) IS
	'Three-way comparison of amounts, for btree indexes';
CREATE FUNCTION @extschema@.sek_sortsupport(pg_catalog.internal)
	RETURNS pg_catalog.void AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_sortsupport(pg_catalog.internal) IS
	'Sort support for amounts: int8''s';
CREATE FUNCTION @extschema@.sek_hash(@extschema@.sek)
	RETURNS pg_catalog.int4 AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_hash(@extschema@.sek) IS
	'Hash of an amount, for hash joins, hash aggregation and hash indexes';
CREATE FUNCTION @extschema@.sek_hash_extended(@extschema@.sek, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_hash_extended(@extschema@.sek, pg_catalog.int8) IS
	'Seeded 64-bit hash of an amount';
CREATE FUNCTION @extschema@.sek_smaller(@extschema@.sek, @extschema@.sek)
	RETURNS @extschema@.sek AS 'int8smaller' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_smaller(@extschema@.sek, @extschema@.sek) IS
	'The smaller of two amounts';
CREATE FUNCTION @extschema@.sek_larger(@extschema@.sek, @extschema@.sek)
	RETURNS @extschema@.sek AS 'int8larger' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_larger(@extschema@.sek, @extschema@.sek) IS
	'The larger of two amounts';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.sek, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.sek_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.sek, @extschema@.sek) IS 'equal';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.sek, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.sek_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.sek, @extschema@.sek) IS 'not equal';
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.sek, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.sek_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.sek, @extschema@.sek) IS 'less than';
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.sek, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.sek_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.sek, @extschema@.sek) IS 'less than or equal';
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.sek, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.sek_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.sek, @extschema@.sek) IS 'greater than';
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.sek, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.sek_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.sek, @extschema@.sek) IS 'greater than or equal';

CREATE OPERATOR CLASS @extschema@.sek_ops
	DEFAULT FOR TYPE @extschema@.sek USING btree AS
		OPERATOR 1 @extschema@.<,
		OPERATOR 2 @extschema@.<=,
		OPERATOR 3 @extschema@.=,
		OPERATOR 4 @extschema@.>=,
		OPERATOR 5 @extschema@.>,
		FUNCTION 1 @extschema@.sek_cmp(@extschema@.sek, @extschema@.sek),
		FUNCTION 2 @extschema@.sek_sortsupport(pg_catalog.internal);
COMMENT ON OPERATOR CLASS @extschema@.sek_ops USING btree IS
	'Amounts in order of value';

CREATE OPERATOR CLASS @extschema@.sek_hash_ops
	DEFAULT FOR TYPE @extschema@.sek USING hash AS
		OPERATOR 1 @extschema@.=,
		FUNCTION 1 @extschema@.sek_hash(@extschema@.sek),
		FUNCTION 2 @extschema@.sek_hash_extended(@extschema@.sek, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.sek_hash_ops USING hash IS
	'Hashing of amounts, for hash joins and hash aggregation';

-- Arithmetic: overflow is an error, never a wraparound; results finer than
-- the öre are rounded to the nearest öre, halves away from zero.

CREATE FUNCTION @extschema@.sek_pl(@extschema@.sek, @extschema@.sek)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_pl(@extschema@.sek, @extschema@.sek) IS
	'Implements + for sek';
CREATE FUNCTION @extschema@.sek_mi(@extschema@.sek, @extschema@.sek)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_mi(@extschema@.sek, @extschema@.sek) IS
	'Implements - for sek';
CREATE FUNCTION @extschema@.sek_um(@extschema@.sek)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_um(@extschema@.sek) IS
	'Implements unary - for sek';
CREATE FUNCTION @extschema@.sek_mul_int8(@extschema@.sek, pg_catalog.int8)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_mul_int8(@extschema@.sek, pg_catalog.int8) IS
	'Implements sek * bigint';
CREATE FUNCTION @extschema@.int8_mul_sek(pg_catalog.int8, @extschema@.sek)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.int8_mul_sek(pg_catalog.int8, @extschema@.sek) IS
	'Implements bigint * sek';
CREATE FUNCTION @extschema@.sek_mul_int4(@extschema@.sek, pg_catalog.int4)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_mul_int4(@extschema@.sek, pg_catalog.int4) IS
	'Implements sek * integer';
CREATE FUNCTION @extschema@.int4_mul_sek(pg_catalog.int4, @extschema@.sek)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.int4_mul_sek(pg_catalog.int4, @extschema@.sek) IS
	'Implements integer * sek';
CREATE FUNCTION @extschema@.sek_mul_numeric(@extschema@.sek, pg_catalog.numeric)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_mul_numeric(@extschema@.sek, pg_catalog.numeric) IS
	'Implements sek * numeric: the exact product rounded to the öre, halves away from zero';
CREATE FUNCTION @extschema@.numeric_mul_sek(pg_catalog.numeric, @extschema@.sek)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.numeric_mul_sek(pg_catalog.numeric, @extschema@.sek) IS
	'Implements numeric * sek: the exact product rounded to the öre, halves away from zero';
CREATE FUNCTION @extschema@.sek_div_int8(@extschema@.sek, pg_catalog.int8)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_div_int8(@extschema@.sek, pg_catalog.int8) IS
	'Implements sek / bigint: the quotient rounded to the öre, halves away from zero';
CREATE FUNCTION @extschema@.sek_div_int4(@extschema@.sek, pg_catalog.int4)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_div_int4(@extschema@.sek, pg_catalog.int4) IS
	'Implements sek / integer: the quotient rounded to the öre, halves away from zero';
CREATE FUNCTION @extschema@.sek_div_numeric(@extschema@.sek, pg_catalog.numeric)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_div_numeric(@extschema@.sek, pg_catalog.numeric) IS
	'Implements sek / numeric: the exact quotient rounded to the öre, halves away from zero';

CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.sek, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.sek_pl, COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.+ (@extschema@.sek, @extschema@.sek) IS 'add';
CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.sek, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.sek_mi
);
COMMENT ON OPERATOR @extschema@.- (@extschema@.sek, @extschema@.sek) IS 'subtract';
CREATE OPERATOR @extschema@.- (
	RIGHTARG = @extschema@.sek, FUNCTION = @extschema@.sek_um
);
COMMENT ON OPERATOR @extschema@.- (NONE, @extschema@.sek) IS 'negate';
CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.sek, RIGHTARG = pg_catalog.int8,
	FUNCTION = @extschema@.sek_mul_int8, COMMUTATOR = OPERATOR(@extschema@.*)
);
COMMENT ON OPERATOR @extschema@.* (@extschema@.sek, pg_catalog.int8) IS 'multiply';
CREATE OPERATOR @extschema@.* (
	LEFTARG = pg_catalog.int8, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.int8_mul_sek, COMMUTATOR = OPERATOR(@extschema@.*)
);
COMMENT ON OPERATOR @extschema@.* (pg_catalog.int8, @extschema@.sek) IS 'multiply';
CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.sek, RIGHTARG = pg_catalog.int4,
	FUNCTION = @extschema@.sek_mul_int4, COMMUTATOR = OPERATOR(@extschema@.*)
);
COMMENT ON OPERATOR @extschema@.* (@extschema@.sek, pg_catalog.int4) IS 'multiply';
CREATE OPERATOR @extschema@.* (
	LEFTARG = pg_catalog.int4, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.int4_mul_sek, COMMUTATOR = OPERATOR(@extschema@.*)
);
COMMENT ON OPERATOR @extschema@.* (pg_catalog.int4, @extschema@.sek) IS 'multiply';
CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.sek, RIGHTARG = pg_catalog.numeric,
	FUNCTION = @extschema@.sek_mul_numeric, COMMUTATOR = OPERATOR(@extschema@.*)
);
COMMENT ON OPERATOR @extschema@.* (@extschema@.sek, pg_catalog.numeric) IS 'multiply, rounding to the öre';
CREATE OPERATOR @extschema@.* (
	LEFTARG = pg_catalog.numeric, RIGHTARG = @extschema@.sek,
	FUNCTION = @extschema@.numeric_mul_sek, COMMUTATOR = OPERATOR(@extschema@.*)
);
COMMENT ON OPERATOR @extschema@.* (pg_catalog.numeric, @extschema@.sek) IS 'multiply, rounding to the öre';
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.sek, RIGHTARG = pg_catalog.int8,
	FUNCTION = @extschema@.sek_div_int8
);
COMMENT ON OPERATOR @extschema@./ (@extschema@.sek, pg_catalog.int8) IS 'divide, rounding to the öre';
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.sek, RIGHTARG = pg_catalog.int4,
	FUNCTION = @extschema@.sek_div_int4
);
COMMENT ON OPERATOR @extschema@./ (@extschema@.sek, pg_catalog.int4) IS 'divide, rounding to the öre';
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.sek, RIGHTARG = pg_catalog.numeric,
	FUNCTION = @extschema@.sek_div_numeric
);
COMMENT ON OPERATOR @extschema@./ (@extschema@.sek, pg_catalog.numeric) IS 'divide, rounding to the öre';

-- Casts to and from numeric, in kronor: exact to numeric; from numeric
-- rounded to the nearest öre, halves away from zero (exact for any value
-- with at most two decimals).

CREATE FUNCTION @extschema@.sek_numeric(@extschema@.sek)
	RETURNS pg_catalog.numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_numeric(@extschema@.sek) IS
	'An amount in kronor as numeric, with two decimals';
CREATE FUNCTION @extschema@.numeric_sek(pg_catalog.numeric)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.numeric_sek(pg_catalog.numeric) IS
	'A numeric number of kronor as an amount, rounded to the öre, halves away from zero';

CREATE CAST (@extschema@.sek AS pg_catalog.numeric)
	WITH FUNCTION @extschema@.sek_numeric(@extschema@.sek) AS ASSIGNMENT;
COMMENT ON CAST (@extschema@.sek AS pg_catalog.numeric) IS
	'Exact: the öre become two decimals';
CREATE CAST (pg_catalog.numeric AS @extschema@.sek)
	WITH FUNCTION @extschema@.numeric_sek(pg_catalog.numeric) AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.numeric AS @extschema@.sek) IS
	'Rounds to the nearest öre, halves away from zero';

-- Aggregates.  sum() keeps its state in a sek, so that an overflowing total
-- is an error; avg() sums in 128 bits, so that only the mean must fit.

CREATE AGGREGATE @extschema@.sum(@extschema@.sek) (
	SFUNC = @extschema@.sek_pl,
	STYPE = @extschema@.sek,
	COMBINEFUNC = @extschema@.sek_pl,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.sek) IS
	'Total of amounts; an error if it leaves the range of sek';

CREATE FUNCTION @extschema@.sek_avg_accum(pg_catalog.internal, @extschema@.sek)
	RETURNS pg_catalog.internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_avg_accum(pg_catalog.internal, @extschema@.sek) IS
	'Transition function of avg(sek)';
CREATE FUNCTION @extschema@.sek_avg_combine(pg_catalog.internal, pg_catalog.internal)
	RETURNS pg_catalog.internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_avg_combine(pg_catalog.internal, pg_catalog.internal) IS
	'Combine function of avg(sek), for parallel aggregation';
CREATE FUNCTION @extschema@.sek_avg_serialize(pg_catalog.internal)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_avg_serialize(pg_catalog.internal) IS
	'Serialization function of avg(sek), for parallel aggregation';
CREATE FUNCTION @extschema@.sek_avg_deserialize(pg_catalog.bytea, pg_catalog.internal)
	RETURNS pg_catalog.internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_avg_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
	'Deserialization function of avg(sek), for parallel aggregation';
CREATE FUNCTION @extschema@.sek_avg_final(pg_catalog.internal)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_avg_final(pg_catalog.internal) IS
	'Final function of avg(sek): the mean rounded to the öre, halves away from zero';

CREATE AGGREGATE @extschema@.avg(@extschema@.sek) (
	SFUNC = @extschema@.sek_avg_accum,
	STYPE = pg_catalog.internal,
	SSPACE = 24,
	FINALFUNC = @extschema@.sek_avg_final,
	COMBINEFUNC = @extschema@.sek_avg_combine,
	SERIALFUNC = @extschema@.sek_avg_serialize,
	DESERIALFUNC = @extschema@.sek_avg_deserialize,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg(@extschema@.sek) IS
	'Mean of amounts, rounded to the öre, halves away from zero';

CREATE AGGREGATE @extschema@.min(@extschema@.sek) (
	SFUNC = @extschema@.sek_smaller,
	STYPE = @extschema@.sek,
	COMBINEFUNC = @extschema@.sek_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.sek) IS 'Smallest amount';

CREATE AGGREGATE @extschema@.max(@extschema@.sek) (
	SFUNC = @extschema@.sek_larger,
	STYPE = @extschema@.sek,
	COMBINEFUNC = @extschema@.sek_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.sek) IS 'Largest amount';

-- ---------------------------------------------------------------------------
-- fee_rate
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.fee_rate;

CREATE FUNCTION @extschema@.fee_rate_in(pg_catalog.cstring)
	RETURNS @extschema@.fee_rate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_in(pg_catalog.cstring) IS
	'Reads a rate such as 21 kr/invånare/år, 21 kr per invånare och år, 150000 kr/år or SEK 21 per inhabitant per year';
CREATE FUNCTION @extschema@.fee_rate_out(@extschema@.fee_rate)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_out(@extschema@.fee_rate) IS
	'Writes a rate in its canonical form, such as 21.00 kr/invånare/år or 150000.00 kr/år';
CREATE FUNCTION @extschema@.fee_rate_recv(pg_catalog.internal)
	RETURNS @extschema@.fee_rate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_recv(pg_catalog.internal) IS
	'Reads the binary form of a rate, refusing int8 values no rate packs to';
CREATE FUNCTION @extschema@.fee_rate_send(@extschema@.fee_rate)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_send(@extschema@.fee_rate) IS
	'Writes the binary form of a rate: its packed int8';

CREATE TYPE @extschema@.fee_rate (
	INPUT = @extschema@.fee_rate_in,
	OUTPUT = @extschema@.fee_rate_out,
	RECEIVE = @extschema@.fee_rate_recv,
	SEND = @extschema@.fee_rate_send,
	LIKE = pg_catalog.int8
);
COMMENT ON TYPE @extschema@.fee_rate IS
	'A fee: an amount per inhabitant or flat, per year, quarter or month';

CREATE FUNCTION @extschema@.fee_rate_eq(@extschema@.fee_rate, @extschema@.fee_rate)
	RETURNS pg_catalog.bool AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_eq(@extschema@.fee_rate, @extschema@.fee_rate) IS
	'Implements = for fee_rate';
CREATE FUNCTION @extschema@.fee_rate_ne(@extschema@.fee_rate, @extschema@.fee_rate)
	RETURNS pg_catalog.bool AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_ne(@extschema@.fee_rate, @extschema@.fee_rate) IS
	'Implements <> for fee_rate';
CREATE FUNCTION @extschema@.fee_rate_lt(@extschema@.fee_rate, @extschema@.fee_rate)
	RETURNS pg_catalog.bool AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_lt(@extschema@.fee_rate, @extschema@.fee_rate) IS
	'Implements < for fee_rate';
CREATE FUNCTION @extschema@.fee_rate_le(@extschema@.fee_rate, @extschema@.fee_rate)
	RETURNS pg_catalog.bool AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_le(@extschema@.fee_rate, @extschema@.fee_rate) IS
	'Implements <= for fee_rate';
CREATE FUNCTION @extschema@.fee_rate_gt(@extschema@.fee_rate, @extschema@.fee_rate)
	RETURNS pg_catalog.bool AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_gt(@extschema@.fee_rate, @extschema@.fee_rate) IS
	'Implements > for fee_rate';
CREATE FUNCTION @extschema@.fee_rate_ge(@extschema@.fee_rate, @extschema@.fee_rate)
	RETURNS pg_catalog.bool AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_ge(@extschema@.fee_rate, @extschema@.fee_rate) IS
	'Implements >= for fee_rate';
CREATE FUNCTION @extschema@.fee_rate_cmp(@extschema@.fee_rate, @extschema@.fee_rate)
	RETURNS pg_catalog.int4 AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_cmp(@extschema@.fee_rate, @extschema@.fee_rate) IS
	'Three-way comparison of rates by basis, period, amount, for btree indexes';
CREATE FUNCTION @extschema@.fee_rate_hash(@extschema@.fee_rate)
	RETURNS pg_catalog.int4 AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_hash(@extschema@.fee_rate) IS
	'Hash of a rate, for hash joins, hash aggregation and hash indexes';
CREATE FUNCTION @extschema@.fee_rate_hash_extended(@extschema@.fee_rate, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_hash_extended(@extschema@.fee_rate, pg_catalog.int8) IS
	'Seeded 64-bit hash of a rate';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.fee_rate, RIGHTARG = @extschema@.fee_rate,
	FUNCTION = @extschema@.fee_rate_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.fee_rate, @extschema@.fee_rate) IS 'equal';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.fee_rate, RIGHTARG = @extschema@.fee_rate,
	FUNCTION = @extschema@.fee_rate_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.fee_rate, @extschema@.fee_rate) IS 'not equal';
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.fee_rate, RIGHTARG = @extschema@.fee_rate,
	FUNCTION = @extschema@.fee_rate_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.fee_rate, @extschema@.fee_rate) IS 'sorts before (by basis, period, amount)';
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.fee_rate, RIGHTARG = @extschema@.fee_rate,
	FUNCTION = @extschema@.fee_rate_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.fee_rate, @extschema@.fee_rate) IS 'sorts before or equal (by basis, period, amount)';
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.fee_rate, RIGHTARG = @extschema@.fee_rate,
	FUNCTION = @extschema@.fee_rate_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.fee_rate, @extschema@.fee_rate) IS 'sorts after (by basis, period, amount)';
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.fee_rate, RIGHTARG = @extschema@.fee_rate,
	FUNCTION = @extschema@.fee_rate_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.fee_rate, @extschema@.fee_rate) IS 'sorts after or equal (by basis, period, amount)';

CREATE OPERATOR CLASS @extschema@.fee_rate_ops
	DEFAULT FOR TYPE @extschema@.fee_rate USING btree AS
		OPERATOR 1 @extschema@.<,
		OPERATOR 2 @extschema@.<=,
		OPERATOR 3 @extschema@.=,
		OPERATOR 4 @extschema@.>=,
		OPERATOR 5 @extschema@.>,
		FUNCTION 1 @extschema@.fee_rate_cmp(@extschema@.fee_rate, @extschema@.fee_rate);
COMMENT ON OPERATOR CLASS @extschema@.fee_rate_ops USING btree IS
	'Rates by basis (flat first), period (shortest first), then amount';

CREATE OPERATOR CLASS @extschema@.fee_rate_hash_ops
	DEFAULT FOR TYPE @extschema@.fee_rate USING hash AS
		OPERATOR 1 @extschema@.=,
		FUNCTION 1 @extschema@.fee_rate_hash(@extschema@.fee_rate),
		FUNCTION 2 @extschema@.fee_rate_hash_extended(@extschema@.fee_rate, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.fee_rate_hash_ops USING hash IS
	'Hashing of rates, for hash joins and hash aggregation';

-- Parts of a rate, and a rate from its parts.

CREATE FUNCTION @extschema@.make_fee_rate(amount @extschema@.sek, basis pg_catalog.text, period pg_catalog.text)
	RETURNS @extschema@.fee_rate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.make_fee_rate(@extschema@.sek, pg_catalog.text, pg_catalog.text) IS
	'A rate from its amount, basis (inhabitant or flat) and period (year, quarter or month); Swedish words are accepted too';
CREATE FUNCTION @extschema@.amount(@extschema@.fee_rate)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME', 'fee_rate_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.amount(@extschema@.fee_rate) IS
	'The amount charged per basis and period';
CREATE FUNCTION @extschema@.basis(@extschema@.fee_rate)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'fee_rate_basis' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.basis(@extschema@.fee_rate) IS
	'What the amount is charged per: inhabitant or flat';
CREATE FUNCTION @extschema@.period(@extschema@.fee_rate)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'fee_rate_period' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.period(@extschema@.fee_rate) IS
	'The period the amount is charged per: year, quarter or month';
