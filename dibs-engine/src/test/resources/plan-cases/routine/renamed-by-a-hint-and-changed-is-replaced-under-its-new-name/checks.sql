SELECT label(' Hello ')
-- expect: page hello
SELECT path FROM pages WHERE id = 1
-- expect: hello
