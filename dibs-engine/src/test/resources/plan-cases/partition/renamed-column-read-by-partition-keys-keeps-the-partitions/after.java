@Table(value = "events", partitionBy = "LIST (area)")
@Partition(name = "events_eu", bound = "FOR VALUES IN ('eu', 'uk')", partitionBy = "LIST (area)")
@Partition(name = "events_eu_uk", of = "events_eu", bound = "FOR VALUES IN ('uk')")
@Partition(name = "events_eu_rest", of = "events_eu", bound = "DEFAULT")
public record Event(long id, @RenamedFrom("region") String area) {}
