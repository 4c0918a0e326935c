package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "brands")
public class Brand {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true)
    String name;

    String websiteUrl;
}
