@Table("t")
@Index(columns = "a", comment = "now described")
@Index(columns = "b", comment = "new words")
@Index(columns = "c")
@Index(columns = "d", name = "t_d_idx", comment = "renamed, then described")
@Index(columns = "id, a", comment = "it's new")
public record T(@Pk int id, @Nullable Integer a, @Nullable Integer b, @Nullable Integer c, @Nullable Integer d) {}
