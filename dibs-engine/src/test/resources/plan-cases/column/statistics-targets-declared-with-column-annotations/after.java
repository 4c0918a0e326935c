@Table("posts")
public record Post(@Pk long id, @Column(statistics = 2000) String tagIndex, @Column(statistics = 0) String note) {}

@Table(value = "events", partitionBy = "range (at)")
@Partition(name = "events_2025", bound = "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')")
record Event(@Pk java.time.LocalDate at, @Column(statistics = 300) String kind) {}
