-- Run on the second connection right after session.sql, before any query: from then on it sees
-- the first connection's snapshot. The placeholder at the end becomes the id that
-- pg_export_snapshot returned, as a quoted literal.
SET TRANSACTION SNAPSHOT :snapshot
