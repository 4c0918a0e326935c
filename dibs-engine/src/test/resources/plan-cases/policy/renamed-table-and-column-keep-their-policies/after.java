@Table("customers") @RenamedFrom("accounts")
public record Customer(@Pk int id, @RenamedFrom("balance") @Nullable Integer credit) {}
