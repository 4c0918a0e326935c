@Table("t")
@Index(columns = "(lower(name))", where = "name <> ''")
@Check("n >= 0")
public record T(@Pk @Identity long id, String name, @Default("0") int n, @Default("now()") java.time.Instant at,
    Mood mood, @Default("'HAPPY'") Mood other) {}
// ----
public enum Mood { HAPPY, SAD }
