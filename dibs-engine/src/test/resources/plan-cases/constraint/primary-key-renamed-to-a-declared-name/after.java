@Table("orders")
public record Order(@Pk(name = "old_orders_pkey") int id, @Pk int line) {}
