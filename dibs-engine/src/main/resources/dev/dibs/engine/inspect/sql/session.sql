-- One snapshot for every query, and a fixed search_path so that types and expressions are printed
-- qualified the same way whatever the user's settings.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;
SET LOCAL search_path = pg_catalog;
-- No JIT compilation: the catalog queries over many tables are estimated above jit_above_cost, and
-- a server built with LLVM (the PGDG and Debian packages, the Docker images) then compiles them,
-- which at 1,000 tables cost 1.5 s per inspection where running them costs 0.3 s.
SET LOCAL jit = off;
-- A catalog query the driver has prepared on the server (sent on one connection more than four times:
-- a fleet's tenants, read one after the other on a kept connection) is planned once for good rather
-- than for each tenant: PostgreSQL would plan it anew five times and then keep planning the largest
-- ones, its estimate of a plan for any schema being no cheaper. The plans do not depend on which
-- schemas are read (no catalog has an index on a schema), and a query sent once is planned with its
-- values whatever this says. Measured on 100 tenant schemas, per tenant: 40 ms of server time, 25 ms.
SET LOCAL plan_cache_mode = force_generic_plan
