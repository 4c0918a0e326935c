package corpus.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Table(name = "product_variants")
public class ProductVariant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Product product;

    @Column(nullable = false, unique = true, length = 64)
    String variantSku;

    @Column(length = 40)
    String color;

    @Column(length = 10)
    String size;

    @Column(precision = 19, scale = 4, nullable = false)
    BigDecimal listPrice;

    Integer weightGrams;

    boolean discontinued;
}
