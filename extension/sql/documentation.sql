
-- documentation.sql (0.2)
--		Comments on the objects that 0.1 created implicitly: the operator
--		families of the operator classes and the sequences of the identity
--		columns, so that every member of the extension says what it is.

COMMENT ON OPERATOR FAMILY @extschema@.validity_ops USING btree IS
	'Total order of validities: by lower bound, then upper bound, as written';
COMMENT ON OPERATOR FAMILY @extschema@.validity_ops USING hash IS
	'Hashing of validities, for hash joins and hash aggregation';
COMMENT ON OPERATOR FAMILY @extschema@.validity_ops USING gist IS
	'GiST indexing of validities for containment, overlap, before/after and equality, in both readings';
COMMENT ON OPERATOR FAMILY @extschema@.sek_ops USING btree IS
	'Order of amounts in kronor';
COMMENT ON OPERATOR FAMILY @extschema@.sek_hash_ops USING hash IS
	'Hashing of amounts in kronor, for hash joins and hash aggregation';
COMMENT ON OPERATOR FAMILY @extschema@.fee_rate_ops USING btree IS
	'Order of fee rates: by basis, then period, then amount';
COMMENT ON OPERATOR FAMILY @extschema@.fee_rate_hash_ops USING hash IS
	'Hashing of fee rates, for hash joins and hash aggregation';
COMMENT ON SEQUENCE @extschema@.document_document_id_seq IS
	'Identity of skanecoop.document: the next document_id';
COMMENT ON SEQUENCE @extschema@.fact_fact_id_seq IS
	'Identity of skanecoop.fact: the next fact_id';
COMMENT ON SEQUENCE @extschema@.organisation_organisation_id_seq IS
	'Identity of skanecoop.organisation: the next organisation_id';
COMMENT ON SCHEMA @extschema@ IS
	'skanecoop: documents about municipal cooperation in Skåne, the facts they state, and the types and functions to ask them';
