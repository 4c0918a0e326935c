CREATE TABLE public.rooms (
    id integer NOT NULL,
    code text,
    floor integer NOT NULL,
    note text,
    during int4range,
    CONSTRAINT rooms_pkey PRIMARY KEY (id) INCLUDE (note) WITH (fillfactor=80) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT rooms_code_key UNIQUE NULLS NOT DISTINCT (code) INCLUDE (floor) WITH (fillfactor=70) DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT rooms_floor_check CHECK ((floor >= 0)) NO INHERIT,
    CONSTRAINT rooms_no_overlap EXCLUDE USING gist (during WITH &&) INCLUDE (note) WITH (fillfactor='60') WHERE ((floor > 0)) DEFERRABLE INITIALLY DEFERRED
);
