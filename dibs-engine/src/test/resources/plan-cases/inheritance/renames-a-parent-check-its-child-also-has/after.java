@Table("events")
@Check(name = "events_kind_present", value = "kind <> ''")
public record Event(long id, @Nullable String kind) {}

@Table(value = "events_2024", inherits = "events")
record Event2024() {}
