@Table("keep")
public record Keep(@Pk long id) {}
