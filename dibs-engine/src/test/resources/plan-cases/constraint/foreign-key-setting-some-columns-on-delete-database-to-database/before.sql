CREATE TABLE folders (tenant_id bigint NOT NULL, id bigint NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE notes (tenant_id bigint NOT NULL, id bigint NOT NULL, folder_id bigint, PRIMARY KEY (tenant_id, id),
    CONSTRAINT notes_folder_fk FOREIGN KEY (tenant_id, folder_id) REFERENCES folders (tenant_id, id) ON DELETE SET NULL (folder_id));
CREATE TABLE files (tenant_id bigint NOT NULL, id bigint NOT NULL, folder_id bigint, PRIMARY KEY (tenant_id, id),
    CONSTRAINT files_folder_fk FOREIGN KEY (tenant_id, folder_id) REFERENCES folders (tenant_id, id) ON DELETE SET NULL (folder_id));
