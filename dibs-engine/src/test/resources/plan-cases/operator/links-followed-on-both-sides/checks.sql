SELECT (('ab' =~~ 'cd') AND ('ab' !~~~ 'abc') AND (##~ 'a long piece of text') AND NOT ('abc' <~~ 'ab'))::text
-- expect: true
SELECT string_agg(oprname || ':' || oprcom::regoperator::text || ':' || oprnegate::regoperator::text, ' ' ORDER BY oprname) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace AND oprname IN ('<~~', '=~~', '!~~~')
-- expect: !~~~:!~~~(text,text):=~~(text,text) <~~:0:0 =~~:=~~(text,text):!~~~(text,text)
