-- rows already took keys 1 and 2 from s's sequence; e's was never called; "Odd"'s took one
CREATE TABLE s (id serial PRIMARY KEY, v text);
INSERT INTO s (v) VALUES ('a'), ('b');
CREATE TABLE e (id bigserial PRIMARY KEY);
CREATE TABLE "Odd" ("Key" serial PRIMARY KEY, v text);
INSERT INTO "Odd" (v) VALUES ('a');
