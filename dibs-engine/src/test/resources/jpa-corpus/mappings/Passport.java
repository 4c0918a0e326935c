package corpus.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;

@Entity
public class Passport {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 20)
    String passportNumber;

    LocalDate expires;

    @OneToOne(optional = false)
    @JoinColumn(name = "holder_id", foreignKey = @ForeignKey(name = "fk_passport_holder"))
    Customer holder;
}
