-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.posts DROP CONSTRAINT posts_tag_slug_fkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.tags_slug_idx;
-- hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS
CREATE UNIQUE INDEX tags_slug_idx ON public.tags USING btree (slug) INCLUDE (label);
ALTER TABLE public.posts ADD CONSTRAINT posts_tag_slug_fkey FOREIGN KEY (tag_slug) REFERENCES public.tags (slug) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_tag_slug_fkey;
