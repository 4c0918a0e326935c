CREATE TABLE members (id int PRIMARY KEY, name text NOT NULL, level bigint);
CREATE TABLE docs (id int PRIMARY KEY, owner int NOT NULL);
CREATE VIEW active_members AS SELECT id FROM members;
CREATE POLICY by_level ON docs USING (owner IN (SELECT id FROM members WHERE level > 0));
CREATE POLICY by_active ON docs FOR SELECT USING (owner IN (SELECT id FROM active_members));
CREATE POLICY by_name ON docs FOR DELETE USING (EXISTS (SELECT 1 FROM members m WHERE m.id = owner AND m.name <> ''));
