@Table("events")
public record Event(long id, @Nullable String kind) {}

@Table("tagged")
record Tagged(@Nullable String kind, @Nullable String tag) {}

// events adds kind: PostgreSQL merges it with the child's copy from tagged, rows kept
@Table(value = "events_2024", inherits = {"events", "tagged"})
record Event2024() {}
