@Table(value = "docs", rowLevelSecurity = RowLevelSecurity.ENABLED)
public record Doc(@Pk int id) {}
// ----
@Table(value = "notes", rowLevelSecurity = RowLevelSecurity.FORCED)
public record Note(@Pk int id) {}
// ----
@Table("ledgers")
public record Ledger(@Pk int id) {}
// ----
@Table(value = "drafts", rowLevelSecurity = RowLevelSecurity.ENABLED)
public record Draft(@Pk int id) {}
// ----
@Table(value = "secrets", rowLevelSecurity = RowLevelSecurity.FORCED)
public record Secret(@Pk int id) {}
