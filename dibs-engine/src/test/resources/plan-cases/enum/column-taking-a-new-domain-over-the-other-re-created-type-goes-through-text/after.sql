-- Both types are created again. a leaves mood for the new domain happy over status, which can only be
-- created once status is; b leaves status for mood: a ring, as two columns trading the types. Both
-- leave through text before the re-creations and take their new types after.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'new');
CREATE TYPE status AS ENUM ('new', 'ok', 'sad');
CREATE DOMAIN happy AS status CHECK (VALUE <> 'new');
CREATE TABLE t (id integer PRIMARY KEY, a happy, b mood);
