/** The "order" table; it's quoted. */
@Table("Order")
@Index(columns = "\"select\", \"Größe\"", name = "Order by select")
@Check(name = "Order's check", value = "\"select\" >= 0")
public record Order(@Pk @Column(name = "user") int user, @Column(name = "select") int select_,
    @Unique @Column(name = "Größe") String size, @Nullable @Column(name = "with \"quote\"") String quoted,
    @Column(name = "from") Mood from) {}
// ----
@PgEnum("Mood Type") public enum Mood { @RenamedFrom("x") HAPPY, SAD }
// ----
@Table("line items")
public record LineItem(@Pk int id, @References(value = "Order.user", onDelete = Action.CASCADE) int orderUser) {}
