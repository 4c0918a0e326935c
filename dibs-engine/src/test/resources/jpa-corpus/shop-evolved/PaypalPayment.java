package corpus.shop;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("PAYPAL")
public class PaypalPayment extends Payment {
    String payerEmail;
}
