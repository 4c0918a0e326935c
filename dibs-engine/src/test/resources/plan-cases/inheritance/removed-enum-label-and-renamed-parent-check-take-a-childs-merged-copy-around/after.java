@Table("feelings")
@Check(name = "not_sad", value = "mood <> 'sad'")
public record Feeling(@Pk long id, Mood mood) {}

@PgEnum("mood")
enum Mood { happy, sad }

// the parent's check renamed while the enum it uses is re-created: the child's merged copy goes with
// the parent's, under its old name, and comes back from the parent under the new one
@Table(value = "feelings_0", inherits = "feelings")
record Feeling0() {}
