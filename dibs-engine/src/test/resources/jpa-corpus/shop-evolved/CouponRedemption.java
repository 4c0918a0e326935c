package corpus.shop;

import jakarta.persistence.*;
import java.time.*;

@Entity
@Table(name = "coupon_redemptions")
public class CouponRedemption {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Coupon coupon;

    @OneToOne(optional = false)
    PurchaseOrder order;

    Instant redeemedAt;
}
