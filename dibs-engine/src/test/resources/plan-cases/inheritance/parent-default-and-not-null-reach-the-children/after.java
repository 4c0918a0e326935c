@Table("favorites")
public record Favorite(@Pk long id, @Default("'plain'") String kind) {}

@Table(value = "favorites_0", inherits = "favorites")
record Favorite0() {}

@Table(value = "favorites_1", inherits = "favorites")
record Favorite1(@Default("'own'") String kind) {}
