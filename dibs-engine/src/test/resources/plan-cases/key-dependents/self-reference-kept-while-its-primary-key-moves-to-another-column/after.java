@Table("nodes")
public record Node(@Unique int id, @Pk int uid, @Nullable @References("nodes.id") Integer parentId) {}
