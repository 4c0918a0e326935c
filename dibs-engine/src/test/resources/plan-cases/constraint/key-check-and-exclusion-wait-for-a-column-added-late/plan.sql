-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms DROP CONSTRAINT rooms_pkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
DROP TABLE public.old_rooms;
ALTER TYPE public.mood RENAME TO mood_dibs_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
-- hazards: DELETES_DATA
DROP TYPE public.mood_dibs_old;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms ADD COLUMN m public.mood;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.rooms ADD CONSTRAINT rooms_pkey PRIMARY KEY (id) INCLUDE (m);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms ADD CONSTRAINT rooms_m_check CHECK ((m <> 'sad'::public.mood)) NOT VALID;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.rooms ADD CONSTRAINT rooms_m_excl EXCLUDE USING btree (m WITH =) WHERE ((m IS NOT NULL));
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.rooms VALIDATE CONSTRAINT rooms_m_check;
