package com.example;

import dev.dibs.Identity;
import dev.dibs.Nullable;
import dev.dibs.Pk;
import dev.dibs.Table;
import dev.dibs.Unique;

// the next change after the baseline: a new column
@Table("customers")
public record Customer(@Pk @Identity long id, @Unique String email, String name, @Nullable String phone) {
}
