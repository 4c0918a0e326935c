SELECT total() || '/' || twice() || '/' || has_old() || '/' || n_sum() || '/' || price_text() || '/' || pg_typeof(price) FROM t
-- expect: 5/10/true/1/5/bigint
