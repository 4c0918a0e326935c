package corpus.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Address {
    String street;

    @Column(length = 80)
    String city;

    @Embedded
    GeoPoint point;
}
