CREATE SCHEMA app;
CREATE TABLE app.events (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id)
);
