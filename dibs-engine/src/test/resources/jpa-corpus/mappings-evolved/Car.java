package corpus.mappings;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {
    int seats;
}
