@Table("feelings")
@Check(name = "feelings_mood_check", value = "mood <> 'sad'")
public record Feeling(@Pk long id, Mood mood) {}

@PgEnum("mood")
enum Mood { happy, sad }

@Table(value = "feelings_0", inherits = "feelings")
record Feeling0() {}

@Table(value = "feelings_1", inherits = "feelings")
@Check(name = "feelings_mood_check", value = "mood <> 'sad'")
record Feeling1() {}
