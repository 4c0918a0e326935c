package com.example.schema;

import dev.dibs.*;

@Table("customers")
public record Customer(@Pk @Identity long id, @Unique String email) {
}
