@Table("t") public record T(@Pk int id, String name) {}
