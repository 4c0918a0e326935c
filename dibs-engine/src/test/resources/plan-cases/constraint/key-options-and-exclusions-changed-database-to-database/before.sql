CREATE TABLE rooms (id int NOT NULL, code text, floor int NOT NULL, note text, during int4range,
    CONSTRAINT rooms_pkey PRIMARY KEY (id) WITH (fillfactor = 70),
    CONSTRAINT rooms_code_key UNIQUE NULLS NOT DISTINCT (code) INCLUDE (floor) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT rooms_floor_check CHECK (floor >= 0),
    CONSTRAINT rooms_no_overlap EXCLUDE USING gist (during WITH &&),
    CONSTRAINT rooms_old_name EXCLUDE USING btree (floor WITH =) WHERE (floor > 100));
