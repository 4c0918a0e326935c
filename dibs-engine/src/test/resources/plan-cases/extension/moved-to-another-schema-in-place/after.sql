-- citext is relocatable: ALTER EXTENSION … SET SCHEMA, nothing dropped
CREATE SCHEMA app;
CREATE EXTENSION citext WITH SCHEMA app;
