package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "shipment_items")
public class ShipmentItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Shipment shipment;

    @ManyToOne(optional = false)
    OrderLine orderLine;

    int quantity;
}
