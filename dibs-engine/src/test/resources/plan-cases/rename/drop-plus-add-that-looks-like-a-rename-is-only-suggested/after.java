@Table("users") public record User(@Pk int id, @Nullable String nick) {}
