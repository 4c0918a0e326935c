@Table("Orders") @RenamedFrom("Order")
public record Order(@Pk @Column(name = "user") int user, @RenamedFrom("select") @Column(name = "group") long group,
    @Nullable @Column(name = "Größe") String size, @Column(name = "from") Mood from) {}
// ----
@PgEnum("Mood Type") public enum Mood { @RenamedFrom("HAPPY") GLAD, SAD }
// ----
@Table("line items") public record LineItem(@Pk int id, int orderUser) {}
