package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "addresses")
public class Address {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Customer customer;

    @Embedded
    PostalAddress postal;

    boolean defaultShipping;

    boolean defaultBilling;
}
