@Table("p") public record P(@Pk int id) {}
// ----
@Table("t")
@Check(name = "t_rule", value = "a > 1")
@UniqueConstraint(name = "t_pair", columns = "a, b")
public record T(@Pk int id, int a, int b,
    @References(value = "p.id", onDelete = Action.CASCADE, name = "t_p") int pId) {}
