package com.example;

import dev.dibs.Identity;
import dev.dibs.Nullable;
import dev.dibs.Pk;
import dev.dibs.Table;

@Table("customers")
public record Customer(@Pk @Identity long id, String email, @Nullable String name) {
}
