-- One snapshot for every query, and a fixed search_path so that types and expressions are printed
-- qualified the same way whatever the user's settings.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;
SET LOCAL search_path = pg_catalog;
-- No JIT compilation: the catalog queries over many tables are estimated above jit_above_cost, and
-- a server built with LLVM (the PGDG and Debian packages, the Docker images) then compiles them,
-- which at 1,000 tables cost 1.5 s per inspection where running them costs 0.3 s.
SET LOCAL jit = off
