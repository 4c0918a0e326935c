@Table(value = "events", partitionBy = "range (created_at)")
@Partition(name = "events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
@Partition(name = "events_2025", bound = "for values from ('2025-01-01') to ('2026-01-01')")
@Partition(name = "events_other", bound = "default")
@Index(columns = "kind")
public record Event(@Pk long id, @Pk java.time.LocalDate createdAt, String kind) {}
