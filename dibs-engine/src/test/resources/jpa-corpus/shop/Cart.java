package corpus.shop;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.*;

@Entity
@Table(name = "carts")
public class Cart extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    @ManyToOne
    Customer customer;

    @OneToMany(mappedBy = "cart")
    List<CartItem> items;

    @ManyToOne
    Coupon coupon;

    Instant abandonedAt;
}
