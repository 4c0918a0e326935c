@Table("states") public record State(@Pk Status status) {}
// ----
@Table("jobs") public record Job(@Pk int id, @References("states.status") Status status) {}
// ----
public enum Status { DONE, NEW }
