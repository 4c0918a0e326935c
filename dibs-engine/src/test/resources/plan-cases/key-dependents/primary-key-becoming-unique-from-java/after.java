@Table("regions") @UniqueConstraint(name = "regions_code_key", columns = "code")
public record Region(String code, @Pk int id) {}
// ----
@Table("offices") public record Office(@Pk int id, @References("regions.code") String regionCode) {}
