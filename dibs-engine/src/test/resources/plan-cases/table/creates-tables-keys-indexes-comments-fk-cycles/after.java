/** Authors. */
@Table("authors")
@Index(columns = "name")
public record Author(@Pk @Identity long id, @Unique String name,
    @Nullable @References("books.id") Long favouriteBookId) {}
// ----
@Table("books")
@Check("pages > 0")
public record Book(@Pk @Identity long id, @References(value = "authors.id", onDelete = Action.CASCADE) long authorId,
    int pages, @Nullable @References("books.id") Long sequelOf) {}
