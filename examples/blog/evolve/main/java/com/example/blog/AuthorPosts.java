package com.example.blog;

import dev.dibs.Nullable;
import dev.dibs.View;
import java.time.Instant;

/** A typed read model: how much each author has published; the build checks these columns against the query. */
@View("SELECT a.id AS author_id, a.name, count(p.id) FILTER (WHERE p.published_at IS NOT NULL) AS published,"
        + " max(p.published_at) AS last_published"
        + " FROM authors a LEFT JOIN posts p ON p.author_id = a.id GROUP BY a.id, a.name")
public record AuthorPosts(long authorId, String name, long published, @Nullable Instant lastPublished) {
}
