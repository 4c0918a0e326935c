@Table("t") @Index(columns = "a") public record T(@Pk int id, int a) {}
