package corpus.shop;

import jakarta.persistence.*;

@Embeddable
public class PostalAddress {
    @Column(nullable = false)
    String line1;

    String line2;

    @Column(length = 20)
    String postalCode;

    @Column(length = 100)
    String city;

    @Column(length = 2)
    String countryCode;
}
