package corpus.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(indexes = @Index(name = "ix_reservation_until", columnList = "reservedUntil"))
public class Reservation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", foreignKey = @ForeignKey(name = "fk_reservation_item"))
    StockItem item;

    @ManyToOne
    Customer customer;

    int quantity;

    LocalDate reservedUntil;
}
