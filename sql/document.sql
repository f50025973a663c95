--
-- document: the tables the loader writes, their constraints, and the
-- revision rule (one current revision per URI).
--
SET search_path = skanecoop, public;

INSERT INTO document (uri, publisher, title, format, sha256, loaded_at, content)
VALUES ('urn:test:a', 'Ystads kommun', 'Regional samverkan', 'text',
		sha256('first'), '2024-01-01 02:00+01', E'Regional samverkan\n\nRubrik\n\nText.');
INSERT INTO section (document_id, ordinal, heading, body, byte_start, byte_end)
SELECT document_id, 1, 'Rubrik', 'Text.', 20, 33 FROM document WHERE uri = 'urn:test:a';

-- The section's offsets are byte offsets into the document's text.
SELECT s.heading, convert_from(substring(convert_to(d.content, 'UTF8')
		FROM s.byte_start + 1 FOR s.byte_end - s.byte_start), 'UTF8') AS text_at_offsets
FROM section s JOIN document d USING (document_id);

-- A second current revision at the same URI is refused ...
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:a', 'Regional samverkan', 'text', sha256('second'), '2024-02-01 02:00+01', 'x');
-- ... but allowed once the first is superseded.
UPDATE document SET superseded_at = '2024-02-01 02:00+01' WHERE uri = 'urn:test:a';
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:a', 'Regional samverkan', 'text', sha256('second'), '2024-02-01 02:00+01', 'x');
SELECT uri, encode(sha256, 'hex') = encode(sha256('second'), 'hex') AS is_second,
	   superseded_at IS NULL AS current
FROM document ORDER BY document_id;

-- Bad rows are refused (terse: the failing rows hold the time of the run).
\set VERBOSITY terse
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:b', 't', 'pdf', sha256('b'), now(), 'x');
INSERT INTO document (uri, title, format, sha256, loaded_at, content)
VALUES ('urn:test:b', 't', 'text', '\x00ff', now(), 'x');
INSERT INTO document (uri, title, format, sha256, loaded_at, superseded_at, content)
VALUES ('urn:test:b', 't', 'text', sha256('b'), '2024-01-02', '2024-01-01', 'x');
INSERT INTO section (document_id, ordinal, body, byte_start, byte_end)
SELECT min(document_id), 2, 'x', 10, 5 FROM document;
INSERT INTO section (document_id, ordinal, body, byte_start, byte_end)
SELECT min(document_id), 0, 'x', 0, 5 FROM document;

\set VERBOSITY default

-- Deleting a document deletes its sections.
DELETE FROM document WHERE superseded_at IS NOT NULL;
SELECT count(*) AS sections_left FROM section;
DELETE FROM document;
