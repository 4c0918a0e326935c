package com.example;

import dev.dibs.*;

@Table("books")
@Index(columns = "title")
public record Book(@Pk @Identity long id, @References(value = "authors.id", onDelete = Action.CASCADE) long authorId, String title) {
}
