@Table("people") @RenamedFrom("users")
public record Person(@Pk int id, @Nullable String name) {}
// ----
@Table("snap")
public record Snap(@Pk int id, @Nullable @Column(type = "people") String who, @Nullable @Column(type = "people[]") String crowd) {}
