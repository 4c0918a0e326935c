package com.example;

import dev.dibs.*;

@Table("accounts")
public record Account(@Pk long id, @Unique String email) {
}
