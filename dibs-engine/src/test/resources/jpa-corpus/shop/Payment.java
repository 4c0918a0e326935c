package corpus.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;

@Entity
@Table(name = "payments")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "method", length = 16)
public abstract class Payment extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    PurchaseOrder order;

    @Column(precision = 19, scale = 4, nullable = false)
    BigDecimal amount;

    Instant capturedAt;

    @Column(length = 64)
    String providerReference;
}
