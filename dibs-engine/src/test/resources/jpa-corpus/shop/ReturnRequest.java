package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "return_requests")
public class ReturnRequest extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    OrderLine orderLine;

    int quantity;

    @Enumerated(EnumType.STRING)
    ReturnReason reason;

    @Column(length = 1000)
    String comment;

    boolean restocked;
}
