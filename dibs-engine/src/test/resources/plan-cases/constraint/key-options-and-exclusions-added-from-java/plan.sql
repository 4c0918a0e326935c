-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms DROP CONSTRAINT rooms_pkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms DROP CONSTRAINT rooms_code_key;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms DROP CONSTRAINT rooms_floor_check;
CREATE TABLE public.tags (
    id integer NOT NULL,
    label text,
    weight integer NOT NULL,
    CONSTRAINT tags_pkey PRIMARY KEY (id),
    CONSTRAINT tags_label_key UNIQUE NULLS NOT DISTINCT (label) DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT tags_weight_label_key UNIQUE (weight) INCLUDE (label),
    CONSTRAINT tags_one_heavy EXCLUDE USING btree (weight WITH =) WHERE ((weight > 100)) DEFERRABLE
);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.rooms ADD CONSTRAINT rooms_pkey PRIMARY KEY (id) INCLUDE (note) WITH (fillfactor=80) DEFERRABLE INITIALLY IMMEDIATE;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.rooms ADD CONSTRAINT rooms_code_floor_key UNIQUE NULLS NOT DISTINCT (code) INCLUDE (floor) WITH (fillfactor=70) DEFERRABLE INITIALLY DEFERRED;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.rooms ADD CONSTRAINT rooms_floor_check CHECK ((floor >= 0)) NO INHERIT NOT VALID;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.rooms ADD CONSTRAINT rooms_no_overlap EXCLUDE USING gist (during WITH &&) WHERE ((floor > 0));
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.rooms VALIDATE CONSTRAINT rooms_floor_check;
