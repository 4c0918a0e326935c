-- Tenant mode, before outside-tenant.sql: how far the transaction ids of the migration's own
-- subtransactions can reach above its own id. A row written in a new subtransaction (rolled back at
-- once, with the row) gets an id above every one the migration's subtransactions were given; minus
-- age() of it is that distance. Without such a bound, a frozen catalog row whose old id reads as
-- newer than the migration's (half of the time, once the cluster has used 2^31 ids) would be taken
-- for one to look up, and PostgreSQL refuses a lookup of an id it has not given yet.
SAVEPOINT dibs_xid_window;
INSERT INTO :schema.__dibs_tables (schema_name, table_name) VALUES (pg_catalog.gen_random_uuid()::text, '')
RETURNING -pg_catalog.age(xmin) AS xid_window;
ROLLBACK TO SAVEPOINT dibs_xid_window;
RELEASE SAVEPOINT dibs_xid_window
