-- Every row of Flyway's schema history table (:table, quoted), in the order Flyway applied them.
-- Read only: dibs never writes this table.
SELECT installed_rank, version, description, type, script, checksum, success
  FROM :table
 ORDER BY installed_rank
