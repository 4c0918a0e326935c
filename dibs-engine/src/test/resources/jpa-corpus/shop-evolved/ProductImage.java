package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "product_images")
public class ProductImage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Product product;

    @Column(nullable = false, length = 500)
    String url;

    String altText;

    int displayOrder;
}
