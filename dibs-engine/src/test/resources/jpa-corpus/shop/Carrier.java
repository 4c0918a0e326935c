package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "carriers")
public class Carrier {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @Column(nullable = false, unique = true, length = 40)
    String name;

    String trackingUrlTemplate;
}
