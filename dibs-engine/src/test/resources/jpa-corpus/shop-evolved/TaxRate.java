package corpus.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;

@Entity
@Table(name = "tax_rates")
public class TaxRate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code")
    Country country;

    @Column(nullable = false, length = 40)
    String label;

    @Column(precision = 6, scale = 4, nullable = false)
    BigDecimal rate;

    LocalDate validFrom;
}
