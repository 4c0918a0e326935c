@Table("accounts")
@UniqueConstraint(columns = "email", include = "region")
@UniqueConstraint(columns = "handle, plan", deferrable = Deferrable.DEFERRED)
@Index(columns = "region, plan", name = "accounts_region_idx", comment = "by region")
@Index(columns = "handle, region", unique = true, name = "accounts_handle_key")
@Index(columns = "plan", where = "plan <> 'free'")
public record Account(@Pk long id, String email, @Nullable String handle, String region, String plan, @Nullable String note) {}
