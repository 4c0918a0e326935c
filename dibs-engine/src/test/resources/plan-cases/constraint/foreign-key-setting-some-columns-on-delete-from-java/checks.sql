SELECT string_agg(conname || ': ' || pg_get_constraintdef(oid), ' | ' ORDER BY conname) FROM pg_constraint WHERE contype = 'f'
-- expect: files_tenant_id_folder_id_fkey: FOREIGN KEY (tenant_id, folder_id) REFERENCES folders(tenant_id, id) ON DELETE SET NULL (folder_id) | notes_folder_fk: FOREIGN KEY (tenant_id, folder_id) REFERENCES folders(tenant_id, id) ON DELETE SET NULL (folder_id)
