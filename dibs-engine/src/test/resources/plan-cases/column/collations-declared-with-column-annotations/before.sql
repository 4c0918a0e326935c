CREATE TABLE accounts (id bigint PRIMARY KEY, handle text COLLATE "POSIX" NOT NULL UNIQUE, email text COLLATE "C" NOT NULL);
