SELECT string_agg(c.relname || '=' || pg_get_expr(d.adbin, d.adrelid), ', ' ORDER BY c.relname) FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid WHERE c.relname LIKE 'favorites%';
-- expect: favorites='plain'::text, favorites_0='plain'::text, favorites_1='own'::text
SELECT string_agg(c.relname || ':' || a.attnotnull, ', ' ORDER BY c.relname) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname LIKE 'favorites%' AND a.attname = 'kind';
-- expect: favorites:true, favorites_0:true, favorites_1:true
