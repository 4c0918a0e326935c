@Table("folders")
public record Folder(@Pk long tenantId, @Pk long id) {}
// ----
// a note whose folder goes keeps its tenant: only folder_id is set null (tenant_id is NOT NULL)
@Table("notes")
@ForeignKey(name = "notes_folder_fk", columns = "tenant_id, folder_id", references = "folders(tenant_id, id)",
    onDelete = Action.SET_NULL, onDeleteSet = "folderId")
public record Note(@Pk long tenantId, @Pk long id, @Nullable Long folderId) {}
// ----
@Table("files")
@ForeignKey(columns = "tenant_id, folder_id", references = "folders(tenant_id, id)", onDelete = Action.SET_NULL,
    onDeleteSet = "folder_id")
public record FileRow(@Pk long tenantId, @Pk long id, @Nullable Long folderId) {}
