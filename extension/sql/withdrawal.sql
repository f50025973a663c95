
-- withdrawal.sql
--		What a withdrawn page is, new in version 0.3.
--
-- The loader's --complete-for withdraws the current revision of a page
-- that a complete crawl no longer has: the revision gets superseded_at
-- and no successor.  The column's values keep their meaning (the end of
-- the time a revision was current); its comment now says that the end can
-- be a page's as well as a revision's.
COMMENT ON COLUMN @extschema@.document.superseded_at IS
	'Start of the loader run that stored the next revision, or that withdrew the page (a complete crawl no longer had it; no revision follows); NULL while this one is current';
COMMENT ON COLUMN skanecoop_bi.documents.superseded_at IS
	'Start of the run that stored the next revision or withdrew the page; NULL while current';
