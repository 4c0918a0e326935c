package com.example.blog;

import dev.dibs.Column;
import dev.dibs.Identity;
import dev.dibs.Pk;
import dev.dibs.Table;
import dev.dibs.Unique;

/** Someone who writes posts. */
@Table("authors")
public record Author(@Pk @Identity long id,
                     /** Unique whatever its case: citext comes from the extension declared in dibs/schema.sql. */
                     @Unique @Column(type = "citext") String email,
                     String name) {
}
