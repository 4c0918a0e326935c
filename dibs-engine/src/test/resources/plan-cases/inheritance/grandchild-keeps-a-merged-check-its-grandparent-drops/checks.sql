SELECT string_agg(conrelid::regclass::text || ':' || conname || ':' || conislocal, ', ' ORDER BY conrelid::regclass::text) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0;
-- expect: events:events_id_positive:true, events_2024:events_id_positive:false, events_2024_q1:events_id_positive:true
INSERT INTO events_2024_q1 VALUES (2, '');
SELECT count(*) FROM events WHERE kind = '';
-- expect: 1
