@Table("events")
@Check(name = "events_id_positive", value = "id > 0")
public record Event(long id, @Nullable String kind) {}

@Table(value = "events_2024", inherits = "events")
record Event2024() {}

@Table(value = "events_2024_q1", inherits = "events_2024")
record Event2024Q1() {}
