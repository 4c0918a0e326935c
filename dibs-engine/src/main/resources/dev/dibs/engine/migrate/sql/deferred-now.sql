-- Tenant mode, before the boundary check: a deferred trigger (or constraint) would run at the
-- commit, after the check has looked; it runs now, and what it does is checked with the rest. A
-- deferred constraint the migration left violated fails here, as it would at the commit.
SET CONSTRAINTS ALL IMMEDIATE
