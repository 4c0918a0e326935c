@Table("orgs") public record Org(@Pk int id) {}
// ----
@Table("users") @Check(value = "age >= 0", validate = false)
public record User(@Pk int id, @References(value = "orgs.id", validate = false) int orgId, int age) {}
