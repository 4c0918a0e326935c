package com.example;

import dev.dibs.Column;
import dev.dibs.Default;
import dev.dibs.Pk;
import dev.dibs.Table;
import java.time.Instant;

/** An article; its number comes from a sequence and its updated_at from a trigger, both declared in
 * dibs/schema.sql, as is the domain of its rating. */
@Table("articles")
public record Article(@Pk long id, String title,
                      @Default("nextval('article_numbers')") long number,
                      @Column(type = "timestamptz") @Default("now()") Instant updatedAt,
                      @Column(type = "rating") Integer rating) {
}
