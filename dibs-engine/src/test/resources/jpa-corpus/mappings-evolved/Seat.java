package corpus.mappings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(SeatId.class)
public class Seat {
    @Id
    @Column(length = 10)
    String hall;

    @Id
    int seatNo;

    boolean accessible;
}
