@Table("events")
public record Event(long id, @Nullable String kind) {}

@Table("tagged")
@Check(name = "kind_check", value = "kind <> ''")
record Tagged(long id, @Nullable String kind) {}

@Table(value = "events_2024", inherits = {"events", "tagged"})
record Event2024() {}

@Table(value = "events_2025", inherits = "events")
@Check(name = "kind_check", value = "kind <> ''")
record Event2025() {}
