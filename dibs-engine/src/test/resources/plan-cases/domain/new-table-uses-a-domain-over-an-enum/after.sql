CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN cheerful AS mood DEFAULT 'happy' CHECK (VALUE <> 'sad');
CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0) CONSTRAINT positive_small CHECK (VALUE < 100);
CREATE TABLE people (id positive PRIMARY KEY, mood cheerful NOT NULL, scores positive[]);
