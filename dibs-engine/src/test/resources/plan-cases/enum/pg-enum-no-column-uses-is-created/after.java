@Table("t") public record T(@Pk int id) {}
// ----
@PgEnum("shipping") public enum Shipping { @PgEnum.Label("not shipped") NOT_SHIPPED, @PgEnum.Label("new") NEW, done }
// ----
public enum Plain { X, Y }
