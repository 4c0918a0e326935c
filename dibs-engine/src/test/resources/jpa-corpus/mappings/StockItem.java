package corpus.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(name = "stock_items", schema = "inventory",
        indexes = {@Index(columnList = "sku"), @Index(name = "ix_stock_location", columnList = "location, sku")},
        uniqueConstraints = {@UniqueConstraint(columnNames = {"warehouseCode", "sku"}),
            @UniqueConstraint(name = "uk_stock_barcode", columnNames = "barcode")})
public class StockItem {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 40)
    String sku;

    String warehouseCode;

    String location;

    String barcode;

    @Column(precision = 12, scale = 3)
    java.math.BigDecimal quantity;
}
