CREATE TABLE public.app_users (
    id integer NOT NULL,
    name text NOT NULL,
    CONSTRAINT app_users_pkey PRIMARY KEY (id)
);
ALTER TABLE public.app_users ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY self ON public.app_users AS PERMISSIVE FOR ALL TO dibs_case_reader USING ((name = CURRENT_USER));
