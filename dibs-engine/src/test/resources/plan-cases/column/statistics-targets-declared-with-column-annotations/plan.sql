CREATE TABLE public.events (
    at date NOT NULL,
    kind text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (at)
) PARTITION BY RANGE (at);
ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS 300;
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY public.events_2025 ALTER COLUMN kind SET STATISTICS 300;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, VALIDATES_EXISTING_ROWS
ALTER TABLE public.posts ADD COLUMN note text NOT NULL;
ALTER TABLE ONLY public.posts ALTER COLUMN note SET STATISTICS 0;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.posts ADD CONSTRAINT posts_tag_index_dibs_not_null CHECK (tag_index IS NOT NULL) NOT VALID;
ALTER TABLE ONLY public.posts ALTER COLUMN tag_index SET STATISTICS 2000;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_tag_index_dibs_not_null;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
-- after the validations commit, in one last transaction with the others so marked: the validated check proves no row holds NULL, so SET NOT NULL reads none
ALTER TABLE public.posts ALTER COLUMN tag_index SET NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
-- after the validations commit, in one last transaction with the others so marked: the validated check proves no row holds NULL, so SET NOT NULL reads none
ALTER TABLE public.posts DROP CONSTRAINT posts_tag_index_dibs_not_null;
