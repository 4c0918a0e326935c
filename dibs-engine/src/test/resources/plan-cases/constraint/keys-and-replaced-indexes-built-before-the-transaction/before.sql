CREATE TABLE accounts (id bigint NOT NULL, email text NOT NULL, handle text, region text NOT NULL, plan text NOT NULL);
CREATE INDEX accounts_region_idx ON accounts (region);
CREATE UNIQUE INDEX accounts_handle_key ON accounts (handle);
INSERT INTO accounts VALUES (1, 'a@example.com', 'a', 'eu', 'free'), (2, 'b@example.com', NULL, 'us', 'pro');
