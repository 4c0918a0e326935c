@Table("t")
public record T(@Pk @Identity int id, String a, @Nullable String b, @Identity int c) {}
