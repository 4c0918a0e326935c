@Table(value = "events", partitionBy = "RANGE (created_at)")
@Partition(name = "events_early", bound = "FOR VALUES FROM ('2024-01-01') TO ('2024-04-01')")
@Partition(name = "events_late", bound = "FOR VALUES FROM ('2024-04-01') TO ('2025-01-01')")
public record Event(long id, java.time.LocalDate createdAt) {}
