@Table("t") public record T(@Pk int id, int n, @Default("5") int code) {}
