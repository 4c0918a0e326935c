@Table("accounts")
public record Account(@Pk int id, @RenamedFrom("balance") @Nullable Long credit) {}
