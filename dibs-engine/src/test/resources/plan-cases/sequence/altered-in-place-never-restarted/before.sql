CREATE SEQUENCE counter AS bigint START WITH 5;
SELECT nextval('counter');
SELECT nextval('counter');
