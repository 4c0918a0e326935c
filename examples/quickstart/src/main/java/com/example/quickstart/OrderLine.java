package com.example.quickstart;

import dev.dibs.Action;
import dev.dibs.Check;
import dev.dibs.Column;
import dev.dibs.Pk;
import dev.dibs.References;
import dev.dibs.Table;
import java.math.BigDecimal;

/**
 * One product on an order.
 *
 * @param orderId the order
 * @param lineNo position on the order
 * @param sku the product
 * @param quantity how many
 * @param unitPrice price of one
 */
@Table("order_lines")
@Check("quantity > 0")
public record OrderLine(
        @Pk @References(value = "orders.id", onDelete = Action.CASCADE) long orderId,
        @Pk int lineNo,
        @Column(type = "varchar(40)") String sku,
        int quantity,
        @Column(type = "numeric(10,2)") BigDecimal unitPrice) {
}
