// events drops its check: the child still has it from tagged
@Table("events")
public record Event(long id, @Nullable String kind) {}

@Table("tagged")
@Check(name = "kind_check", value = "kind <> ''")
record Tagged(long id, @Nullable String kind) {}

@Table(value = "events_2024", inherits = "tagged")
record Event2024() {}
