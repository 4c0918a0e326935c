-- each identity key becomes a serial: its new sequence goes on from where the identity's was, or the
-- next row would take key 1 again
CREATE TABLE s (id serial PRIMARY KEY, v text);
CREATE TABLE e (id bigserial PRIMARY KEY);
