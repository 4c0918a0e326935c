-- Two keys on the same column: PostgreSQL binds a foreign key to the one it found when the key was created.
-- sessions_user_id_fkey: bound to users_pkey (the unique came later)
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE sessions (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users (id));
ALTER TABLE users ADD CONSTRAINT users_id_key UNIQUE (id);
-- pets_owner_id_fkey: bound to owners_id_key (the primary key came later)
CREATE TABLE owners (id int NOT NULL CONSTRAINT owners_id_key UNIQUE);
CREATE TABLE pets (id int PRIMARY KEY, owner_id int NOT NULL REFERENCES owners (id));
ALTER TABLE owners ADD PRIMARY KEY (id);
