@Table("events")
@Check(name = "kind_check", value = "kind <> ''")
public record Event(long id, @Nullable String kind) {}

@Table("tagged")
record Tagged(long id, @Nullable String kind) {}

// leaves events: the check stays inherited from tagged (PostgreSQL counts it down, not its own), and
// goes with tagged's
@Table(value = "events_2024", inherits = "tagged")
record Event2024() {}
