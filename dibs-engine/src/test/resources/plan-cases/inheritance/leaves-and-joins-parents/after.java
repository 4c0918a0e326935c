@Table("old_events")
@Check(name = "old_events_kind_check", value = "kind <> ''")
public record OldEvent(long id, @Nullable String kind) {}

@Table("events")
@Check(name = "events_kind_check", value = "kind <> ''")
record Event(long id, @Nullable String kind) {}

@Table(value = "events_2024", inherits = "events")
record Event2024() {}

@Table(value = "events_2025", inherits = "events")
record Event2025() {}
