@Table("jobs") public record Job(@Pk int id, @Default("'NEW'") Status status, java.util.List<Status> history) {}
// ----
public enum Status { DONE, NEW }
