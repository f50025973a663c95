-- evidence.sql (0.3)
--		Facts read from more than one sentence.
--
-- A listed member whose joining or leaving a sentence of its own states
-- ("I nätverket ingår Ystad, Skurup och Sjöbo. Sjöbo anslöt sig 2014."),
-- and a membership that takes its organisation's start from another
-- sentence ("Samarbetet har pågått sedan 1990-talet"), are read from that
-- sentence too.  byte_start, byte_end and quote keep their meaning, the
-- sentence the fact stands in; the others are listed beside them, in the
-- order the loader gives them.  Facts stored before 0.3 list none: their
-- loader did not record them.
ALTER TABLE @extschema@.fact
	ADD COLUMN more_evidence pg_catalog.int4range[] NOT NULL DEFAULT '{}',
	ADD COLUMN more_quotes pg_catalog.text[] NOT NULL DEFAULT '{}',
	ADD CONSTRAINT fact_more_evidence_check CHECK (
		pg_catalog.cardinality(more_evidence) = pg_catalog.cardinality(more_quotes));
COMMENT ON COLUMN @extschema@.fact.more_evidence IS
	'The other sentences the fact was read from, as [start, end) byte ranges of the revision''s text: the sentence that dates a listed member, or that gives the organisation''s start a membership takes; empty for facts of one sentence and for facts loaded before 0.3';
COMMENT ON COLUMN @extschema@.fact.more_quotes IS
	'The sentences of more_evidence, quoted in the same order';
