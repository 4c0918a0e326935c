@Table("t")
public record T(int id, @Nullable Mood c) {}

@PgEnum("mood")
enum Mood { happy, sad }

// t_ih goes, but after what still uses it: its own copy of the check (c >= 0) is dropped before the
// parent's column becomes an enum, which that check would refuse, and so is its index on (c + 1)
