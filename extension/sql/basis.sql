
-- basis.sql (0.3)
--		How sure a fact is: whether the sentence it was read from names its
--		subject, or the subject was inferred from what the page is about.
--
-- "Familjen Helsingborg består av Bjuv, ..." names its body; "Våra
-- medlemskommuner är ..." or "I förbundet ingår ..." does not, and the
-- loader's extractor takes the body from the page's title, the section's
-- heading, or an earlier sentence (the section's first, the last
-- definition, the last one naming a body); a twin town's municipality may
-- be the page's own, the one it names most.  fact.basis says which.  A
-- wrong membership is worse than a missing one, so the analyst's
-- functions that return memberships, counts, twin towns and fees
-- (as_of.sql, bi_tools.sql) take stated_only (false by default): with it
-- they read only what a page states in so many words; the BI views
-- (bi_tools.sql) give it as fact_basis.
--
-- Facts stored before 0.3 say 'unknown': their loader did not record it,
-- and nothing stored says which they were.  A loader older than 0.3
-- writes 'unknown' too (the default).
ALTER TABLE @extschema@.fact
	ADD COLUMN basis pg_catalog.text NOT NULL DEFAULT 'unknown',
	ADD CONSTRAINT fact_basis_check CHECK (basis IN (
		'stated', 'inferred_from_title', 'inferred_from_heading',
		'inferred_from_earlier_sentence', 'inferred_from_page', 'unknown'));
COMMENT ON COLUMN @extschema@.fact.basis IS
	'How sure the fact is: stated where its sentence names its subject (the organisation of a membership, count, fee or area; the municipality of a twin town; organisations and document dates always), else where the extractor inferred the subject from: inferred_from_title, inferred_from_heading, inferred_from_earlier_sentence (the section''s first sentence, the last definition, the last sentence naming a body) or inferred_from_page (the municipality the page names most); unknown for facts loaded before 0.3';
COMMENT ON CONSTRAINT fact_basis_check ON @extschema@.fact IS
	'A basis is stated, one of the places a subject is inferred from, or unknown';
