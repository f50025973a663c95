
-- fee_rules.sql (0.3)
--		Amounts in Swedish, Danish or Norwegian kroner or euro
--		(money_amount), fee rules of every shape (fee_rule), the division
--		of a total among members (fee_shares), and a fee schedule that
--		charges them.
--
-- A fee_rate keeps its values, text, binary form and order: it is an int8
-- of Swedish kronor and cannot hold a second amount or a currency.  A
-- fee_rule is a fixed 24-byte value that can, and every fee_rate casts to
-- a fee_rule that writes as the rate does.  A sek casts to a money_amount
-- in SEK without loss.

-- ---------------------------------------------------------------------------
-- money_amount
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.money_amount;

CREATE FUNCTION @extschema@.money_amount_in(pg_catalog.cstring)
	RETURNS @extschema@.money_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_in(pg_catalog.cstring) IS
	'Reads an amount with its currency, such as 1 234,50 kr, 12,4 mnkr, 50 öre, DKK 2,88, 2,88 kroner, NOK 10 or € 5';
CREATE FUNCTION @extschema@.money_amount_out(@extschema@.money_amount)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_out(@extschema@.money_amount) IS
	'Writes an amount in its canonical form, such as -1234.50 SEK or 2.88 DKK';
CREATE FUNCTION @extschema@.money_amount_recv(pg_catalog.internal)
	RETURNS @extschema@.money_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_recv(pg_catalog.internal) IS
	'Reads the binary form of an amount: its minor units as int8, then the ISO 4217 number of its currency as int2';
CREATE FUNCTION @extschema@.money_amount_send(@extschema@.money_amount)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_send(@extschema@.money_amount) IS
	'Writes the binary form of an amount: its minor units as int8, then the ISO 4217 number of its currency as int2';

CREATE TYPE @extschema@.money_amount (
	INPUT = @extschema@.money_amount_in,
	OUTPUT = @extschema@.money_amount_out,
	RECEIVE = @extschema@.money_amount_recv,
	SEND = @extschema@.money_amount_send,
	INTERNALLENGTH = 16,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.money_amount IS
	'An amount of Swedish, Danish or Norwegian kroner or euro, exact to the minor unit; amounts of different currencies never add up';

CREATE FUNCTION @extschema@.money_amount_eq(@extschema@.money_amount, @extschema@.money_amount)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_eq(@extschema@.money_amount, @extschema@.money_amount) IS
	'Implements = for money_amount: the same amount in the same currency';
CREATE FUNCTION @extschema@.money_amount_ne(@extschema@.money_amount, @extschema@.money_amount)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_ne(@extschema@.money_amount, @extschema@.money_amount) IS
	'Implements <> for money_amount';
CREATE FUNCTION @extschema@.money_amount_lt(@extschema@.money_amount, @extschema@.money_amount)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_lt(@extschema@.money_amount, @extschema@.money_amount) IS
	'Implements < for money_amount (by currency, then amount)';
CREATE FUNCTION @extschema@.money_amount_le(@extschema@.money_amount, @extschema@.money_amount)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_le(@extschema@.money_amount, @extschema@.money_amount) IS
	'Implements <= for money_amount (by currency, then amount)';
CREATE FUNCTION @extschema@.money_amount_gt(@extschema@.money_amount, @extschema@.money_amount)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_gt(@extschema@.money_amount, @extschema@.money_amount) IS
	'Implements > for money_amount (by currency, then amount)';
CREATE FUNCTION @extschema@.money_amount_ge(@extschema@.money_amount, @extschema@.money_amount)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_ge(@extschema@.money_amount, @extschema@.money_amount) IS
	'Implements >= for money_amount (by currency, then amount)';
CREATE FUNCTION @extschema@.money_amount_cmp(@extschema@.money_amount, @extschema@.money_amount)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_cmp(@extschema@.money_amount, @extschema@.money_amount) IS
	'Three-way comparison of amounts by currency (SEK, DKK, NOK, EUR), then amount, for btree indexes';
CREATE FUNCTION @extschema@.money_amount_hash(@extschema@.money_amount)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_hash(@extschema@.money_amount) IS
	'Hash of an amount, for hash joins, hash aggregation and hash indexes';
CREATE FUNCTION @extschema@.money_amount_hash_extended(@extschema@.money_amount, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_hash_extended(@extschema@.money_amount, pg_catalog.int8) IS
	'Seeded 64-bit hash of an amount';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.money_amount, RIGHTARG = @extschema@.money_amount,
	FUNCTION = @extschema@.money_amount_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.money_amount, @extschema@.money_amount) IS 'equal';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.money_amount, RIGHTARG = @extschema@.money_amount,
	FUNCTION = @extschema@.money_amount_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.money_amount, @extschema@.money_amount) IS 'not equal';
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.money_amount, RIGHTARG = @extschema@.money_amount,
	FUNCTION = @extschema@.money_amount_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.money_amount, @extschema@.money_amount) IS 'sorts before (by currency, then amount)';
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.money_amount, RIGHTARG = @extschema@.money_amount,
	FUNCTION = @extschema@.money_amount_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.money_amount, @extschema@.money_amount) IS 'sorts before or equal (by currency, then amount)';
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.money_amount, RIGHTARG = @extschema@.money_amount,
	FUNCTION = @extschema@.money_amount_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.money_amount, @extschema@.money_amount) IS 'sorts after (by currency, then amount)';
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.money_amount, RIGHTARG = @extschema@.money_amount,
	FUNCTION = @extschema@.money_amount_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.money_amount, @extschema@.money_amount) IS 'sorts after or equal (by currency, then amount)';

CREATE OPERATOR CLASS @extschema@.money_amount_ops
	DEFAULT FOR TYPE @extschema@.money_amount USING btree AS
		OPERATOR 1 @extschema@.<,
		OPERATOR 2 @extschema@.<=,
		OPERATOR 3 @extschema@.=,
		OPERATOR 4 @extschema@.>=,
		OPERATOR 5 @extschema@.>,
		FUNCTION 1 @extschema@.money_amount_cmp(@extschema@.money_amount, @extschema@.money_amount);
COMMENT ON OPERATOR CLASS @extschema@.money_amount_ops USING btree IS
	'Amounts by currency (SEK, DKK, NOK, EUR), then amount';
COMMENT ON OPERATOR FAMILY @extschema@.money_amount_ops USING btree IS
	'Order of amounts: by currency, then amount';
CREATE OPERATOR CLASS @extschema@.money_amount_hash_ops
	DEFAULT FOR TYPE @extschema@.money_amount USING hash AS
		OPERATOR 1 @extschema@.=,
		FUNCTION 1 @extschema@.money_amount_hash(@extschema@.money_amount),
		FUNCTION 2 @extschema@.money_amount_hash_extended(@extschema@.money_amount, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.money_amount_hash_ops USING hash IS
	'Hashing of amounts, for hash joins and hash aggregation';
COMMENT ON OPERATOR FAMILY @extschema@.money_amount_hash_ops USING hash IS
	'Hashing of amounts in a currency, for hash joins and hash aggregation';

-- Arithmetic within one currency; two currencies are an error, never a sum.

CREATE FUNCTION @extschema@.money_amount_pl(@extschema@.money_amount, @extschema@.money_amount)
	RETURNS @extschema@.money_amount AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_pl(@extschema@.money_amount, @extschema@.money_amount) IS
	'Implements + for money_amount: an error for two currencies or out of range';
CREATE FUNCTION @extschema@.money_amount_mi(@extschema@.money_amount, @extschema@.money_amount)
	RETURNS @extschema@.money_amount AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_mi(@extschema@.money_amount, @extschema@.money_amount) IS
	'Implements - for money_amount: an error for two currencies or out of range';
CREATE FUNCTION @extschema@.money_amount_um(@extschema@.money_amount)
	RETURNS @extschema@.money_amount AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_um(@extschema@.money_amount) IS
	'Implements unary - for money_amount';
CREATE FUNCTION @extschema@.money_amount_mul_int8(@extschema@.money_amount, pg_catalog.int8)
	RETURNS @extschema@.money_amount AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_mul_int8(@extschema@.money_amount, pg_catalog.int8) IS
	'Implements money_amount * bigint';
CREATE FUNCTION @extschema@.money_amount_div_int8(@extschema@.money_amount, pg_catalog.int8)
	RETURNS @extschema@.money_amount AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_div_int8(@extschema@.money_amount, pg_catalog.int8) IS
	'Implements money_amount / bigint: the quotient rounded to the minor unit, halves away from zero';

CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.money_amount, RIGHTARG = @extschema@.money_amount,
	FUNCTION = @extschema@.money_amount_pl, COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.+ (@extschema@.money_amount, @extschema@.money_amount) IS 'add, in one currency';
CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.money_amount, RIGHTARG = @extschema@.money_amount,
	FUNCTION = @extschema@.money_amount_mi
);
COMMENT ON OPERATOR @extschema@.- (@extschema@.money_amount, @extschema@.money_amount) IS 'subtract, in one currency';
CREATE OPERATOR @extschema@.- (
	RIGHTARG = @extschema@.money_amount, FUNCTION = @extschema@.money_amount_um
);
COMMENT ON OPERATOR @extschema@.- (NONE, @extschema@.money_amount) IS 'negate';
CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.money_amount, RIGHTARG = pg_catalog.int8,
	FUNCTION = @extschema@.money_amount_mul_int8
);
COMMENT ON OPERATOR @extschema@.* (@extschema@.money_amount, pg_catalog.int8) IS 'multiply';
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.money_amount, RIGHTARG = pg_catalog.int8,
	FUNCTION = @extschema@.money_amount_div_int8
);
COMMENT ON OPERATOR @extschema@./ (@extschema@.money_amount, pg_catalog.int8) IS 'divide, rounding to the minor unit';

-- sum() of one currency; a second currency is an error that says so.
CREATE AGGREGATE @extschema@.sum(@extschema@.money_amount) (
	SFUNC = @extschema@.money_amount_pl,
	STYPE = @extschema@.money_amount,
	COMBINEFUNC = @extschema@.money_amount_pl,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.money_amount) IS
	'Total of amounts of one currency; an error for two currencies (sum per currency) or out of range';

-- Parts, casts and construction.

CREATE FUNCTION @extschema@.currency(@extschema@.money_amount)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'money_amount_currency' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.currency(@extschema@.money_amount) IS
	'The ISO 4217 code of the amount''s currency: SEK, DKK, NOK or EUR';
CREATE FUNCTION @extschema@.make_money_amount(amount pg_catalog.numeric, currency pg_catalog.text)
	RETURNS @extschema@.money_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.make_money_amount(pg_catalog.numeric, pg_catalog.text) IS
	'An amount from a number of main units (kronor, euro), rounded to the minor unit, halves away from zero, and an ISO 4217 code';
CREATE FUNCTION @extschema@.money_amount_numeric(@extschema@.money_amount)
	RETURNS pg_catalog.numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_numeric(@extschema@.money_amount) IS
	'The amount in main units as numeric, with two decimals, without its currency';
CREATE FUNCTION @extschema@.sek_money_amount(@extschema@.sek)
	RETURNS @extschema@.money_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sek_money_amount(@extschema@.sek) IS
	'An amount in kronor as a money_amount in SEK, exactly';
CREATE FUNCTION @extschema@.money_amount_sek(@extschema@.money_amount)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.money_amount_sek(@extschema@.money_amount) IS
	'An amount in SEK as sek; an error for another currency';

-- Only the lossless cast is implicit in assignments; dropping the currency
-- (to numeric) or refusing one (to sek) must be asked for.
CREATE CAST (@extschema@.sek AS @extschema@.money_amount)
	WITH FUNCTION @extschema@.sek_money_amount(@extschema@.sek) AS ASSIGNMENT;
COMMENT ON CAST (@extschema@.sek AS @extschema@.money_amount) IS
	'Exact: kronor become SEK';
CREATE CAST (@extschema@.money_amount AS @extschema@.sek)
	WITH FUNCTION @extschema@.money_amount_sek(@extschema@.money_amount);
COMMENT ON CAST (@extschema@.money_amount AS @extschema@.sek) IS
	'Exact for SEK; an error for another currency';
CREATE CAST (@extschema@.money_amount AS pg_catalog.numeric)
	WITH FUNCTION @extschema@.money_amount_numeric(@extschema@.money_amount);
COMMENT ON CAST (@extschema@.money_amount AS pg_catalog.numeric) IS
	'The amount in main units, without its currency: keep currency() beside it';

-- ---------------------------------------------------------------------------
-- fee_rule
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.fee_rule;

CREATE FUNCTION @extschema@.fee_rule_in(pg_catalog.cstring)
	RETURNS @extschema@.fee_rule
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_in(pg_catalog.cstring) IS
	'Reads a fee rule such as 21 kr/invånare/år, 2,88 kr. pr. indbygger, 50 000 kr + 3,50 kr/invånare/år, 12,4 mnkr/år fördelat efter invånarantal, 600 tkr fördelat lika or 13,2 % av 12,4 mnkr/år, optionally ending in ; befolkning 1 november';
CREATE FUNCTION @extschema@.fee_rule_out(@extschema@.fee_rule)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_out(@extschema@.fee_rule) IS
	'Writes a fee rule in its canonical form, such as 50000.00 kr + 3.50 kr/invånare/år or 2.88 DKK/invånare/år';
CREATE FUNCTION @extschema@.fee_rule_recv(pg_catalog.internal)
	RETURNS @extschema@.fee_rule
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_recv(pg_catalog.internal) IS
	'Reads the binary form of a fee rule, refusing values no rule has';
CREATE FUNCTION @extschema@.fee_rule_send(@extschema@.fee_rule)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_send(@extschema@.fee_rule) IS
	'Writes the binary form of a fee rule: shape, period, population date (int1 each), ISO 4217 currency number (int2), amount and base in minor units (int8 each), share in millionths (int4)';

CREATE TYPE @extschema@.fee_rule (
	INPUT = @extschema@.fee_rule_in,
	OUTPUT = @extschema@.fee_rule_out,
	RECEIVE = @extschema@.fee_rule_recv,
	SEND = @extschema@.fee_rule_send,
	INTERNALLENGTH = 24,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.fee_rule IS
	'What members pay: an amount flat or per inhabitant, a base plus an amount per inhabitant, or a total shared by population, equally or by fixed shares; in SEK, DKK, NOK or EUR, with the date of the population it reads';

CREATE FUNCTION @extschema@.fee_rule_eq(@extschema@.fee_rule, @extschema@.fee_rule)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_eq(@extschema@.fee_rule, @extschema@.fee_rule) IS
	'Implements = for fee_rule';
CREATE FUNCTION @extschema@.fee_rule_ne(@extschema@.fee_rule, @extschema@.fee_rule)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_ne(@extschema@.fee_rule, @extschema@.fee_rule) IS
	'Implements <> for fee_rule';
CREATE FUNCTION @extschema@.fee_rule_lt(@extschema@.fee_rule, @extschema@.fee_rule)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_lt(@extschema@.fee_rule, @extschema@.fee_rule) IS
	'Implements < for fee_rule';
CREATE FUNCTION @extschema@.fee_rule_le(@extschema@.fee_rule, @extschema@.fee_rule)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_le(@extschema@.fee_rule, @extschema@.fee_rule) IS
	'Implements <= for fee_rule';
CREATE FUNCTION @extschema@.fee_rule_gt(@extschema@.fee_rule, @extschema@.fee_rule)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_gt(@extschema@.fee_rule, @extschema@.fee_rule) IS
	'Implements > for fee_rule';
CREATE FUNCTION @extschema@.fee_rule_ge(@extschema@.fee_rule, @extschema@.fee_rule)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_ge(@extschema@.fee_rule, @extschema@.fee_rule) IS
	'Implements >= for fee_rule';
CREATE FUNCTION @extschema@.fee_rule_cmp(@extschema@.fee_rule, @extschema@.fee_rule)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_cmp(@extschema@.fee_rule, @extschema@.fee_rule) IS
	'Three-way comparison of fee rules by shape, period, currency, population date, amount, base, share, for btree indexes';
CREATE FUNCTION @extschema@.fee_rule_hash(@extschema@.fee_rule)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_hash(@extschema@.fee_rule) IS
	'Hash of a fee rule, for hash joins, hash aggregation and hash indexes';
CREATE FUNCTION @extschema@.fee_rule_hash_extended(@extschema@.fee_rule, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_hash_extended(@extschema@.fee_rule, pg_catalog.int8) IS
	'Seeded 64-bit hash of a fee rule';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.fee_rule, RIGHTARG = @extschema@.fee_rule,
	FUNCTION = @extschema@.fee_rule_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.fee_rule, @extschema@.fee_rule) IS 'equal';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.fee_rule, RIGHTARG = @extschema@.fee_rule,
	FUNCTION = @extschema@.fee_rule_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.fee_rule, @extschema@.fee_rule) IS 'not equal';
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.fee_rule, RIGHTARG = @extschema@.fee_rule,
	FUNCTION = @extschema@.fee_rule_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.fee_rule, @extschema@.fee_rule) IS 'sorts before';
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.fee_rule, RIGHTARG = @extschema@.fee_rule,
	FUNCTION = @extschema@.fee_rule_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.fee_rule, @extschema@.fee_rule) IS 'sorts before or equal';
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.fee_rule, RIGHTARG = @extschema@.fee_rule,
	FUNCTION = @extschema@.fee_rule_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.fee_rule, @extschema@.fee_rule) IS 'sorts after';
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.fee_rule, RIGHTARG = @extschema@.fee_rule,
	FUNCTION = @extschema@.fee_rule_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.fee_rule, @extschema@.fee_rule) IS 'sorts after or equal';

CREATE OPERATOR CLASS @extschema@.fee_rule_ops
	DEFAULT FOR TYPE @extschema@.fee_rule USING btree AS
		OPERATOR 1 @extschema@.<,
		OPERATOR 2 @extschema@.<=,
		OPERATOR 3 @extschema@.=,
		OPERATOR 4 @extschema@.>=,
		OPERATOR 5 @extschema@.>,
		FUNCTION 1 @extschema@.fee_rule_cmp(@extschema@.fee_rule, @extschema@.fee_rule);
COMMENT ON OPERATOR CLASS @extschema@.fee_rule_ops USING btree IS
	'Fee rules by shape, period, currency, population date, then amounts';
COMMENT ON OPERATOR FAMILY @extschema@.fee_rule_ops USING btree IS
	'Order of fee rules: by shape, period, currency, population date, then amounts';
CREATE OPERATOR CLASS @extschema@.fee_rule_hash_ops
	DEFAULT FOR TYPE @extschema@.fee_rule USING hash AS
		OPERATOR 1 @extschema@.=,
		FUNCTION 1 @extschema@.fee_rule_hash(@extschema@.fee_rule),
		FUNCTION 2 @extschema@.fee_rule_hash_extended(@extschema@.fee_rule, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.fee_rule_hash_ops USING hash IS
	'Hashing of fee rules, for hash joins and hash aggregation';
COMMENT ON OPERATOR FAMILY @extschema@.fee_rule_hash_ops USING hash IS
	'Hashing of fee rules, for hash joins and hash aggregation';

CREATE FUNCTION @extschema@.fee_rate_fee_rule(@extschema@.fee_rate)
	RETURNS @extschema@.fee_rule
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rate_fee_rule(@extschema@.fee_rate) IS
	'A fee rate as a fee rule in SEK, exactly: it writes as the rate does';
CREATE FUNCTION @extschema@.fee_rule_fee_rate(@extschema@.fee_rule)
	RETURNS @extschema@.fee_rate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_rule_fee_rate(@extschema@.fee_rule) IS
	'A fee rule as a fee rate, where it is one (SEK, flat or per inhabitant, the population at the year''s end); an error otherwise';
CREATE CAST (@extschema@.fee_rate AS @extschema@.fee_rule)
	WITH FUNCTION @extschema@.fee_rate_fee_rule(@extschema@.fee_rate) AS IMPLICIT;
COMMENT ON CAST (@extschema@.fee_rate AS @extschema@.fee_rule) IS
	'Exact: every fee rate is a fee rule';
CREATE CAST (@extschema@.fee_rule AS @extschema@.fee_rate)
	WITH FUNCTION @extschema@.fee_rule_fee_rate(@extschema@.fee_rule);
COMMENT ON CAST (@extschema@.fee_rule AS @extschema@.fee_rate) IS
	'Exact where the rule is a fee rate; an error otherwise';

-- The parts of a rule.  Named rule_*, not overloads of amount() and
-- period() of fee_rate, so that calls with a text literal stay unambiguous.

CREATE FUNCTION @extschema@.rule_shape(@extschema@.fee_rule)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'fee_rule_shape' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_shape(@extschema@.fee_rule) IS
	'The shape of a fee rule: flat, inhabitant, base_and_inhabitant, population_share, equal_share or fixed_share';
CREATE FUNCTION @extschema@.rule_amount(@extschema@.fee_rule)
	RETURNS @extschema@.money_amount
	AS 'MODULE_PATHNAME', 'fee_rule_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_amount(@extschema@.fee_rule) IS
	'The amount per period: flat, per inhabitant, or the total that is shared';
CREATE FUNCTION @extschema@.rule_base(@extschema@.fee_rule)
	RETURNS @extschema@.money_amount
	AS 'MODULE_PATHNAME', 'fee_rule_base' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_base(@extschema@.fee_rule) IS
	'The base every member pays per period besides the amount per inhabitant; NULL for other shapes';
CREATE FUNCTION @extschema@.rule_share(@extschema@.fee_rule)
	RETURNS pg_catalog.numeric
	AS 'MODULE_PATHNAME', 'fee_rule_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_share(@extschema@.fee_rule) IS
	'The fixed share of the total in percent, with four decimals; NULL for other shapes';
CREATE FUNCTION @extschema@.rule_period(@extschema@.fee_rule)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'fee_rule_period' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_period(@extschema@.fee_rule) IS
	'The period the amounts are per: year, quarter or month';
CREATE FUNCTION @extschema@.rule_population_date(@extschema@.fee_rule)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'fee_rule_population_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_population_date(@extschema@.fee_rule) IS
	'Which population the rule reads for a year: year_end (31 December of the year before, else 1 January of the year), november (1 November of the year before) or january (1 January of the year); NULL for a rule that reads none';

-- Fees of a rule, as annual_fee, annual_fee_in_range and fee_for_period
-- of a rate, in the rule's currency.

CREATE FUNCTION @extschema@.rule_annual_fee(rule @extschema@.fee_rule,
											inhabitants pg_catalog.int8)
	RETURNS @extschema@.money_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_annual_fee(@extschema@.fee_rule, pg_catalog.int8) IS
	'The fee for a whole year: (base + amount * inhabitants, or the flat amount) times the periods in a year; for a share of a total the annual total; NULL if the rule, or the inhabitants it needs, is NULL';
CREATE FUNCTION @extschema@.rule_fee_in_range(rule @extschema@.fee_rule,
											  inhabitants pg_catalog.int8)
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_fee_in_range(@extschema@.fee_rule, pg_catalog.int8) IS
	'Whether rule_annual_fee can state the fee rather than fail (then so can rule_fee_for_period for part of a year); NULL where rule_annual_fee is NULL';
CREATE FUNCTION @extschema@.rule_fee_for_period(rule @extschema@.fee_rule,
												inhabitants pg_catalog.int8,
												membership @extschema@.validity,
												from_date pg_catalog.date,
												to_date pg_catalog.date,
												reading pg_catalog.text DEFAULT 'certain',
												rounding pg_catalog.text DEFAULT 'öre')
	RETURNS @extschema@.money_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rule_fee_for_period(@extschema@.fee_rule, pg_catalog.int8, @extschema@.validity, pg_catalog.date, pg_catalog.date, pg_catalog.text, pg_catalog.text) IS
	'As fee_for_period, for a fee rule and in its currency: the annual fee prorated over the days of membership within [from_date, to_date], each day worth the annual fee over the days of its year; for a share of a total, the part of the total on those days';

CREATE FUNCTION @extschema@.fee_shares(total @extschema@.money_amount,
									   weights pg_catalog.int8[],
									   whole pg_catalog.int8 DEFAULT NULL)
	RETURNS @extschema@.money_amount[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_shares(@extschema@.money_amount, pg_catalog.int8[], pg_catalog.int8) IS
	'The total divided in proportion to weights[i] / whole (whole NULL: the sum of the weights), by largest remainder: each share rounded down to the minor unit, the units left over one each to the largest remainders, a tie to the earlier weight; the shares sum to the total exactly when whole is NULL';

-- ---------------------------------------------------------------------------
-- Fee rules among the facts
-- ---------------------------------------------------------------------------

-- A fee fact states its rule as a rate (what fee_rate can hold: the
-- loader's) or as a rule (any other shape), never both.  A fee fact with a
-- member applies to that member only: a fixed share is one member's.
ALTER TABLE @extschema@.fact ADD COLUMN fee_rule @extschema@.fee_rule;
ALTER TABLE @extschema@.fact ADD CONSTRAINT fact_fee_rule_check
	CHECK (rate IS NULL OR fee_rule IS NULL);
COMMENT ON COLUMN @extschema@.fact.fee_rule IS
	'For fees a rule that fee_rate cannot hold (another currency, a base plus an amount per inhabitant, a share of a total, another population date); NULL where rate states it or the amount is unknown';
COMMENT ON CONSTRAINT fact_fee_rule_check ON @extschema@.fact IS
	'A fee is stated as a rate or as a rule, not both';

CREATE OR REPLACE VIEW @extschema@.fee AS
SELECT f.fact_id AS fee_id, f.organisation_id, o.name AS organisation, f.rate,
	   f.valid_as_read AS valid, f.document_date, f.fact_id,
	   f.member, COALESCE(s.fee_rule, f.rate::@extschema@.fee_rule) AS rule
FROM @extschema@.current_fact AS f
JOIN @extschema@.fact AS s ON s.fact_id = f.fact_id
JOIN @extschema@.organisation AS o ON o.organisation_id = f.organisation_id
WHERE f.kind = 'fee';
COMMENT ON VIEW @extschema@.fee IS
	'Membership fee rules stated by the current documents; rule is the rule of every shape (rate as a rule where the fact states a rate), rate the fee_rate where it is one; both NULL where a document names a fee without its amount';
COMMENT ON COLUMN @extschema@.fee.member IS
	'Gazetteer code of the one member the rule applies to (a fixed share); NULL where it applies to every member';
COMMENT ON COLUMN @extschema@.fee.rule IS
	'The fee rule, of any shape and currency; NULL where the document gives no amount';

-- ---------------------------------------------------------------------------
-- The fee schedule of a year, with fee rules
-- ---------------------------------------------------------------------------

-- fee_schedule keeps every column and result of 0.2 for fee rates, and
-- adds at the end the rule, its currency and the fees in it (charge,
-- charge_at_most) for every rule; fee and fee_at_most are those in sek,
-- NULL for a rule in another currency.  Its result type changes, so it
-- and the view over it are made anew, in as_of.sql, where it also learns
-- to answer as of a time.
DROP VIEW skanecoop_bi.fee_schedule;
DROP FUNCTION @extschema@.fee_schedule(pg_catalog.int4);

-- The population a rule reads for a year and a member: the reference
-- dates it accepts, in order of preference, and how a reason names them.
CREATE FUNCTION @extschema@.population_reference_dates(rule @extschema@.fee_rule,
													   year pg_catalog.int4)
	RETURNS pg_catalog.date[]
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT CASE @extschema@.rule_population_date(rule)
			   WHEN 'november' THEN ARRAY[pg_catalog.make_date(year - 1, 11, 1)]
			   WHEN 'january' THEN ARRAY[pg_catalog.make_date(year, 1, 1)]
			   ELSE ARRAY[pg_catalog.make_date(year - 1, 12, 31), pg_catalog.make_date(year, 1, 1)]
		   END
$$;
COMMENT ON FUNCTION @extschema@.population_reference_dates(@extschema@.fee_rule, pg_catalog.int4) IS
	'The reference dates of the population a rule reads for a year, preferred first: 31 December of the year before then 1 January of the year (the default, and for a NULL rule), 1 November of the year before, or 1 January of the year';

-- The fee rules of the documents with their parts, beside the rate of 0.2.
CREATE OR REPLACE VIEW skanecoop_bi.fees AS
SELECT f.organisation_id, f.organisation, f.rate::pg_catalog.text AS rate,
	   @extschema@.amount(f.rate)::pg_catalog.numeric AS amount_sek,
	   @extschema@.basis(f.rate) AS basis,
	   @extschema@.period(f.rate) AS period,
	   f.valid::pg_catalog.text AS validity,
	   @extschema@.earliest_start(f.valid) AS earliest_start,
	   @extschema@.latest_start(f.valid) AS latest_start,
	   f.document_date AS stated_on,
	   f.member AS member_code,
	   f.rule::pg_catalog.text AS rule,
	   @extschema@.rule_shape(f.rule) AS shape,
	   @extschema@.currency(@extschema@.rule_amount(f.rule)) AS currency,
	   @extschema@.rule_amount(f.rule)::pg_catalog.numeric AS amount,
	   @extschema@.rule_base(f.rule)::pg_catalog.numeric AS base_amount,
	   @extschema@.rule_share(f.rule) AS share_percent,
	   @extschema@.rule_period(f.rule) AS rule_period,
	   @extschema@.rule_population_date(f.rule) AS population_date
FROM @extschema@.fee AS f;
COMMENT ON VIEW skanecoop_bi.fees IS
	'Fee rules the current documents state: the rule as text and in parts (shape, currency, amount, base, share, period, population date), and for a rule that is a fee rate the amount in kronor, per inhabitant or flat, per year, quarter or month';
COMMENT ON COLUMN skanecoop_bi.fees.member_code IS
	'Gazetteer code of the one member the rule applies to (a fixed share); NULL where it applies to every member';
COMMENT ON COLUMN skanecoop_bi.fees.rule IS
	'The fee rule as text, of any shape and currency; NULL where the document gives no amount';
COMMENT ON COLUMN skanecoop_bi.fees.shape IS
	'flat, inhabitant, base_and_inhabitant, population_share, equal_share or fixed_share';
COMMENT ON COLUMN skanecoop_bi.fees.currency IS
	'ISO 4217 code of the rule''s amounts: SEK, DKK, NOK or EUR';
COMMENT ON COLUMN skanecoop_bi.fees.amount IS
	'The amount per period in the currency named: flat, per inhabitant, or the total shared';
COMMENT ON COLUMN skanecoop_bi.fees.base_amount IS
	'The base per period besides the amount per inhabitant, in the currency named; NULL for other shapes';
COMMENT ON COLUMN skanecoop_bi.fees.share_percent IS
	'The member''s fixed share of the total, in percent; NULL for other shapes';
COMMENT ON COLUMN skanecoop_bi.fees.rule_period IS
	'The period the rule''s amounts are per: year, quarter or month';
COMMENT ON COLUMN skanecoop_bi.fees.population_date IS
	'The population the rule reads: year_end, november or january; NULL for a rule that reads none';
