@Table("feelings")
@Check(name = "not_sad", value = "mood <> 'sad'")
public record Feeling(@Pk long id, Mood mood) {}

@PgEnum("mood")
enum Mood { happy, sad }

// the parent's check renamed while the enum it uses is re-created; the child declares it under the
// new name: its copy goes under the old one, and comes back its own and the parent's
@Table(value = "feelings_0", inherits = "feelings")
@Check(name = "not_sad", value = "mood <> 'sad'")
record Feeling0() {}
