package corpus.mappings;

import jakarta.persistence.Embeddable;

@Embeddable
public class GeoPoint {
    double lat;
    double lng;
}
