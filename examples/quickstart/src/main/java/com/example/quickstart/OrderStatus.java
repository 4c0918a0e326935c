package com.example.quickstart;

import dev.dibs.PgEnum;

/** Where an order is in its life. */
@PgEnum("order_status")
public enum OrderStatus {
    PENDING,
    PAID,
    SHIPPED,
    CANCELLED
}
