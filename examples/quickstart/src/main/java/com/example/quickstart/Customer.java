package com.example.quickstart;

import dev.dibs.Default;
import dev.dibs.Identity;
import dev.dibs.Nullable;
import dev.dibs.Pk;
import dev.dibs.Table;
import dev.dibs.Unique;
import java.time.Instant;

/**
 * Someone who buys from us.
 *
 * @param id the key
 * @param email where receipts go
 * @param name how we address them
 * @param createdAt when they signed up
 */
@Table("customers")
public record Customer(
        @Pk @Identity long id,
        @Unique String email,
        @Nullable String name,
        @Default("now()") Instant createdAt) {
}
