@Table("t") public record T(@Pk int id, Mood mood) {}
// ----
/** Feelings. */ @PgEnum public enum Mood { HAPPY, SAD }
