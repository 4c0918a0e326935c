@Table(value = "counters", unlogged = true, with = "fillfactor=50, autovacuum_vacuum_scale_factor=0.005")
public record Counter(@Pk int id, long n) {}
// ----
@Table(value = "hits", unlogged = true, with = "fillfactor=60")
public record Hit(@Pk int id) {}
