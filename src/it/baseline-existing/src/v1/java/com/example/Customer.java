package com.example;

import dev.dibs.Identity;
import dev.dibs.Pk;
import dev.dibs.Table;
import dev.dibs.Unique;

@Table("customers")
public record Customer(@Pk @Identity long id, @Unique String email, String name) {
}
