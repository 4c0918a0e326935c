package com.example;

import dev.dibs.Identity;
import dev.dibs.Pk;
import dev.dibs.Table;

@Table("authors")
public record Author(@Pk @Identity long id, String name) {
}
