-- validity_values.sql: what a stored validity is to its users, one line a
-- value of table stored_validity (test/upgrade/run.sh): its text, the four
-- readings, its parts, the two dateranges, its hashes, its binary form,
-- its place in the btree order, and the relations to the next value in
-- both readings.  run.sh compares the lines before and after an update.
-- The hash and send functions are found on the search path: 0.3 moved
-- them from schema skanecoop to skanecoop_internal.
\set QUIET on
SET search_path = skanecoop_internal, skanecoop, pg_catalog;
\set QUIET off
SELECT s.i, s.v::pg_catalog.text,
	   skanecoop.earliest_start(s.v), skanecoop.latest_start(s.v),
	   skanecoop.earliest_end(s.v), skanecoop.latest_end(s.v),
	   skanecoop.lower_precision(s.v), skanecoop.upper_precision(s.v),
	   skanecoop.lower_kind(s.v), skanecoop.upper_kind(s.v), skanecoop.is_open(s.v),
	   skanecoop.certain_daterange(s.v), skanecoop.possible_daterange(s.v),
	   skanecoop.shortest_duration(s.v), skanecoop.longest_duration(s.v),
	   validity_hash(s.v), validity_hash_extended(s.v, 7),
	   validity_send(s.v),
	   pg_catalog.row_number() OVER (ORDER BY s.v) AS btree_rank,
	   s.v OPERATOR(skanecoop.@>) n.v, s.v OPERATOR(skanecoop.@>~) n.v,
	   s.v OPERATOR(skanecoop.&&) n.v, s.v OPERATOR(skanecoop.&&~) n.v,
	   s.v OPERATOR(skanecoop.<<) n.v, s.v OPERATOR(skanecoop.-|-) n.v,
	   skanecoop.possibly_adjacent(s.v, n.v), s.v OPERATOR(skanecoop.*) n.v
FROM skanecoop_test.stored_validity AS s
LEFT JOIN skanecoop_test.stored_validity AS n ON n.i = s.i + 1
ORDER BY s.i;
