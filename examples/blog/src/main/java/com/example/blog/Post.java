package com.example.blog;

import dev.dibs.Column;
import dev.dibs.Default;
import dev.dibs.Identity;
import dev.dibs.Nullable;
import dev.dibs.Pk;
import dev.dibs.References;
import dev.dibs.RowLevelSecurity;
import dev.dibs.Table;
import java.time.Instant;

/** A post; an author sees only their own (the policy in dibs/schema.sql). */
@Table(value = "posts", rowLevelSecurity = RowLevelSecurity.ENABLED)
public record Post(@Pk @Identity long id,
                   @References("authors.id") long authorId,
                   /** From the sequence post_numbers, declared in dibs/schema.sql. */
                   @Default("nextval('post_numbers')") long number,
                   String title,
                   String body,
                   @Nullable @Column(type = "timestamptz") Instant publishedAt,
                   /** Kept current by the trigger posts_touch. */
                   @Column(type = "timestamptz") @Default("now()") Instant updatedAt) {
}
