@Table("favorites")
public record Favorite(@Pk long id, @RenamedFrom("user_id") long accountId) {}

@Table(value = "favorites_0", inherits = "favorites")
@Index(name = "favorites_0_user_id_idx", columns = "account_id")
record Favorite0() {}
