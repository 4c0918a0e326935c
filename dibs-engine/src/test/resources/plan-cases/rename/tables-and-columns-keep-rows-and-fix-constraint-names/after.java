@Table("catalog_items") @RenamedFrom("products") @Check("price >= 0") @Index(columns = "(lower(display_name))")
public record Item(@Pk int id, @RenamedFrom("nickname") @Unique String displayName, int price) {}
// ----
@Table("orders") public record Order(@Pk int id, @References("catalog_items.id") int productId) {}
