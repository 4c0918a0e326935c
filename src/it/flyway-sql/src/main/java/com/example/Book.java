package com.example;

import dev.dibs.Identity;
import dev.dibs.Index;
import dev.dibs.Nullable;
import dev.dibs.Pk;
import dev.dibs.References;
import dev.dibs.Table;
import java.time.LocalDate;

@Table("books")
public record Book(@Pk @Identity long id, @References("authors.id") long authorId, String title,
                   @Index @Nullable LocalDate published) {
}
