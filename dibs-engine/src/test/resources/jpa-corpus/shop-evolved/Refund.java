package corpus.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;

@Entity
@Table(name = "refunds")
public class Refund {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Payment payment;

    @ManyToOne
    ReturnRequest returnRequest;

    @Column(precision = 19, scale = 4, nullable = false)
    BigDecimal amount;

    Instant refundedAt;
}
