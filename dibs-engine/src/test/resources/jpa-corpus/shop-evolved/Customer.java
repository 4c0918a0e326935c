package corpus.shop;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.*;

@Entity
@Table(name = "customers", indexes = @Index(name = "ix_customers_last_name", columnList = "lastName, firstName"))
public class Customer extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @org.hibernate.annotations.NaturalId
    @Column(nullable = false)
    String email;

    String firstName;

    String lastName;

    LocalDate dateOfBirth;

    boolean marketingOptIn;

    @OneToMany(mappedBy = "customer")
    List<Address> addresses;

    @ManyToMany
    List<CustomerSegment> segments;

    @ElementCollection
    @CollectionTable(name = "customer_preferences")
    @MapKeyColumn(name = "pref_key", length = 50)
    @Column(name = "pref_value")
    Map<String, String> preferences;
}
