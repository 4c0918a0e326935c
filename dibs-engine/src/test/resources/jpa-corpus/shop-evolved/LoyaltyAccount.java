package corpus.shop;

import jakarta.persistence.*;
import java.time.*;

@Entity
@Table(name = "loyalty_accounts")
public class LoyaltyAccount {
    @Id
    Long id;

    @MapsId
    @OneToOne
    Customer customer;

    long points;

    @Column(length = 20)
    String level;

    Instant lastActivity;
}
