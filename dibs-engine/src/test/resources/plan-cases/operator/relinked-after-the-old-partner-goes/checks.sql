SELECT string_agg(oprname || ':' || oprcom::regoperator::text, ' ' ORDER BY oprname) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace
-- expect: <~~:~~~>(text,text) ~~>:0 ~~~>:<~~(text,text)
