
-- bounds.sql (0.3)
--		No single stored value makes a function or view fail for every row:
--		a value out of a function's range yields NULL for its row (with a
--		reason where the result has one), and an argument out of range is
--		an error that says so.
--
-- The loader refuses such values before they are stored; these guard
-- against what is already stored, or stored by other means.  fee_schedule
-- (fee_rules.sql) and membership_timeline_svg (timeline_legend.sql), which
-- 0.3 makes anew, use the guards defined here.

-- The facts of current revisions, as in 0.1, but a document date outside
-- the years a validity can state (0001 to 9999; a fetched-at of year 12000,
-- say) no longer makes valid_as_read, and so every merged view, fail: that
-- fact's valid_as_read is NULL.
CREATE OR REPLACE VIEW @extschema@.current_fact AS
SELECT f.*,
	   COALESCE(d.updated_on, d.published_on, (d.fetched_at AT TIME ZONE 'UTC')::date,
						   (d.loaded_at AT TIME ZONE 'UTC')::date) AS document_date,
	   -- the date in ISO form whatever the session's DateStyle
	   COALESCE(f.valid,
				CASE WHEN COALESCE(d.updated_on, d.published_on,
								   (d.fetched_at AT TIME ZONE 'UTC')::date,
								   (d.loaded_at AT TIME ZONE 'UTC')::date)
						  BETWEEN '0001-01-01' AND '9999-12-31'
				THEN ('[..' || pg_catalog.to_char(COALESCE(d.updated_on, d.published_on,
														   (d.fetched_at AT TIME ZONE 'UTC')::date,
														   (d.loaded_at AT TIME ZONE 'UTC')::date),
												  'YYYY-MM-DD')
					  || ']/..')::@extschema@.validity
				END) AS valid_as_read
FROM @extschema@.fact AS f
JOIN @extschema@.document AS d ON d.document_id = f.document_id
WHERE d.superseded_at IS NULL;

CREATE FUNCTION @extschema@.annual_fee_in_range(rate @extschema@.fee_rate,
												inhabitants pg_catalog.int8)
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.annual_fee_in_range(@extschema@.fee_rate, pg_catalog.int8) IS
	'Whether annual_fee can state the fee in sek rather than fail (then so can fee_for_period for part of a year, rounded to the öre); NULL where annual_fee is NULL';

-- The year of a fee schedule, or an error for a year it cannot be made for.
CREATE FUNCTION @extschema@.fee_schedule_year(year pg_catalog.int4)
	RETURNS pg_catalog.int4
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF year < 1 OR year > 9999 THEN
		RAISE EXCEPTION 'year % is out of range for a fee schedule', year
			USING ERRCODE = 'datetime_field_overflow',
				  DETAIL = 'A fee schedule is made for a year from 1 to 9999.';
	END IF;
	RETURN year;
END
$$;
COMMENT ON FUNCTION @extschema@.fee_schedule_year(pg_catalog.int4) IS
	'The year given, checked to be one a fee schedule can be made for (1 to 9999); an error otherwise';

CREATE OR REPLACE FUNCTION @extschema@.svg_text(value pg_catalog.text)
	RETURNS pg_catalog.text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
		   pg_catalog.regexp_replace(value, '[\x01-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]', '', 'g'),
		   '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')
$$;
COMMENT ON FUNCTION @extschema@.svg_text(pg_catalog.text) IS
	'Text escaped for SVG (XML) character data and attribute values, without the characters XML 1.0 forbids (C0 controls other than tab and line ends, U+FFFE, U+FFFF)';
