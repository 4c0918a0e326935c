package corpus.shop;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(name = "reviews", uniqueConstraints = @UniqueConstraint(columnNames = {"product_id", "customer_id"}),
        indexes = @Index(columnList = "product_id, rating"))
@org.hibernate.annotations.Check(constraints = "rating between 1 and 5")
public class Review extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Product product;

    @ManyToOne(optional = false)
    Customer customer;

    @ManyToOne
    OrderLine orderLine;

    int rating;

    @Column(length = 200)
    String title;

    @Column(columnDefinition = "text")
    String body;

    @org.hibernate.annotations.ColumnDefault("false")
    boolean verifiedPurchase;

    @OneToMany(mappedBy = "review")
    List<ReviewVote> votes;
}
