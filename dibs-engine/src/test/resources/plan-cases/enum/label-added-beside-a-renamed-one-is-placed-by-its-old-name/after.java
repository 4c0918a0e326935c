@Table("jobs") public record Job(@Pk int id, Status status) {}
// ----
public enum Status { NEW, PACKED, @RenamedFrom("SENT") SHIPPED, DELIVERED }
