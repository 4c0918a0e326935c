@Table("t") public record T(@Pk int id, E0 v) {}
// ----
@PgEnum("e0") public enum E0 { b, c, d, a }
