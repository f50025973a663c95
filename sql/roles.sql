--
-- roles: skanecoop_reader reads and cannot write; skanecoop_loader has
-- what the loader needs and no more; the loader runs as it.
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;

SELECT rolname, rolcanlogin, shobj_description(oid, 'pg_authid') IS NOT NULL AS commented
FROM pg_roles WHERE rolname LIKE 'skanecoop\_%' ORDER BY 1;
CREATE ROLE regress_reader LOGIN IN ROLE skanecoop_reader;
CREATE ROLE regress_loader LOGIN IN ROLE skanecoop_loader;
CREATE ROLE regress_nobody LOGIN;

-- The reader reads the tables, the views and the BI schema, and calls the
-- functions ...
SET ROLE regress_reader;
SELECT (SELECT count(*) FROM skanecoop_bi.memberships) > 0 AS bi,
	   (SELECT count(*) FROM membership) > 0 AS views,
	   (SELECT count(*) FROM fact) > 0 AS tables,
	   (SELECT count(*) FROM members_of('SÖSK', '2024-01-01')) AS sosk_members;
-- ... and writes nothing.
INSERT INTO organisation (name) VALUES ('Reader''s Club');
UPDATE document SET title = 'x';
DELETE FROM fact;
TRUNCATE population;
RESET ROLE;

-- The loader adds rows and marks revisions superseded, but deletes nothing
-- and cannot rewrite a document's text.
SET ROLE regress_loader;
BEGIN;
INSERT INTO organisation (name) VALUES ('Loader''s Club');
UPDATE document SET superseded_at = superseded_at WHERE false;
ROLLBACK;
DELETE FROM fact;
UPDATE document SET content = 'x';
-- The BI views are not the loader's business.
SELECT count(*) FROM skanecoop_bi.memberships;
RESET ROLE;

-- Others see nothing.
SET ROLE regress_nobody;
SELECT count(*) FROM skanecoop.document;
SELECT count(*) FROM skanecoop_bi.facts;
RESET ROLE;

-- The loader runs as a role of skanecoop_loader; a role without it cannot.
\! loader/skanecoop-load -q -U regress_loader -d contrib_regression test/regress/roles.xml
SELECT d.publisher, d.title, f.kind, f.organisation_name, f.member, f.valid
FROM document d JOIN fact f USING (document_id)
WHERE d.uri = 'urn:test:roles' AND f.kind = 'membership'
ORDER BY f.fact_id;
\! loader/skanecoop-load -q -U regress_nobody -d contrib_regression test/regress/roles.xml

DROP ROLE regress_reader;
DROP ROLE regress_loader;
DROP ROLE regress_nobody;
