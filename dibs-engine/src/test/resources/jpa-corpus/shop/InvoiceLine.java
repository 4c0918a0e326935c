package corpus.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Table(name = "invoice_lines")
public class InvoiceLine {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false)
    String text;

    @Column(precision = 19, scale = 4)
    BigDecimal net;

    @Column(precision = 19, scale = 4)
    BigDecimal tax;
}
