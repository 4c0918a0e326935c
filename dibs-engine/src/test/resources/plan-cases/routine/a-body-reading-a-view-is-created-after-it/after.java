@Table("t")
public record T(@Pk int id, @Nullable Integer a) {}
