@Table("events")
public record Event(@Nullable String kind) {}

@Table(value = "events_2024", inherits = "events")
record Event2024() {}

@Table(value = "events_2025", inherits = "events")
record Event2025(int id) {}
