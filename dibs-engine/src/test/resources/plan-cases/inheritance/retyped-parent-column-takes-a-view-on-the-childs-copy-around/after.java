@Table("favorites")
public record Favorite(@Pk long id, @Default("0") long score) {}

@Table(value = "favorites_0", inherits = "favorites")
record Favorite0() {}
