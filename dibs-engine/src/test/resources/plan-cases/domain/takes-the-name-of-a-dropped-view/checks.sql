SELECT count(*) FROM pg_type WHERE typname = 'score' AND typtype = 'd'
-- expect: 1
