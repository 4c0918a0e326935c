@Table("a")
public record A(int id, @Nullable Long k) {}

@Table("b")
record B(@Nullable String t) {}

@Table(value = "c", inherits = {"a", "b"})
record C() {}
