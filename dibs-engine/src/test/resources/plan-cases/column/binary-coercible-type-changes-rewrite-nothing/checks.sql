SELECT net::text || ' ' || doc || doc2 || ' ' || flags::text || ' ' || flags2::text || ' ' || more::text FROM t
-- expect: 10.0.0.0/8 <a/><b/> 1010 0110 101
