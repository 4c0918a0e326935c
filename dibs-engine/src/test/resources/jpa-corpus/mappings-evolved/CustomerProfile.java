package corpus.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

@Entity
public class CustomerProfile {
    @Id
    Long id;

    @MapsId
    @OneToOne
    Customer customer;

    String motto;

    char initial;

    Character middleInitial;
}
