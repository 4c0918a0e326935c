package corpus.shop;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("GIFT_CARD")
public class GiftCardPayment extends Payment {
    @ManyToOne
    GiftCard giftCard;
}
