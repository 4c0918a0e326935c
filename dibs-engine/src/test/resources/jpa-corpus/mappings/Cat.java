package corpus.mappings;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("cat")
public class Cat extends Animal {
    boolean indoor;
}
