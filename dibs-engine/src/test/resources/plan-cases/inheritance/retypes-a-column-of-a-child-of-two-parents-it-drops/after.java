// c, which has k from a and b, goes: only then can a's k be retyped (the retype waits for the drop)
@Table("a")
public record A(int id, @Nullable Long k) {}

@Table("b")
record B(@Nullable Integer k) {}
