@Table("feelings")
public record Feeling(@Pk long id, Mood mood) {}

@PgEnum("mood")
enum Mood { happy, sad }

@Table(value = "feelings_0", inherits = "feelings")
record Feeling0() {}
