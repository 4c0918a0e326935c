CREATE TABLE rooms (id int NOT NULL, code text, floor int NOT NULL, note text, during int4range,
    CONSTRAINT rooms_pkey PRIMARY KEY (id),
    CONSTRAINT rooms_code_key UNIQUE (code),
    CONSTRAINT rooms_floor_check CHECK (floor >= 0));
