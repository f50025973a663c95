
-- bounds.sql (0.3)
--		No single stored value makes a function or view fail for every row:
--		a value out of a function's range yields NULL for its row (with a
--		reason where the result has one), and an argument out of range is
--		an error that says so.
--
-- The loader refuses such values before they are stored; these guard
-- against what is already stored, or stored by other means.

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

-- The fee schedule of a year, as in 0.1, but a year out of range is an
-- error of its own, and a rate and population whose fee sek cannot hold
-- give that row NULL fees and a reason instead of failing the schedule.
CREATE OR REPLACE FUNCTION @extschema@.fee_schedule(year pg_catalog.int4)
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
	WITH checked AS (
		SELECT @extschema@.fee_schedule_year(year) AS year
	),
	bounds AS (
		SELECT pg_catalog.make_date(k.year, 1, 1) AS first_day,
			   pg_catalog.make_date(k.year, 12, 31) AS last_day,
			   pg_catalog.lpad(k.year::pg_catalog.text, 4, '0')::@extschema@.validity AS whole_year
		FROM checked AS k
	),
	charged AS (
		SELECT f.organisation_id, f.fee_id, f.rate, m.member,
			   @extschema@.intersection(m.valid, f.valid) AS days
		FROM @extschema@.fee AS f
		JOIN @extschema@.membership AS m ON m.organisation_id = f.organisation_id
		CROSS JOIN bounds AS b
		WHERE @extschema@.possibly_overlaps(f.valid, b.whole_year)
		  AND @extschema@.possibly_overlaps(m.valid, b.whole_year)
	),
	priced AS (
		SELECT c.*, p.inhabitants, p.reference_date,
			   @extschema@.annual_fee_in_range(c.rate, p.inhabitants) AS in_range
		FROM charged AS c
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
	)
	SELECT c.organisation_id, o.name, c.member, c.fee_id, c.rate,
		   c.inhabitants, c.reference_date,
		   CASE WHEN c.in_range THEN
			   @extschema@.fee_for_period(c.rate, c.inhabitants, c.days,
										  b.first_day, b.last_day, 'certain') END,
		   CASE WHEN c.in_range THEN
			   @extschema@.fee_for_period(c.rate, c.inhabitants, c.days,
										  b.first_day, b.last_day, 'possible') END,
		   CASE
			   WHEN c.rate IS NULL THEN 'the fee rule states no amount'
			   WHEN @extschema@.basis(c.rate) = 'inhabitant' AND c.inhabitants IS NULL
			   THEN pg_catalog.format('no population of %s at the end of %s',
									  c.member, year - 1)
			   WHEN NOT c.in_range
			   THEN pg_catalog.format('a fee of %s for %s inhabitants is more than sek can hold',
									  c.rate, c.inhabitants)
		   END
	FROM priced AS c
	JOIN @extschema@.organisation AS o ON o.organisation_id = c.organisation_id
	CROSS JOIN bounds AS b
	ORDER BY o.name, c.member, c.fee_id
$$;
COMMENT ON FUNCTION @extschema@.fee_schedule(pg_catalog.int4) IS
	'What every member owes each organisation with a fee rule for a calendar year (1 to 9999), from the population at the end of the previous year; NULL fees with a reason where the rate or the population is missing, or the fee is more than sek can hold';

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

CREATE OR REPLACE FUNCTION @extschema@.membership_timeline_svg(organisation pg_catalog.text,
													from_date pg_catalog.date DEFAULT NULL,
													to_date pg_catalog.date DEFAULT NULL)
	RETURNS pg_catalog.text
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	-- NULL dates mean the default axis, so the function is not STRICT
	org_id		pg_catalog.int8 := @extschema@.find_organisation(organisation);
	org_name	pg_catalog.text;
	earliest	pg_catalog.date;
	latest		pg_catalog.date;
	first_day	pg_catalog.date;
	last_day	pg_catalog.date;
	label_width constant pg_catalog.int4 := 190;
	plot_width	constant pg_catalog.int4 := 720;
	row_height	constant pg_catalog.int4 := 22;
	top			constant pg_catalog.int4 := 48;
	nrows		pg_catalog.int4;
	span_days	pg_catalog.numeric;
	step		pg_catalog.int4;
	svg			pg_catalog.text;
BEGIN
	SELECT o.name INTO org_name FROM @extschema@.organisation AS o WHERE o.organisation_id = org_id;

	-- The default axis runs from the first of January of the year of the
	-- earliest bound or document date to the end of the year after the
	-- latest one (years before and after year 0 alike; a document date
	-- beyond the years of validities is left out).
	SELECT pg_catalog.min(d), pg_catalog.max(d) INTO earliest, latest
	FROM (SELECT b.d
		  FROM @extschema@.membership AS m
		  CROSS JOIN LATERAL (VALUES (@extschema@.earliest_start(m.valid)),
									 (@extschema@.latest_start(m.valid)),
									 (@extschema@.earliest_end(m.valid)),
									 (@extschema@.latest_end(m.valid))) AS b(d)
		  WHERE m.organisation_id = org_id
		  UNION ALL
		  SELECT f.document_date
		  FROM @extschema@.current_fact AS f
		  WHERE f.organisation_id = org_id AND f.kind = 'membership'
			AND f.document_date BETWEEN '0001-01-01' AND '9999-12-31') AS dates(d);
	first_day := COALESCE(from_date,
						  pg_catalog.date_trunc('year', earliest::pg_catalog.timestamp)::pg_catalog.date);
	last_day := COALESCE(to_date,
						 (pg_catalog.date_trunc('year', latest::pg_catalog.timestamp)
						  + pg_catalog.make_interval(years => 2, days => -1))::pg_catalog.date);
	IF first_day IS NULL OR last_day IS NULL THEN
		RAISE EXCEPTION 'the memberships of "%" give no dates to draw an axis from', org_name
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Give from_date and to_date.';
	END IF;
	IF last_day <= first_day THEN
		RAISE EXCEPTION 'the timeline must end after it starts'
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = pg_catalog.format('The axis would run from %s to %s.',
											 pg_catalog.to_char(first_day, 'YYYY-MM-DD'),
											 pg_catalog.to_char(last_day, 'YYYY-MM-DD'));
	END IF;
	span_days := last_day - first_day;
	step := CASE WHEN span_days > 365 * 40 THEN 10 WHEN span_days > 365 * 15 THEN 5 ELSE 1 END;

	SELECT pg_catalog.count(*) INTO nrows FROM @extschema@.membership AS m WHERE m.organisation_id = org_id;

	WITH bars AS (
		SELECT pg_catalog.row_number() OVER (ORDER BY m.member_name, m.member) AS n,
			   m.member_name, m.valid,
			   (SELECT f.quote FROM @extschema@.fact AS f WHERE f.fact_id = m.evidence[1]) AS quote,
			   m.evidence,
			   @extschema@.earliest_start(m.valid) AS es, @extschema@.latest_start(m.valid) AS ls,
			   @extschema@.earliest_end(m.valid) AS ee, @extschema@.latest_end(m.valid) AS le,
			   @extschema@.lower_kind(m.valid) = 'unbounded' AS since_always,
			   @extschema@.upper_kind(m.valid) = 'unbounded' AS still_valid
		FROM @extschema@.membership AS m
		WHERE m.organisation_id = org_id
	), placed AS (
		-- x of a date, clamped a few pixels past the axis for open ends.  A
		-- missing latest start is the axis's start only for a membership
		-- since always; for one that began on or after a date, or at an
		-- unknown time, it is past the axis's end: nothing is certain.  Ends
		-- likewise: a missing earliest end runs on only while still valid.
		SELECT b.*,
			   label_width + pg_catalog.round(plot_width * GREATEST(-0.01, LEAST(1.01,
				   (COALESCE(b.es, first_day - 1) - first_day) / span_days)), 1) AS x_es,
			   label_width + pg_catalog.round(plot_width * GREATEST(-0.01, LEAST(1.01,
				   (COALESCE(b.ls, CASE WHEN b.since_always THEN first_day - 1 ELSE last_day + 1 END)
					- first_day) / span_days)), 1) AS x_ls,
			   label_width + pg_catalog.round(plot_width * GREATEST(-0.01, LEAST(1.01,
				   (COALESCE(b.ee, CASE WHEN b.still_valid THEN last_day + 1 ELSE first_day - 1 END)
					- first_day) / span_days)), 1) AS x_ee,
			   label_width + pg_catalog.round(plot_width * GREATEST(-0.01, LEAST(1.01,
				   (COALESCE(b.le, last_day + 1) - first_day) / span_days)), 1) AS x_le,
			   top + (b.n - 1) * row_height AS y
		FROM bars AS b
	)
	SELECT pg_catalog.concat(
		pg_catalog.format('<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="sans-serif" font-size="12">',
						  label_width + plot_width + 20, top + nrows * row_height + 30,
						  label_width + plot_width + 20, top + nrows * row_height + 30),
		pg_catalog.format('<title>%s</title>', @extschema@.svg_text(org_name)),
		'<defs><pattern id="possible" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbeafe"/><line x1="0" y1="0" x2="0" y2="6" stroke="#93c5fd" stroke-width="3"/></pattern></defs>',
		pg_catalog.format('<text x="%s" y="20" font-size="15" font-weight="bold">%s</text>', 10, @extschema@.svg_text(org_name)),
		pg_catalog.format('<text x="%s" y="36" fill="#555">solid: certainly a member; hatched: possibly; %s to %s</text>',
						  10, pg_catalog.to_char(first_day, 'YYYY-MM-DD'),
						  pg_catalog.to_char(last_day, 'YYYY-MM-DD')),
		-- the axis, its year ticks and their grid lines
		(SELECT pg_catalog.string_agg(pg_catalog.format(
					'<line x1="%1$s" y1="%2$s" x2="%1$s" y2="%3$s" stroke="#e5e7eb"/><text x="%1$s" y="%4$s" text-anchor="middle" fill="#555">%5$s</text>',
					x, top - 4, top + nrows * row_height, top + nrows * row_height + 16, y), '' ORDER BY y)
		 FROM (SELECT y, label_width + pg_catalog.round(plot_width * ((pg_catalog.make_date(y, 1, 1) - first_day) / span_days), 1) AS x
			   FROM pg_catalog.generate_series(pg_catalog.date_part('year', first_day)::pg_catalog.int4,
											   pg_catalog.date_part('year', last_day)::pg_catalog.int4) AS y
			   -- there is no year 0: 1 BC (year -1) is followed by AD 1
			   WHERE y % step = 0 AND y <> 0 AND pg_catalog.make_date(y, 1, 1) >= first_day) AS ticks),
		pg_catalog.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333"/>',
						  label_width, top + nrows * row_height, label_width + plot_width, top + nrows * row_height),
		(SELECT pg_catalog.string_agg(pg_catalog.concat(
					pg_catalog.format('<g class="member"><title>%s: %s — %s</title>',
									  @extschema@.svg_text(p.member_name), p.valid,
									  @extschema@.svg_text(COALESCE(p.quote, ''))),
					pg_catalog.format('<text x="%s" y="%s" text-anchor="end">%s</text>',
									  label_width - 8, p.y + 15, @extschema@.svg_text(p.member_name)),
					-- possibly: from the earliest to the latest start, and from the earliest to the latest end
					CASE WHEN p.x_ls > p.x_es THEN pg_catalog.format(
						'<rect x="%s" y="%s" width="%s" height="14" fill="url(#possible)"/>',
						p.x_es, p.y + 4, p.x_ls - p.x_es) ELSE '' END,
					CASE WHEN p.x_le > p.x_ee THEN pg_catalog.format(
						'<rect x="%s" y="%s" width="%s" height="14" fill="url(#possible)"/>',
						p.x_ee, p.y + 4, p.x_le - p.x_ee) ELSE '' END,
					-- certainly: from the latest start to the earliest end
					CASE WHEN p.x_ee > p.x_ls THEN pg_catalog.format(
						'<rect x="%s" y="%s" width="%s" height="14" fill="#2563eb"/>',
						p.x_ls, p.y + 4, p.x_ee - p.x_ls) ELSE '' END,
					-- the dates of the documents that state it
					(SELECT pg_catalog.string_agg(pg_catalog.format(
								'<circle cx="%s" cy="%s" r="3" fill="#f59e0b" stroke="#92400e"/>',
								label_width + pg_catalog.round(plot_width * ((s.d - first_day) / span_days), 1),
								p.y + 11), '' ORDER BY s.d)
					 FROM (SELECT DISTINCT COALESCE(d.updated_on, d.published_on,
													(d.fetched_at AT TIME ZONE 'UTC')::pg_catalog.date,
													(d.loaded_at AT TIME ZONE 'UTC')::pg_catalog.date) AS d
						   FROM @extschema@.fact AS f
						   JOIN @extschema@.document AS d ON d.document_id = f.document_id
						   WHERE f.fact_id = ANY (p.evidence)) AS s
					 WHERE s.d BETWEEN first_day AND last_day),
					'</g>'), '' ORDER BY p.n)
		 FROM placed AS p),
		'</svg>', E'\n')
	INTO svg;
	RETURN svg;
END
$$;
COMMENT ON FUNCTION @extschema@.membership_timeline_svg(pg_catalog.text, pg_catalog.date, pg_catalog.date) IS
	'A standalone SVG of an organisation''s members on a time axis with year ticks: solid where a member certainly belonged, hatched where it possibly did, bars running off the axis at open ends, marks at the dates of the documents stating it, and a <title> with the validity and the quote on each bar; the axis defaults to the years the memberships span';
