
-- timeline_legend.sql (0.3)
--		The membership timeline made readable without the README: a legend,
--		a line for today, open ends that run on, unknown bounds drawn apart
--		from known ones, members grouped by region for large bodies, and on
--		each bar the quote of the statement its period comes from.
--
-- The picture keeps 0.2's bars: solid where a member certainly belonged,
-- hatched where it possibly did.  New:
--   - a legend of swatches: certainly, possibly, start or end unknown,
--     may still hold, the date of a document, today;
--   - a dashed line at today's date (the argument today, the session's
--     current date by default; a fixed one gives a fixed picture);
--   - an arrow past the axis's end where a membership may still hold:
--     still valid, or ending on or after a day and on no known day after
--     it, as a claim ends that its page still stated when last seen (and
--     an arrow past its start where it has held since always), so a bar
--     that is cut by the axis does not look ended;
--   - where a bound is unknown (1985/, /1985) the span it may fall in is
--     dotted grey with a "?", not hatched blue like a bound known to lie
--     in a stated span;
--   - more than 20 members are grouped under headings, by country and
--     region (members that are regions head their own region's group,
--     names not in the gazetteer come last), and the year labels are
--     repeated above the rows;
--   - each bar's <title> quotes the statement that gave its validity (the
--     membership's membership_id), not the first fact behind it.
-- The signature gains today, so the function is dropped and made again;
-- calls with one to three arguments are unchanged.

DROP FUNCTION @extschema@.membership_timeline_svg(pg_catalog.text, pg_catalog.date, pg_catalog.date);

CREATE FUNCTION @extschema@.membership_timeline_svg(organisation pg_catalog.text,
													from_date pg_catalog.date DEFAULT NULL,
													to_date pg_catalog.date DEFAULT NULL,
													today pg_catalog.date DEFAULT CURRENT_DATE)
	RETURNS pg_catalog.text
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	-- NULL dates mean the default axis (and no today line), so the
	-- function is not STRICT
	org_id		pg_catalog.int8 := @extschema@.find_organisation(organisation);
	org_name	pg_catalog.text;
	earliest	pg_catalog.date;
	latest		pg_catalog.date;
	first_day	pg_catalog.date;
	last_day	pg_catalog.date;
	label_width constant pg_catalog.int4 := 190;
	plot_width	constant pg_catalog.int4 := 720;
	row_height	constant pg_catalog.int4 := 22;
	-- more members than this are grouped by region
	group_above constant pg_catalog.int4 := 20;
	grouped		pg_catalog.bool;
	top			pg_catalog.int4;
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
	grouped := nrows > group_above;
	-- the rows start below the title, the legend and (grouped) the year
	-- labels repeated above them
	top := CASE WHEN grouped THEN 104 ELSE 84 END;

	WITH members AS (
		SELECT m.*,
			   -- the group: the member's region, a region its own, else "other"
			   CASE WHEN p.code IS NULL THEN 1 ELSE 0 END AS unplaced,
			   COALESCE(p.country, '') AS country,
			   COALESCE(r.name, CASE WHEN p.kind = 'region' THEN p.name END,
						CASE WHEN p.code IS NULL THEN 'Other members' ELSE p.name END) AS group_name
		FROM @extschema@.membership AS m
		LEFT JOIN @extschema@.place AS p ON p.code = m.member
		LEFT JOIN @extschema@.place AS r ON r.code = p.region
		WHERE m.organisation_id = org_id
	), bars AS (
		SELECT pg_catalog.row_number() OVER (ORDER BY m.unplaced, m.country, m.group_name,
														m.member_name, m.member) AS n,
			   pg_catalog.dense_rank() OVER (ORDER BY m.unplaced, m.country, m.group_name) AS g,
			   m.group_name, m.country,
			   m.member_name, m.valid,
			   -- the statement the membership's validity comes from
			   (SELECT f.quote FROM @extschema@.fact AS f WHERE f.fact_id = m.membership_id) AS quote,
			   m.evidence,
			   @extschema@.earliest_start(m.valid) AS es, @extschema@.latest_start(m.valid) AS ls,
			   @extschema@.earliest_end(m.valid) AS ee, @extschema@.latest_end(m.valid) AS le,
			   @extschema@.lower_kind(m.valid) = 'unbounded' AS since_always,
			   @extschema@.upper_kind(m.valid) = 'unbounded' AS still_valid,
			   @extschema@.upper_kind(m.valid) = 'unbounded'
			   OR (@extschema@.upper_kind(m.valid) = 'on or after'
				   AND @extschema@.latest_end(m.valid) IS NULL) AS runs_on,
			   @extschema@.lower_kind(m.valid) = 'unknown' AS start_unknown,
			   @extschema@.upper_kind(m.valid) = 'unknown' AS end_unknown
		FROM members AS m
	), placed AS (
		-- x of a date, clamped a few pixels past the axis for open ends.  A
		-- missing latest start is the axis's start only for a membership
		-- since always; for one that began on or after a date, or at an
		-- unknown time, it is past the axis's end: nothing is certain.  Ends
		-- likewise: a missing earliest end runs on only while still valid.
		-- Grouped, each group's heading takes the row above its first member.
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
			   top + (b.n - 1 + CASE WHEN grouped THEN b.g ELSE 0 END) * row_height AS y
		FROM bars AS b
	), frame AS (
		-- the bottom of the last row: the axis line
		SELECT COALESCE(pg_catalog.max(p.y), top - row_height) + row_height AS rows_end
		FROM placed AS p
	)
	SELECT pg_catalog.concat(
		pg_catalog.format('<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="sans-serif" font-size="12">',
						  label_width + plot_width + 20, fr.rows_end + 48,
						  label_width + plot_width + 20, fr.rows_end + 48),
		pg_catalog.format('<title>%s</title>', skanecoop_internal.svg_text(org_name)),
		'<defs>',
		'<pattern id="possible" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbeafe"/><line x1="0" y1="0" x2="0" y2="6" stroke="#93c5fd" stroke-width="3"/></pattern>',
		'<pattern id="unknown" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f3f4f6"/><circle cx="3" cy="3" r="1.2" fill="#9ca3af"/></pattern>',
		'</defs>',
		pg_catalog.format('<text x="%s" y="20" font-size="15" font-weight="bold">%s</text>', 10, skanecoop_internal.svg_text(org_name)),
		pg_catalog.format('<text x="%s" y="36" fill="#555">%s members, %s to %s</text>',
						  10, nrows, pg_catalog.to_char(first_day, 'YYYY-MM-DD'),
						  pg_catalog.to_char(last_day, 'YYYY-MM-DD')),
		-- the legend: a swatch and its meaning each
		'<g class="legend" transform="translate(10,48)">',
		'<rect x="0" y="0" width="18" height="12" fill="#2563eb"/><text x="24" y="10">certainly a member</text>',
		'<rect x="160" y="0" width="18" height="12" fill="url(#possible)"/><text x="184" y="10">possibly</text>',
		'<rect x="250" y="0" width="18" height="12" fill="url(#unknown)"/><text x="274" y="10">start or end unknown (?)</text>',
		'<rect x="450" y="0" width="10" height="12" fill="#2563eb"/><polygon points="460,0 468,6 460,12" fill="#2563eb"/><text x="474" y="10">may still hold</text>',
		'<circle cx="560" cy="6" r="3" fill="#f59e0b" stroke="#92400e"/><text x="570" y="10">date of a document</text>',
		'<line x1="710" y1="0" x2="710" y2="12" stroke="#dc2626" stroke-dasharray="3 2"/><text x="716" y="10">today</text>',
		'</g>',
		-- the axis, its year ticks and their grid lines, the labels below the
		-- rows and, grouped, above them too
		(SELECT pg_catalog.string_agg(pg_catalog.concat(
					pg_catalog.format(
						'<line x1="%1$s" y1="%2$s" x2="%1$s" y2="%3$s" stroke="#e5e7eb"/><text x="%1$s" y="%4$s" text-anchor="middle" fill="#555">%5$s</text>',
						x, top - 4, fr.rows_end, fr.rows_end + 16, y),
					CASE WHEN grouped THEN pg_catalog.format(
						'<text x="%s" y="%s" text-anchor="middle" fill="#555">%s</text>', x, top - 8, y) END),
					'' ORDER BY y)
		 FROM (SELECT y, label_width + pg_catalog.round(plot_width * ((pg_catalog.make_date(y, 1, 1) - first_day) / span_days), 1) AS x
			   FROM pg_catalog.generate_series(pg_catalog.date_part('year', first_day)::pg_catalog.int4,
											   pg_catalog.date_part('year', last_day)::pg_catalog.int4) AS y
			   -- there is no year 0: 1 BC (year -1) is followed by AD 1
			   WHERE y % step = 0 AND y <> 0 AND pg_catalog.make_date(y, 1, 1) >= first_day) AS ticks),
		pg_catalog.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333"/>',
						  label_width, fr.rows_end, label_width + plot_width, fr.rows_end),
		-- the groups' headings
		(SELECT pg_catalog.string_agg(pg_catalog.format(
					'<g class="group"><text x="10" y="%s" font-weight="bold" fill="#374151">%s</text><line x1="10" y1="%s" x2="%s" y2="%s" stroke="#d1d5db"/></g>',
					h.y + 15, skanecoop_internal.svg_text(h.heading), h.y + 20,
					label_width + plot_width, h.y + 20), '' ORDER BY h.y)
		 FROM (SELECT pg_catalog.min(p.y) - row_height AS y,
					  pg_catalog.concat(p.group_name,
										CASE WHEN p.country <> '' THEN ' (' || p.country || ')' END) AS heading
			   FROM placed AS p
			   WHERE grouped
			   GROUP BY p.g, p.group_name, p.country) AS h),
		(SELECT pg_catalog.string_agg(pg_catalog.concat(
					pg_catalog.format('<g class="member"><title>%s: %s — %s</title>',
									  skanecoop_internal.svg_text(p.member_name), p.valid,
									  skanecoop_internal.svg_text(COALESCE(p.quote, ''))),
					pg_catalog.format('<text x="%s" y="%s" text-anchor="end">%s</text>',
									  label_width - 16, p.y + 15, skanecoop_internal.svg_text(p.member_name)),
					-- possibly: from the earliest to the latest start, and from
					-- the earliest to the latest end; dotted grey where the
					-- bound is unknown (drawn first, under a known bound's
					-- hatching), with a "?" at its far side
					(SELECT pg_catalog.string_agg(pg_catalog.concat(
								pg_catalog.format('<rect%s x="%s" y="%s" width="%s" height="14" fill="url(#%s)"/>',
												  CASE WHEN r.unknown THEN ' class="unknown"' ELSE '' END,
												  r.x_from, p.y + 4, r.x_to - r.x_from,
												  CASE WHEN r.unknown THEN 'unknown' ELSE 'possible' END),
								CASE WHEN r.unknown THEN pg_catalog.format(
									'<text x="%s" y="%s" fill="#6b7280" font-weight="bold" text-anchor="%s">?</text>',
									r.x_mark, p.y + 15, r.anchor) END),
								'' ORDER BY r.unknown DESC, r.side)
					 FROM (VALUES (1, p.x_es, p.x_ls, p.start_unknown, p.x_es + 2, 'start'),
								  (2, p.x_ee, p.x_le, p.end_unknown, p.x_le - 2, 'end'))
						  AS r(side, x_from, x_to, unknown, x_mark, anchor)
					 WHERE r.x_to > r.x_from),
					-- certainly: from the latest start to the earliest end
					CASE WHEN p.x_ee > p.x_ls THEN pg_catalog.format(
						'<rect x="%s" y="%s" width="%s" height="14" fill="#2563eb"/>',
						p.x_ls, p.y + 4, p.x_ee - p.x_ls) ELSE '' END,
					-- open ends run on past the axis, in the colour of the bar there
					CASE WHEN p.runs_on THEN pg_catalog.format(
						'<polygon class="open-end" points="%1$s,%2$s %3$s,%4$s %1$s,%5$s" fill="%6$s"/>',
						p.x_le, p.y + 3, p.x_le + 8, p.y + 11, p.y + 19,
						CASE WHEN p.x_ee > p.x_ls AND p.x_ee >= p.x_le THEN '#2563eb' ELSE '#93c5fd' END) END,
					CASE WHEN p.since_always THEN pg_catalog.format(
						'<polygon class="open-end" points="%1$s,%2$s %3$s,%4$s %1$s,%5$s" fill="%6$s"/>',
						p.x_es, p.y + 3, p.x_es - 8, p.y + 11, p.y + 19,
						CASE WHEN p.x_ee > p.x_ls THEN '#2563eb' ELSE '#93c5fd' END) END,
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
					'</g>'), '' ORDER BY p.y)
		 FROM placed AS p),
		-- today, where the axis shows it; its label kept inside the picture
		(SELECT pg_catalog.format(
					'<g class="today"><line x1="%1$s" y1="%2$s" x2="%1$s" y2="%3$s" stroke="#dc2626" stroke-dasharray="4 3"/><text x="%1$s" y="%4$s" text-anchor="%5$s" fill="#dc2626">today %6$s</text></g>',
					t.x, top - 4, fr.rows_end, fr.rows_end + 32,
					CASE WHEN t.x > label_width + plot_width * 0.9 THEN 'end'
						 WHEN t.x < label_width + plot_width * 0.1 THEN 'start' ELSE 'middle' END,
					pg_catalog.to_char(today, 'YYYY-MM-DD'))
		 FROM (SELECT label_width + pg_catalog.round(plot_width * ((today - first_day) / span_days), 1) AS x) AS t
		 WHERE today BETWEEN first_day AND last_day),
		'</svg>', E'\n')
	INTO svg
	FROM frame AS fr;
	RETURN svg;
END
$$;
COMMENT ON FUNCTION @extschema@.membership_timeline_svg(pg_catalog.text, pg_catalog.date, pg_catalog.date, pg_catalog.date) IS
	'A standalone SVG of an organisation''s members on a time axis with year ticks and a legend: solid where a member certainly belonged, hatched where it possibly did, dotted grey with "?" where a bound is unknown, an arrow past the axis where a membership may still hold (still valid, or no end seen since it was last stated), marks at the dates of the documents stating it, a dashed line at today (the argument today, the current date by default), members grouped by region above 20, and a <title> with the validity and the quote of the statement that gave it on each bar; the axis defaults to the years the memberships span';
