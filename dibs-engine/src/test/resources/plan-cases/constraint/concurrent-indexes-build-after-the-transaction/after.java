@Table("orgs") @Index(columns = "code", unique = true, name = "orgs_code_key") public record Org(@Pk int id, String code) {}
// ----
@Table("users")
@Index(columns = "name", comment = "by name")
@Index(columns = "nickname")
@Index(columns = "email, name", unique = true, name = "users_email_key")
public record User(@Pk int id, @References("orgs.code") String orgCode, String email, @Nullable String name,
                   @Nullable String nickname) {}
