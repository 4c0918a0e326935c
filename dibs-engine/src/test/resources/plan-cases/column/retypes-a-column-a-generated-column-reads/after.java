@Table("t")
@Check(name = "t_doubled_check", value = "doubled >= 0")
@Index(name = "t_doubled_idx", columns = "doubled")
@Index(name = "t_label_idx", columns = "(lower(label))", where = "note IS NOT NULL")
public record T(@Pk int id, long price, @GeneratedAs("price * 2") long doubled,
        @Nullable @GeneratedAs("'p' || price") String label, @Nullable String note) {}
