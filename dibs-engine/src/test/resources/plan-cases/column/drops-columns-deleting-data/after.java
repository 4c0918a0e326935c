@Table("t") public record T(@Pk int id) {}
