@Table("t")
public record T(int id, @Nullable Long k) {}

@Table("o")
record O(@Nullable Integer k) {}

@Table("b")
record B(int id, @Nullable Integer k) {}

@Table(value = "d", inherits = {"b", "o"})
record D() {}
