-- the operator goes before its function: PostgreSQL refuses to drop a function an operator calls
CREATE TABLE kept (id integer PRIMARY KEY);
