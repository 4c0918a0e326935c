package corpus.mappings;

import jakarta.persistence.Entity;

@Entity
public class Truck extends Vehicle {
    double payload;
    Double trailerLength;
}
