-- a table whose index and check use the operator goes first: PostgreSQL refuses to drop an operator something uses
CREATE TABLE kept (id integer PRIMARY KEY);
