CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE rooms (id integer, m mood, PRIMARY KEY (id) INCLUDE (m), CONSTRAINT rooms_m_check CHECK (m <> 'sad'),
    CONSTRAINT rooms_m_excl EXCLUDE USING btree (m WITH =) WHERE (m IS NOT NULL));
