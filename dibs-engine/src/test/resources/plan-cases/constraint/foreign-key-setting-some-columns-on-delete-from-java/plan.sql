-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.notes DROP CONSTRAINT notes_folder_fk;
ALTER TABLE public.files ADD CONSTRAINT files_tenant_id_folder_id_fkey FOREIGN KEY (tenant_id, folder_id) REFERENCES public.folders (tenant_id, id) ON DELETE SET NULL (folder_id) NOT VALID;
ALTER TABLE public.notes ADD CONSTRAINT notes_folder_fk FOREIGN KEY (tenant_id, folder_id) REFERENCES public.folders (tenant_id, id) ON DELETE SET NULL (folder_id) NOT VALID;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.files VALIDATE CONSTRAINT files_tenant_id_folder_id_fkey;
-- hazards: VALIDATES_EXISTING_ROWS
-- after the rest commits, in a transaction of its own: reads every row without blocking writes; if it fails, the constraint stays NOT VALID
ALTER TABLE public.notes VALIDATE CONSTRAINT notes_folder_fk;
