CREATE TABLE rooms (id int NOT NULL, code text, floor int NOT NULL, note text, during int4range,
    CONSTRAINT rooms_pkey PRIMARY KEY (id) WITH (fillfactor = 90),
    CONSTRAINT rooms_code_key UNIQUE (code) INCLUDE (note) DEFERRABLE,
    CONSTRAINT rooms_floor_check CHECK (floor >= 0) NO INHERIT,
    CONSTRAINT rooms_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (floor > 0),
    CONSTRAINT rooms_new_name EXCLUDE USING btree (floor WITH =) WHERE (floor > 100));
