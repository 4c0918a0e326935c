@Table("favorites")
public record Favorite(@Pk long id, long userId) {}

@Table(value = "favorites_0", inherits = "favorites")
record Favorite0() {}

@Table(value = "favorites_1", inherits = "favorites")
record Favorite1(@Nullable String legacy) {}
