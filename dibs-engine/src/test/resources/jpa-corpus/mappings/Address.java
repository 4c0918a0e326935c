package corpus.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.hibernate.annotations.Collate;

@Embeddable
public class Address {
    String street;

    @Column(length = 80)
    @Collate("ucs_basic")
    String city;

    @Embedded
    GeoPoint point;
}
