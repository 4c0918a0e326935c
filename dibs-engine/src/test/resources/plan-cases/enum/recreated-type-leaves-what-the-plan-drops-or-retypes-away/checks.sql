SELECT status::text || ' ' || legacy || ' ' || note::text || ' ' || coalesce(later::text, '-') FROM jobs
-- expect: DONE OLD NEW -
SELECT string_agg(typname, ',' ORDER BY typname) FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd')
-- expect: status
