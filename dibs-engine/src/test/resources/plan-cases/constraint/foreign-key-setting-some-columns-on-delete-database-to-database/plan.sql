-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.notes DROP CONSTRAINT notes_folder_fk;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.notes DROP CONSTRAINT notes_pkey;
CREATE TABLE public.links (
    tenant_id bigint NOT NULL,
    id bigint NOT NULL,
    folder_id bigint DEFAULT 0,
    CONSTRAINT links_pkey PRIMARY KEY (id)
);
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.notes ALTER COLUMN tenant_id DROP NOT NULL;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS
ALTER TABLE public.notes ADD CONSTRAINT notes_tenant_id_id_key UNIQUE (tenant_id, id);
ALTER TABLE public.links ADD CONSTRAINT links_folder_fk FOREIGN KEY (tenant_id, folder_id) REFERENCES public.folders (tenant_id, id) ON DELETE SET DEFAULT (folder_id);
ALTER TABLE public.notes ADD CONSTRAINT notes_folder_fk FOREIGN KEY (tenant_id, folder_id) REFERENCES public.folders (tenant_id, id) ON DELETE SET NULL NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.notes VALIDATE CONSTRAINT notes_folder_fk;
