@Table("favorites")
public record Favorite(@Pk long id, long userId, @Default("0") long postId, @Nullable String source) {}

@Table(value = "favorites_0", inherits = "favorites")
@Check(name = "favorites_0_user_id_check", value = "user_id % 2 = 0")
record Favorite0() {}

@Table(value = "favorites_1", inherits = "favorites")
@Check(name = "favorites_1_user_id_check", value = "user_id % 2 = 1")
record Favorite1(@Nullable String note) {}
