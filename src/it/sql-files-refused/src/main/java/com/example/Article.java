package com.example;

import dev.dibs.Pk;
import dev.dibs.Table;

@Table("articles")
public record Article(@Pk long id, String title) {
}
