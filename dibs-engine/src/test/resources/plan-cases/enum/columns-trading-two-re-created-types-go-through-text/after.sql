-- Both types are created again (labels moved), and their columns trade them: a and c leave mood for
-- status, b leaves status for mood. Each re-creation drops the old type once the columns leaving it
-- have gone, and each of those waits for the other type's re-creation: a ring. The columns leave
-- through text (text[] for c) before the re-creations and take their new types after.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'new');
CREATE TYPE status AS ENUM ('new', 'ok', 'sad');
CREATE TABLE t (id integer PRIMARY KEY, a status DEFAULT 'ok', b mood, c status[]);
