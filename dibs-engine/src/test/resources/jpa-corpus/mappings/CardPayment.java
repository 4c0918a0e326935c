package corpus.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "payment_id")
public class CardPayment extends Payment {
    String cardNumber;
    int expiryMonth;
}
