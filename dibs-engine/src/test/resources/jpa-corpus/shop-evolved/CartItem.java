package corpus.shop;

import jakarta.persistence.*;
import java.time.*;

@Entity
@Table(name = "cart_items", uniqueConstraints = @UniqueConstraint(columnNames = {"cart_id", "variant_id"}))
public class CartItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Cart cart;

    @ManyToOne(optional = false)
    ProductVariant variant;

    int quantity;

    Instant addedAt;
}
