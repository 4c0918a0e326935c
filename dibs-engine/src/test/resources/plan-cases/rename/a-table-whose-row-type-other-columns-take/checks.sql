SELECT (who).name || ' ' || (crowd[1]).name FROM snap
-- expect: ada bob
