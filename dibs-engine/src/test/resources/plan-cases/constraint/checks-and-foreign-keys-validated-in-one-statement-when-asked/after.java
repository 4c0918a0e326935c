@Table("p") public record P(@Pk int id) {}
// ----
@Table("t") @Check("n > 0")
public record T(@Pk int id, @References("p.id") int pId, int n) {}
