@Table("events")
public record Event(long id, @Nullable String kind) {}

@Table(value = "events_2024", inherits = "events")
@Check(name = "events_2024_kind_present", value = "kind <> ''")
record Event2024() {}
