-- One applied migration; applied_at and applied_by take their defaults.
INSERT INTO :schema.__dibs_migrations
       (id, checksum, class_name, description, transactional, source_file, source_line, execution_ms, dibs_version)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
