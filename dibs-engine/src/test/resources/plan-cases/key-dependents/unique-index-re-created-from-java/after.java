@Table("tags") @Index(name = "tags_slug_idx", columns = "slug", unique = true, include = "label")
public record Tag(@Pk int id, String slug, String label) {}
// ----
@Table("posts") public record Post(@Pk int id, @References("tags.slug") String tagSlug) {}
