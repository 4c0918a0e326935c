@Table("orgs") public record Org(@Pk int id, @Unique String code) {}
// ----
@Table("users") @Check("age >= 0")
public record User(@Pk int id, @References("orgs.id") int orgId, int age) {}
