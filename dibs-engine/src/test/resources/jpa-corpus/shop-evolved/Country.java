package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "countries")
public class Country {
    @Id
    @Column(length = 2)
    String isoCode;

    @Column(nullable = false, length = 80)
    String name;

    boolean shipsTo;
}
