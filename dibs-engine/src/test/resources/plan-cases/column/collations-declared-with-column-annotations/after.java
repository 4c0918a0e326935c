@Table("accounts")
public record Account(@Pk long id, @Unique @Column(collation = "C") String handle, String email,
                      @Column(collation = "ucs_basic") java.util.List<String> tags) {}
