-- the server's default version (1.8), and the comment the control file gives (read as none)
CREATE EXTENSION hstore WITH SCHEMA public;
CREATE TABLE doc (id int PRIMARY KEY, attrs hstore);
