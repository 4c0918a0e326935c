package corpus.mappings;

import java.math.BigDecimal;

public record Money(BigDecimal amount, String currency) {
}
