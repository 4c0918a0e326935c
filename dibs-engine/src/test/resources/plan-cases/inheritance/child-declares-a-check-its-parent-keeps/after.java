@Table("events")
@Check(name = "events_kind_check", value = "kind <> ''")
public record Event(long id, @Nullable String kind) {}

@Table(value = "events_2024", inherits = "events")
@Check(name = "events_kind_check", value = "kind <> ''")
record Event2024() {}
