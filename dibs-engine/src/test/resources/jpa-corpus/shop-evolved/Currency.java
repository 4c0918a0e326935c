package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "currencies")
public class Currency {
    @Id
    @Column(length = 3)
    String code;

    String name;

    short decimals;
}
