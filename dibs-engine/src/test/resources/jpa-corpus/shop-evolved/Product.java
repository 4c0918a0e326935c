package corpus.shop;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Table(name = "products", indexes = @Index(name = "ix_products_category", columnList = "category_id"))
public class Product extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 64)
    String sku;

    @Column(nullable = false)
    String name;

    @Lob
    String description;

    @ManyToOne
    Brand brand;

    @ManyToOne(optional = false)
    Category category;

    @ManyToMany
    @JoinTable(name = "product_tags", joinColumns = @JoinColumn(name = "product_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    Set<Tag> tags;

    @ElementCollection
    @CollectionTable(name = "product_keywords", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "keyword", length = 40)
    Set<String> keywords;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    Map<String, Object> attributes;

    @dev.dibs.RenamedFrom("published")
    boolean visible;

    @OneToMany(mappedBy = "product")
    List<ProductVariant> variants;
}
