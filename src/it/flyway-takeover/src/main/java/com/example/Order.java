package com.example;

import dev.dibs.Identity;
import dev.dibs.Index;
import dev.dibs.Nullable;
import dev.dibs.Pk;
import dev.dibs.References;
import dev.dibs.Table;
import java.math.BigDecimal;

@Table("orders")
public record Order(@Pk @Identity long id, @References("customers.id") @Index long customerId, BigDecimal total,
                    @Nullable String note) {
}
