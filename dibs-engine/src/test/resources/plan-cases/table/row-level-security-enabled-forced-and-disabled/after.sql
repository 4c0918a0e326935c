-- docs: enabled; notes: enabled and forced; ledgers: all off; drafts: forced no more;
-- marks: forced without being enabled, enabled now; secrets: a new table, enabled and forced
CREATE TABLE docs (id int PRIMARY KEY);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE TABLE notes (id int PRIMARY KEY);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE TABLE ledgers (id int PRIMARY KEY);
CREATE TABLE drafts (id int PRIMARY KEY);
ALTER TABLE drafts ENABLE ROW LEVEL SECURITY;
CREATE TABLE marks (id int PRIMARY KEY);
ALTER TABLE marks ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE TABLE secrets (id int PRIMARY KEY);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
