package com.example;

import dev.dibs.*;

/**
 * Someone who writes.
 *
 * @param id the key
 * @param name the pen name
 */
@Table("authors")
public record Author(@Pk @Identity long id, @Unique String name, Genre genre) {
}
