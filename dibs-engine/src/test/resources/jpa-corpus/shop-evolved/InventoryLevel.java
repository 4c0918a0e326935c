package corpus.shop;

import jakarta.persistence.*;
import java.time.*;

@Entity
@Table(name = "inventory_levels")
public class InventoryLevel {
    @EmbeddedId
    InventoryLevelId id;

    @MapsId("warehouseId")
    @ManyToOne
    Warehouse warehouse;

    @MapsId("variantId")
    @ManyToOne
    ProductVariant variant;

    int onHand;

    int reserved;

    Integer reorderPoint;

    Instant countedAt;
}
