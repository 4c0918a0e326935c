@Table("a")
public record A(int id, @Nullable Long k, @RenamedFrom("j") @Nullable Integer jj) {}

@Table(value = "b1", inherits = "a")
record B1() {}

@Table(value = "b2", inherits = "a")
record B2() {}

@Table(value = "c", inherits = {"b1", "b2"})
record C() {}
