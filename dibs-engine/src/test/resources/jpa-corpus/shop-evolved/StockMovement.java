package corpus.shop;

import jakarta.persistence.*;
import java.time.*;

@Entity
@Table(name = "stock_movements", indexes = @Index(columnList = "occurredAt"))
public class StockMovement {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @ManyToOne(optional = false)
    Warehouse warehouse;

    @ManyToOne(optional = false)
    ProductVariant variant;

    int delta;

    @Column(length = 40)
    String cause;

    @ManyToOne
    Employee recordedBy;

    Instant occurredAt;
}
