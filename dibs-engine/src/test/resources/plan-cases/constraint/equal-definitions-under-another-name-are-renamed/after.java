@Table("t") @Check("a > 0") @Index(columns = "a DESC")
public record T(@Pk int id, @Unique int a) {}
