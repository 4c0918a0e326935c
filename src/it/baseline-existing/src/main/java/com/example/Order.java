package com.example;

import dev.dibs.Default;
import dev.dibs.Identity;
import dev.dibs.Index;
import dev.dibs.Pk;
import dev.dibs.References;
import dev.dibs.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Table("orders")
@Index(columns = "customer_id")
public record Order(@Pk @Identity long id, @References("customers.id") long customerId, BigDecimal total,
                    @Default("now()") Instant placedAt) {
}
