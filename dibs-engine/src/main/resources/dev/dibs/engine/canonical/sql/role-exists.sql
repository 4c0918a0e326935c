-- Whether the scratch server has a role a policy names (the parameter: its name as PostgreSQL folds it).
SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?
