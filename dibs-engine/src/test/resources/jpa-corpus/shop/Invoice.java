package corpus.shop;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "invoices")
public class Invoice extends Timestamped {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 30)
    String invoiceNumber;

    @OneToOne(optional = false)
    @JoinColumn(name = "order_id")
    PurchaseOrder order;

    LocalDate issuedOn;

    LocalDate dueOn;

    @Embedded
    Amount total;

    @OneToMany
    @JoinColumn(name = "invoice_id")
    @OrderColumn(name = "line_index")
    List<InvoiceLine> lines;
}
