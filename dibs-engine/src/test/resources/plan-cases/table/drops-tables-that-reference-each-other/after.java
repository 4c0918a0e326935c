@Table("keep") public record Keep(@Pk int id) {}
