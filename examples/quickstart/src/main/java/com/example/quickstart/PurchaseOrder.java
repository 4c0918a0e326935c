package com.example.quickstart;

import dev.dibs.Action;
import dev.dibs.Check;
import dev.dibs.Default;
import dev.dibs.Identity;
import dev.dibs.Index;
import dev.dibs.Pk;
import dev.dibs.References;
import dev.dibs.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order placed by a customer.
 *
 * @param id the key
 * @param customerId who placed it
 * @param status where it is now
 * @param total sum of its lines
 * @param placedAt when it was placed
 */
@Table("orders")
@Index(columns = "customer_id, placed_at DESC")
@Index(columns = "placed_at", where = "status = 'PENDING'")
@Check("total >= 0")
public record PurchaseOrder(
        @Pk @Identity long id,
        @References(value = "customers.id", onDelete = Action.CASCADE) long customerId,
        @Default("'PENDING'") OrderStatus status,
        BigDecimal total,
        @Default("now()") Instant placedAt) {
}
