@Table("items") @RenamedFrom("products")
public record Item(@Pk int id, @RenamedFrom("nickname") String label) {}
