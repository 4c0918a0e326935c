@Table("users") public record User(@Pk int id) {}
// ----
@Table("sessions") public record Session(@Pk int id, @References("users.id") int userId) {}
// ----
@Table("owners") public record Owner(@Pk int id) {}
// ----
@Table("pets") public record Pet(@Pk int id, @References("owners.id") int ownerId) {}
