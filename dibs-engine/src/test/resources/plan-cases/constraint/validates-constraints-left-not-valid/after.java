@Table("t") @Check("a > 0") public record T(@Pk int id, int a) {}
