package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "suppliers")
public class Supplier extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String name;

    @Column(length = 20)
    String vatNumber;

    @Embedded
    PostalAddress address;

    String contactEmail;
}
