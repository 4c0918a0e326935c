package corpus.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class BankTransfer extends Payment {
    @Column(length = 34, nullable = false)
    String iban;
}
