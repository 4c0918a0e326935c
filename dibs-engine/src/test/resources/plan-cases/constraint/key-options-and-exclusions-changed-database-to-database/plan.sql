-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms DROP CONSTRAINT rooms_pkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms DROP CONSTRAINT rooms_code_key;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms DROP CONSTRAINT rooms_floor_check;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms DROP CONSTRAINT rooms_no_overlap;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms RENAME CONSTRAINT rooms_old_name TO rooms_new_name;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.rooms ADD CONSTRAINT rooms_pkey PRIMARY KEY (id) WITH (fillfactor=90);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.rooms ADD CONSTRAINT rooms_code_key UNIQUE (code) INCLUDE (note) DEFERRABLE INITIALLY IMMEDIATE;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms ADD CONSTRAINT rooms_floor_check CHECK ((floor >= 0)) NO INHERIT NOT VALID;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.rooms ADD CONSTRAINT rooms_no_overlap EXCLUDE USING gist (during WITH &&) WHERE ((floor > 0));
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.rooms VALIDATE CONSTRAINT rooms_floor_check;
