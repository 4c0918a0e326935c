@Table(value = "events", partitionBy = "RANGE (created_at)")
@Partition(name = "events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
public record Event(long id, java.time.LocalDate createdAt, @Nullable String kind) {}
