-- Run on the second connection right after session.sql, before any query: from then on it sees
-- the first connection's snapshot. :snapshot is the id pg_export_snapshot returned, as a literal.
SET TRANSACTION SNAPSHOT :snapshot
