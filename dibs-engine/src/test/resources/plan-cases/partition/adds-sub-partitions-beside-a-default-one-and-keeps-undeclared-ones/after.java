// a new partition of an existing partitioned partition beside its DEFAULT one (whose rows PostgreSQL
// checks), a new partitioned partition with its own, and a partition made by hand kept
@Table(value = "events", partitionBy = "RANGE (created_at)")
@Partition(name = "events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", partitionBy = "LIST (region)")
@Partition(name = "events_2024_rest", of = "events_2024", bound = "DEFAULT")
@Partition(name = "events_2024_us", of = "events_2024", bound = "FOR VALUES IN ('us')")
@Partition(name = "events_2025", bound = "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", partitionBy = "LIST (region)")
@Partition(name = "events_2025_rest", of = "events_2025", bound = "DEFAULT")
public record Event(long id, java.time.LocalDate createdAt, String region) {}
