@Table("events")
public record Event(long id, @Nullable String kind) {}

@Table(value = "events_2024", inherits = "events")
@Check(name = "events_kind_check", value = "kind <> ''")
record Event2024() {}

@Table(value = "events_2025", inherits = "events")
record Event2025() {}
