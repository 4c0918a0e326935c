// events_2024's bound changes: it goes with events_2024_eu/us and comes back with them;
// events_2025's key changes; events_2026 becomes partitioned; orders_eu becomes a plain
// partition (it has none of its own); orders_us moves under a new partition
@Table(value = "events", partitionBy = "RANGE (created_at)")
@Partition(name = "events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", partitionBy = "LIST (region)")
@Partition(name = "events_2024_eu", of = "events_2024", bound = "FOR VALUES IN ('eu')")
@Partition(name = "events_2024_us", of = "events_2024", bound = "FOR VALUES IN ('us')")
@Partition(name = "events_2025", bound = "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", partitionBy = "HASH (id)")
@Partition(name = "events_2025_all", of = "events_2025", bound = "FOR VALUES WITH (MODULUS 1, REMAINDER 0)")
@Partition(name = "events_2026", bound = "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')", partitionBy = "LIST (region)")
@Partition(name = "events_2026_eu", of = "events_2026", bound = "FOR VALUES IN ('eu')")
record Event(long id, java.time.LocalDate createdAt, String region) {}

@Table(value = "orders", partitionBy = "LIST (region)")
@Partition(name = "orders_eu", bound = "FOR VALUES IN ('eu')")
@Partition(name = "orders_america", bound = "FOR VALUES IN ('us', 'ca')", partitionBy = "LIST (region)")
@Partition(name = "orders_us", of = "orders_america", bound = "FOR VALUES IN ('us')")
record Order(long id, String region) {}
