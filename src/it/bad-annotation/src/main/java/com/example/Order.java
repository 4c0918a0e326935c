package com.example;

import dev.dibs.*;

@Table("orders")
@Index(columns = "placed")
public record Order(@Pk @Nullable Long id, @References("customers.id") long customerId, java.util.Map<String, String> extra) {
}
