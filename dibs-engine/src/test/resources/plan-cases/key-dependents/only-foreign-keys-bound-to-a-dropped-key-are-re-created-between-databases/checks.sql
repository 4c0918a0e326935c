SELECT k.conname || ' on ' || i.relname FROM pg_constraint k JOIN pg_class i ON i.oid = k.conindid WHERE k.contype = 'f' ORDER BY k.conname
-- expect: pets_owner_id_fkey on owners_pkey, sessions_user_id_fkey on users_pkey
