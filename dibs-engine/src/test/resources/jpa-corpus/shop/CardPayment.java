package corpus.shop;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {
    @Column(length = 4)
    String lastFour;

    @Column(length = 20)
    String brand;

    int expiryMonth;

    int expiryYear;
}
