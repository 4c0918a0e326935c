-- One snapshot for every query, and a fixed search_path so that types and expressions are printed
-- qualified the same way whatever the user's settings.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;
SET LOCAL search_path = pg_catalog
