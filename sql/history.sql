--
-- history: the revision history is append-only for the loader's role:
-- loaded_at is the transaction's time, superseded_at is set once, from
-- NULL, to the time of the run that supersedes, and sections and facts
-- go only to revisions the same transaction added; the owner, who
-- restores dumps, is not held to it.  The load lock can be taken only by
-- roles that may load.
--
SET search_path = skanecoop, public;
SET datestyle = ISO, YMD;
SET timezone = 'UTC';
CREATE ROLE regress_history_loader LOGIN IN ROLE skanecoop_loader;
CREATE ROLE regress_history_reader LOGIN IN ROLE skanecoop_reader;

-- The owner may store a revision of the past (as a restore does).
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:history', 'Historia', 'text', sha256('v1'), '2024-01-01 00:00Z', 'Historia');
INSERT INTO section (document_id, ordinal, body, byte_start, byte_end)
SELECT document_id, 1, 'Historia', 0, 8 FROM document WHERE uri = 'urn:test:history';

\set VERBOSITY terse
SET ROLE regress_history_loader;
-- A revision loaded in the past, or already superseded, is refused ...
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:history:old', 'Gammal', 'text', sha256('old'), '1900-01-01 00:00Z', 'Gammal');
INSERT INTO document (uri, title, format, sha256, loaded_at, superseded_at, content)
VALUES ('urn:test:history:old', 'Gammal', 'text', sha256('old'), now(), now(), 'Gammal');
-- ... as is superseding at any time but now, or superseding twice.
UPDATE document SET superseded_at = 'infinity' WHERE uri = 'urn:test:history';
UPDATE document SET superseded_at = '2024-06-01 00:00Z' WHERE uri = 'urn:test:history';
UPDATE document SET superseded_at = '2999-01-01 00:00Z' WHERE uri = 'urn:test:history';
BEGIN;
UPDATE document SET superseded_at = now() WHERE uri = 'urn:test:history';
UPDATE document SET superseded_at = 'infinity' WHERE uri = 'urn:test:history';
ROLLBACK;
BEGIN;
UPDATE document SET superseded_at = now() WHERE uri = 'urn:test:history';
UPDATE document SET superseded_at = NULL WHERE uri = 'urn:test:history';
ROLLBACK;
-- Sections and facts cannot be added to a revision loaded before.
INSERT INTO section (document_id, ordinal, body, byte_start, byte_end)
SELECT document_id, 2, 'Mer', 0, 3 FROM document WHERE uri = 'urn:test:history';
INSERT INTO fact (document_id, kind, name, byte_start, byte_end, quote, rule)
SELECT document_id, 'area', 'Kultur', 0, 8, 'Historia', 'test' FROM document
WHERE uri = 'urn:test:history';
-- Every row is checked: a statement that adds a section to this
-- transaction's revision first, and then one to the revision before, is
-- refused too.
BEGIN;
UPDATE document SET superseded_at = now() WHERE uri = 'urn:test:history';
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:history', 'Historia', 'text', sha256('v2'), now(), 'Historia 2');
INSERT INTO section (document_id, ordinal, body, byte_start, byte_end)
SELECT document_id, 2, 'Historia', 0, 8 FROM document
WHERE uri = 'urn:test:history' ORDER BY loaded_at DESC;
ROLLBACK;
-- What a run does is allowed: supersede now, add the next revision now,
-- with its sections and facts; an unchanged superseded_at is no change.
BEGIN;
UPDATE document SET superseded_at = now() WHERE uri = 'urn:test:history';
UPDATE document SET superseded_at = superseded_at WHERE uri = 'urn:test:history';
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:history', 'Historia', 'text', sha256('v2'), now(), 'Historia 2');
INSERT INTO section (document_id, ordinal, body, byte_start, byte_end)
SELECT document_id, 1, 'Historia 2', 0, 10 FROM document
WHERE uri = 'urn:test:history' AND superseded_at IS NULL;
INSERT INTO fact (document_id, kind, name, byte_start, byte_end, quote, rule)
SELECT document_id, 'area', 'Kultur', 0, 10, 'Historia 2', 'test' FROM document
WHERE uri = 'urn:test:history' AND superseded_at IS NULL;
SELECT count(*) FILTER (WHERE superseded_at = now()) AS superseded_now,
	   count(*) FILTER (WHERE loaded_at = now() AND superseded_at IS NULL) AS loaded_now
FROM document WHERE uri = 'urn:test:history';
ROLLBACK;
RESET ROLE;

-- The guard reads loaded_at by name: a document table without the column
-- is an error, not a row let through or refused by chance.
BEGIN;
ALTER TABLE document RENAME COLUMN loaded_at TO loaded;
SET ROLE regress_history_loader;
INSERT INTO section (document_id, ordinal, body, byte_start, byte_end)
SELECT document_id, 2, 'Mer', 0, 3 FROM document WHERE uri = 'urn:test:history';
ROLLBACK;
-- It probes the documents' primary key: without one, it says so.
BEGIN;
ALTER TABLE document DROP CONSTRAINT document_pkey CASCADE;
SET ROLE regress_history_loader;
INSERT INTO section (document_id, ordinal, body, byte_start, byte_end)
SELECT document_id, 2, 'Mer', 0, 3 FROM document WHERE uri = 'urn:test:history';
ROLLBACK;

-- The load lock: the loader's role takes it; a reader can take no lock on
-- it at all (not even to stand in the way for a moment).
SET ROLE regress_history_reader;
BEGIN;
LOCK TABLE load_lock IN EXCLUSIVE MODE NOWAIT;
ROLLBACK;
BEGIN;
LOCK TABLE load_lock IN ROW EXCLUSIVE MODE NOWAIT;
ROLLBACK;
BEGIN;
LOCK TABLE load_lock IN ACCESS SHARE MODE NOWAIT;
ROLLBACK;
RESET ROLE;
SET ROLE regress_history_loader;
BEGIN;
LOCK TABLE load_lock IN EXCLUSIVE MODE NOWAIT;
SELECT mode, granted FROM pg_locks
WHERE relation = 'skanecoop.load_lock'::regclass AND pid = pg_backend_pid();
ROLLBACK;
RESET ROLE;
\set VERBOSITY default
-- The messages say what happened and what holds.
SET ROLE regress_history_loader;
UPDATE document SET superseded_at = 'infinity' WHERE uri = 'urn:test:history';
RESET ROLE;

-- The owner may still correct the history by hand.
UPDATE document SET superseded_at = '2024-06-01 00:00Z' WHERE uri = 'urn:test:history';
UPDATE document SET superseded_at = NULL WHERE uri = 'urn:test:history';
SELECT uri, loaded_at, superseded_at FROM document WHERE uri = 'urn:test:history';

DELETE FROM document WHERE uri LIKE 'urn:test:history%';
DROP ROLE regress_history_loader;
DROP ROLE regress_history_reader;
