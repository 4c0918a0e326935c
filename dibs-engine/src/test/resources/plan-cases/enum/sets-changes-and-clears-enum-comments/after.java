@Table("t") public record T(@Pk int id, Plain p, Changed c, Cleared x) {}
// ----
/** Now described. */ @PgEnum public enum Plain { A }
// ----
/** New words. */ @PgEnum public enum Changed { A }
// ----
@PgEnum public enum Cleared { A }
