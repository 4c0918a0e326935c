package corpus.shop;

import jakarta.persistence.*;
import java.time.*;
import java.util.List;

@Entity
@Table(name = "shipments")
public class Shipment extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    PurchaseOrder order;

    @ManyToOne
    Carrier carrier;

    @ManyToOne
    Warehouse warehouse;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    ShipmentStatus status;

    @Column(length = 60)
    String trackingNumber;

    Instant shippedAt;

    LocalDate expectedDelivery;

    @OneToMany(mappedBy = "shipment")
    List<ShipmentItem> items;
}
