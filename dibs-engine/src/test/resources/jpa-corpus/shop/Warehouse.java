package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "warehouses")
public class Warehouse {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @Column(nullable = false, unique = true, length = 10)
    String code;

    @Embedded
    PostalAddress address;

    @ManyToOne
    Employee manager;

    boolean active;
}
