@Table("t")
public record T(@Pk int id, @Nullable String note, @Default("0") int n, @Default("gen_random_uuid()") java.util.UUID key) {}
