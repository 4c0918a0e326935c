@Table("customers") @RenamedFrom("accounts")
public record Customer(@Pk int id, @Nullable Integer balance) {}
