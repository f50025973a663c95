-- fee.sql
--		What members owe: the annual fee of a rate, the fee prorated over
--		the days of membership in a period, and the fee schedule of a year
--		from the fee, membership and population tables of facts.sql.
--
-- A day is worth the annual fee divided by the days of its calendar year
-- (365 or 366); the exact sum over the days charged is rounded once.  A
-- quarterly or monthly rate is charged as 4 or 12 times its amount a
-- year, prorated the same way.  Both functions accept NULL inhabitants
-- for a flat rate, which does not depend on them.

CREATE FUNCTION @extschema@.annual_fee(rate @extschema@.fee_rate,
									   inhabitants pg_catalog.int8)
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annual_fee(@extschema@.fee_rate, pg_catalog.int8) IS
	'The fee for a whole year: the amount, times the inhabitants for a rate per inhabitant, times the periods in a year; NULL if the rate, or the inhabitants a rate per inhabitant needs, is NULL; an error for negative inhabitants';

CREATE FUNCTION @extschema@.fee_for_period(rate @extschema@.fee_rate,
										   inhabitants pg_catalog.int8,
										   membership @extschema@.validity,
										   from_date pg_catalog.date,
										   to_date pg_catalog.date,
										   reading pg_catalog.text DEFAULT 'certain',
										   rounding pg_catalog.text DEFAULT 'öre')
	RETURNS @extschema@.sek
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fee_for_period(@extschema@.fee_rate, pg_catalog.int8, @extschema@.validity, pg_catalog.date, pg_catalog.date, pg_catalog.text, pg_catalog.text) IS
	'The fee for the days of membership within [from_date, to_date], both counted, each day worth the annual fee over the days of its year; reading ''certain'' (the days the member certainly belonged) or ''possible'' (the most it could owe); rounding ''öre'' or ''krona'', halves away from zero; 0.00 kr for a membership outside the period; an error for negative inhabitants or a reversed period';

-- The fee schedule of a year.
--
-- For every fee rule of an organisation that may be in force during the
-- year and every membership of that organisation that may overlap both,
-- the fee for the days the membership and the rule have in common within
-- the year: "fee" in the certain reading of both validities, "fee_at_most"
-- in the possible one.  A member under two rules in one year (the rate
-- changed) has a row for each, and owes their sum.
--
-- The population is the member's at the end of the previous year: the
-- figure for 31 December of that year, or failing that for 1 January of
-- the year itself (Statistics Denmark counts on 1 January).  An earlier or
-- later figure is not used in its place.  Where the rate is NULL (a
-- document names a fee without its amount), or the rate is per
-- inhabitant and no such figure exists, the fees are NULL and "reason"
-- says why.
CREATE FUNCTION @extschema@.fee_schedule(year pg_catalog.int4)
	RETURNS TABLE (organisation_id pg_catalog.int8,
				   organisation pg_catalog.text,
				   member pg_catalog.text,
				   fee_id pg_catalog.int8,
				   rate @extschema@.fee_rate,
				   inhabitants pg_catalog.int8,
				   population_date pg_catalog.date,
				   fee @extschema@.sek,
				   fee_at_most @extschema@.sek,
				   reason pg_catalog.text)
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	WITH bounds AS (
		SELECT pg_catalog.make_date(year, 1, 1) AS first_day,
			   pg_catalog.make_date(year, 12, 31) AS last_day,
			   pg_catalog.lpad(year::pg_catalog.text, 4, '0')::@extschema@.validity AS whole_year
	),
	charged AS (
		SELECT f.organisation_id, f.fee_id, f.rate, m.member,
			   @extschema@.intersection(m.valid, f.valid) AS days
		FROM @extschema@.fee AS f
		JOIN @extschema@.membership AS m ON m.organisation_id = f.organisation_id
		CROSS JOIN bounds AS b
		WHERE @extschema@.possibly_overlaps(f.valid, b.whole_year)
		  AND @extschema@.possibly_overlaps(m.valid, b.whole_year)
	)
	SELECT c.organisation_id, o.name, c.member, c.fee_id, c.rate,
		   p.inhabitants, p.reference_date,
		   @extschema@.fee_for_period(c.rate, p.inhabitants, c.days,
									  b.first_day, b.last_day, 'certain'),
		   @extschema@.fee_for_period(c.rate, p.inhabitants, c.days,
									  b.first_day, b.last_day, 'possible'),
		   CASE
			   WHEN c.rate IS NULL THEN 'the fee rule states no amount'
			   WHEN @extschema@.basis(c.rate) = 'inhabitant' AND p.inhabitants IS NULL
			   THEN pg_catalog.format('no population of %s at the end of %s',
									  c.member, year - 1)
		   END
	FROM charged AS c
	JOIN @extschema@.organisation AS o ON o.organisation_id = c.organisation_id
	CROSS JOIN bounds AS b
	LEFT JOIN LATERAL (
		SELECT pop.inhabitants, pop.reference_date
		FROM @extschema@.population AS pop
		WHERE pop.place = c.member
		  AND pop.reference_date IN (b.first_day - 1, b.first_day)
		ORDER BY pop.reference_date
		LIMIT 1
	) AS p ON true
	WHERE c.days IS NOT NULL
	ORDER BY o.name, c.member, c.fee_id
$$;
COMMENT ON FUNCTION @extschema@.fee_schedule(pg_catalog.int4) IS
	'What every member owes each organisation with a fee rule for a calendar year, from the population at the end of the previous year; NULL fees with a reason where the rate or the population is missing';
