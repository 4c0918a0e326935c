CREATE FUNCTION ok(x text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN x <> '';
CREATE TABLE feelings (id bigint NOT NULL, kind text, CONSTRAINT kind_check CHECK (ok(kind)));
CREATE TABLE moods (id bigint NOT NULL, kind text, CONSTRAINT kind_check CHECK (ok(kind)));
-- merged: from both parents, and declared again
CREATE TABLE feelings_0 (CONSTRAINT kind_check CHECK (ok(kind))) INHERITS (feelings, moods);
INSERT INTO feelings_0 VALUES (1, 'happy');
