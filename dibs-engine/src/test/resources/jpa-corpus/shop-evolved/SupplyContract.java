package corpus.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;

@Entity
@Table(name = "supply_contracts")
@IdClass(SupplyContractId.class)
public class SupplyContract {
    @Id
    @ManyToOne
    Supplier supplier;

    @Id
    @ManyToOne
    Product product;

    @Column(precision = 19, scale = 4)
    BigDecimal unitCost;

    int leadTimeDays;

    LocalDate validUntil;
}
