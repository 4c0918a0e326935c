CREATE TABLE public.badges (
    id integer NOT NULL,
    rank integer NOT NULL,
    CONSTRAINT badges_pkey PRIMARY KEY (id)
);
ALTER TABLE public.badges ADD CONSTRAINT badges_rank_check CHECK ((rank > 0)) NOT VALID;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK ((age >= 0)) NOT VALID;
ALTER TABLE public.users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs (id) NOT VALID;
ALTER TABLE public.users ADD CONSTRAINT users_org_id_region_fkey FOREIGN KEY (org_id, region) REFERENCES public.orgs (id, region) NOT VALID;
