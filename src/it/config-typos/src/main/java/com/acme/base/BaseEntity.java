package com.acme.base;

import dev.dibs.Default;
import dev.dibs.Identity;
import dev.dibs.Pk;
import java.time.Instant;

/** Fields every entity shares: the key lives here, not in the @Table class. */
public abstract class BaseEntity {
    @Pk @Identity long id;
    @Default("now()") Instant createdAt;
}
