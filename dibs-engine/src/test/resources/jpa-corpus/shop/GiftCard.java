package corpus.shop;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
@Table(name = "gift_cards")
public class GiftCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 24)
    String cardCode;

    @Embedded
    Amount balance;

    @ManyToOne
    Customer purchaser;

    LocalDate expiresOn;
}
