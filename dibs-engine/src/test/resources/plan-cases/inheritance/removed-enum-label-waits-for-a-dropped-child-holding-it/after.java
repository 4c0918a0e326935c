@Table("events")
public record Event(int id, @Nullable Status s) {}

// the archive goes before the type is re-created without 'legacy': PostgreSQL would convert its rows too
@PgEnum("status")
enum Status { active }
