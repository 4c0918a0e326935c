package corpus.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Embeddable
public class Amount {
    @Column(precision = 19, scale = 4)
    BigDecimal value;

    @Column(length = 3)
    String currencyCode;
}
