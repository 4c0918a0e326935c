package corpus.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;

@Entity
@Table(name = "coupons")
public class Coupon {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 32)
    String code;

    @Column(precision = 5, scale = 2)
    BigDecimal percentOff;

    @Embedded
    Amount amountOff;

    LocalDateTime validFrom;

    LocalDateTime validTo;

    Integer maxRedemptions;
}
