package corpus.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Table(name = "order_lines", uniqueConstraints = @UniqueConstraint(name = "uk_order_line_number", columnNames = {"order_id", "lineNumber"}))
public class OrderLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    PurchaseOrder order;

    int lineNumber;

    @ManyToOne(optional = false)
    ProductVariant variant;

    int quantity;

    @Column(precision = 19, scale = 4, nullable = false)
    BigDecimal unitPrice;

    @ManyToOne
    TaxRate taxRate;
}
