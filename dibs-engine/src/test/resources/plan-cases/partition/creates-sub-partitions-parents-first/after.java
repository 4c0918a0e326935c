@Table(value = "events", partitionBy = "RANGE (created_at)")
@Partition(name = "a_events_eu", of = "z_events_2024", bound = "FOR VALUES IN ('eu')")
@Partition(name = "events_2024_rest", of = "z_events_2024", bound = "DEFAULT", partitionBy = "HASH (id)")
@Partition(name = "events_2024_rest_0", of = "events_2024_rest", bound = "FOR VALUES WITH (MODULUS 2, REMAINDER 0)")
@Partition(name = "events_2024_rest_1", of = "events_2024_rest", bound = "FOR VALUES WITH (MODULUS 2, REMAINDER 1)")
@Partition(name = "events_2025", bound = "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')")
@Partition(name = "z_events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", partitionBy = "LIST (region)")
public record Event(long id, java.time.LocalDate createdAt, String region, @Index @Nullable String note) {}
