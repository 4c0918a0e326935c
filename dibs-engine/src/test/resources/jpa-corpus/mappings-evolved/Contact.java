package corpus.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Contact {
    @Column(name = "contact_name", nullable = false)
    String name;

    String phone;
}
