-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.links DROP CONSTRAINT links_pair_fkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.pairs DROP CONSTRAINT pairs_key;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.pairs ADD CONSTRAINT pairs_key UNIQUE (b, a);
ALTER TABLE public.links ADD CONSTRAINT links_pair_fkey FOREIGN KEY (a, b) REFERENCES public.pairs (a, b) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.links VALIDATE CONSTRAINT links_pair_fkey;
