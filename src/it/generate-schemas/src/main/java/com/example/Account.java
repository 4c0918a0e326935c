package com.example;

import dev.dibs.*;

@Table("accounts")
public record Account(@Pk @Identity long id, String name) {
}
