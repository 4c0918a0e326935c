package corpus.shop;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "wishlists")
public class Wishlist {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Customer owner;

    String title;

    boolean shared;

    @ManyToMany
    Set<ProductVariant> variants;
}
