package corpus.shop;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "purchase_orders", indexes = {@Index(columnList = "status"), @Index(columnList = "placedAt")})
public class PurchaseOrder extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_numbers")
    @SequenceGenerator(name = "order_numbers", sequenceName = "order_number_seq", initialValue = 10000, allocationSize = 1)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(foreignKey = @ForeignKey(name = "fk_order_customer"))
    Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    OrderStatus status;

    Instant placedAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "value", column = @Column(name = "total_value", precision = 19, scale = 4)),
        @AttributeOverride(name = "currencyCode", column = @Column(name = "total_currency", length = 3))
    })
    Amount total;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "line1", column = @Column(name = "ship_line1", nullable = false)),
        @AttributeOverride(name = "line2", column = @Column(name = "ship_line2")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code", length = 20)),
        @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = 100)),
        @AttributeOverride(name = "countryCode", column = @Column(name = "ship_country", length = 2))
    })
    PostalAddress shippingAddress;

    @OneToMany(mappedBy = "order")
    @OrderBy("lineNumber")
    List<OrderLine> lines;

    @ManyToOne
    Coupon coupon;

    @Column(columnDefinition = "text")
    String customerNote;
}
