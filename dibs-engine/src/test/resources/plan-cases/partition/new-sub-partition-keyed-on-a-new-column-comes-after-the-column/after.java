// the new partition's own key reads the new column: it is created after the column is added
@Table(value = "events", partitionBy = "RANGE (created_at)")
@Partition(name = "events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
@Partition(name = "events_2025", bound = "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", partitionBy = "LIST (region)")
@Partition(name = "events_2025_rest", of = "events_2025", bound = "DEFAULT")
public record Event(long id, java.time.LocalDate createdAt, @Nullable String region) {}
