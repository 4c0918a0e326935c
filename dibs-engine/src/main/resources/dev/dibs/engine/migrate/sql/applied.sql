-- The applied migrations' ids and checksums, in id order.
SELECT id, checksum FROM :schema.__dibs_migrations ORDER BY id
