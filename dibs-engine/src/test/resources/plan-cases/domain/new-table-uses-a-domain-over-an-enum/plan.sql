CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE DOMAIN public.cheerful AS public.mood DEFAULT 'happy'::public.mood CONSTRAINT cheerful_check CHECK ((VALUE <> 'sad'::public.mood));
CREATE DOMAIN public.positive AS integer CONSTRAINT positive_check CHECK ((VALUE > 0)) CONSTRAINT positive_small CHECK ((VALUE < 100));
CREATE TABLE public.people (
    id public.positive NOT NULL,
    mood public.cheerful NOT NULL,
    scores public.positive[],
    CONSTRAINT people_pkey PRIMARY KEY (id)
);
