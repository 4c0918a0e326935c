@Table("currencies") public record Currency(@Pk String id) {}
// ----
@Table("accounts") public record Account(@Pk String code) {}
// ----
@Table("invoices")
public record Invoice(@Pk int id, @References(value = "accounts.code", onDelete = Action.CASCADE) String accountCode,
    @References("currencies.id") String currencyId) {}
