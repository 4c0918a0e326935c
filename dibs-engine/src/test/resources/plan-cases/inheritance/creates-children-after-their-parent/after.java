@Table("favorites")
@Check(name = "favorites_user_id_positive", value = "user_id > 0")
public record Favorite(@Pk @Identity long id, long userId, long postId, @Default("now()") java.time.OffsetDateTime createdAt) {}

@Table(value = "favorites_0", inherits = "favorites")
@Check(name = "favorites_0_user_id_check", value = "user_id % 2 = 0")
record Favorite0(@Index long userId) {}

@Table(value = "favorites_1", inherits = "favorites")
@Check(name = "favorites_1_user_id_check", value = "user_id % 2 = 1")
record Favorite1(@Index long userId, @Nullable String note) {}
