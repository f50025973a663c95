
-- replication.sql (0.2)
--		Replica identity for logical replication of the data tables.
--
-- organisation_name has no primary key (its names are unique
-- case-insensitively, through an index on an expression), so a subscriber
-- can find an updated or deleted row only by all its columns.  The other
-- data tables keep their primary keys as identity.

ALTER TABLE @extschema@.organisation_name REPLICA IDENTITY FULL;
