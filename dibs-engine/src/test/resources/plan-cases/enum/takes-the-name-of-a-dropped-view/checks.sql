SELECT count(*) FROM pg_type WHERE typname = 'mood' AND typtype = 'e'
-- expect: 1
