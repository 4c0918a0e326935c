@Table("accounts")
@Index(name = "accounts_handle_pattern", columns = "handle text_pattern_ops", where = "handle IS NOT NULL")
@Index(name = "accounts_handle_c", columns = "handle COLLATE \"C\" DESC")
@Index(name = "accounts_lower_handle", columns = "(lower(handle)) text_pattern_ops")
@Index(name = "accounts_ip", columns = "ip inet_ops", using = "gist")
@Index(name = "accounts_ref_unique", columns = "ref", unique = true, nullsNotDistinct = true, with = "fillfactor=70")
public record Account(@Pk int id, @Nullable String handle, @Nullable @Column(type = "inet") String ip, @Nullable String ref) {}
