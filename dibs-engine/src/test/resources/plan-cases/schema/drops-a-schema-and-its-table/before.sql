CREATE SCHEMA app;
CREATE TABLE app.events (id bigint PRIMARY KEY);
CREATE TABLE public.keep (id int PRIMARY KEY);
