@Table("events")
public record Event(long id, @Nullable String note) {}

@Table("tagged")
record Tagged(@Nullable String kind, @Nullable String tag) {}

// events drops kind (ONLY, which makes the child's copy its own as well): the child keeps it, from tagged too, with its rows
@Table(value = "events_2024", inherits = {"events", "tagged"})
record Event2024() {}
