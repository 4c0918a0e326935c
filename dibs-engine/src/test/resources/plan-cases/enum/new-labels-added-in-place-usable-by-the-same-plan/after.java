@Table("jobs") @Check("status <> 'FAILED'")
public record Job(@Pk int id, @Default("'RUNNING'") Status status) {}
// ----
public enum Status { QUEUED, NEW, RUNNING, DONE, FAILED }
