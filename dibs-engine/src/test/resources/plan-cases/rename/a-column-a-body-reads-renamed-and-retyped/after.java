@Table("t")
public record T(@Pk int id, @RenamedFrom("a") long b, @RenamedFrom("keep") @Nullable Integer kept) {}
