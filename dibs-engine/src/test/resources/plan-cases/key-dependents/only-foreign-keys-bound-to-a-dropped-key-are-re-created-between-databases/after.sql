CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE sessions (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users (id));
CREATE TABLE owners (id int PRIMARY KEY);
CREATE TABLE pets (id int PRIMARY KEY, owner_id int NOT NULL REFERENCES owners (id));
