-- validity_sorted_build.sql (0.3)
--		Sorted builds of the validity GiST index (PostgreSQL 14 and later):
--		CREATE INDEX sorts the values by their widest reading and fills the
--		pages in that order instead of inserting them one by one.

CREATE FUNCTION @extschema@.validity_gist_sortsupport(pg_catalog.internal)
	RETURNS void AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.validity_gist_sortsupport(pg_catalog.internal) IS
	'GiST support: the order of a sorted index build, by earliest start, then latest end';

ALTER OPERATOR FAMILY @extschema@.validity_ops USING gist ADD
	FUNCTION 11 (@extschema@.validity, @extschema@.validity)
		@extschema@.validity_gist_sortsupport(pg_catalog.internal);
