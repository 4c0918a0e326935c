@Table("pairs") @UniqueConstraint(name = "pairs_key", columns = "b, a")
public record Pair(int a, int b) {}
// ----
@Table("links") @ForeignKey(columns = "a, b", references = "pairs(a, b)", name = "links_pair_fkey")
public record Link(@Pk int id, int a, int b) {}
