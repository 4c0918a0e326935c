SELECT i.relname FROM pg_constraint k JOIN pg_class i ON i.oid = k.conindid WHERE k.conname = 'nodes_parent_id_fkey'
-- expect: nodes_id_key
SELECT count(*) FROM nodes c JOIN nodes p ON p.id = c.parent_id
-- expect: 1
