@Table("t")
public record T(int id, @Nullable Mood c) {}

@PgEnum("mood")
enum Mood { happy, sad }

// t_ih goes before t's c becomes an enum: its own copy of the check (c >= 0) would refuse the new type
