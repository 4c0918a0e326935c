@Table("orgs") @UniqueConstraint(columns = "id, region")
public record Org(@Pk int id, int region) {}
// ----
@Table("users") @Check(value = "age >= 0", validate = false)
@ForeignKey(columns = "org_id, region", references = "orgs(id, region)", validate = false)
public record User(@Pk int id, @References(value = "orgs.id", validate = false) int orgId, int region, int age) {}
// ----
@Table("badges") @Check(value = "rank > 0", validate = false)
public record Badge(@Pk int id, int rank) {}
