-- notes: the list dropped (all the key's columns set: tenant_id made nullable for it); files: kept;
-- links: a new table whose key sets one column to its default
CREATE TABLE folders (tenant_id bigint NOT NULL, id bigint NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE notes (tenant_id bigint, id bigint NOT NULL, folder_id bigint, UNIQUE (tenant_id, id),
    CONSTRAINT notes_folder_fk FOREIGN KEY (tenant_id, folder_id) REFERENCES folders (tenant_id, id) ON DELETE SET NULL);
CREATE TABLE files (tenant_id bigint NOT NULL, id bigint NOT NULL, folder_id bigint, PRIMARY KEY (tenant_id, id),
    CONSTRAINT files_folder_fk FOREIGN KEY (tenant_id, folder_id) REFERENCES folders (tenant_id, id) ON DELETE SET NULL (folder_id));
CREATE TABLE links (tenant_id bigint NOT NULL, id bigint PRIMARY KEY, folder_id bigint DEFAULT 0,
    CONSTRAINT links_folder_fk FOREIGN KEY (tenant_id, folder_id) REFERENCES folders (tenant_id, id) ON DELETE SET DEFAULT (folder_id));
