package com.example;

import dev.dibs.*;

@Table("invoices")
@Check("amount >= 0")
public record Invoice(@Pk @Identity long id, @References("authors.id") long authorId, java.math.BigDecimal amount) {
}
