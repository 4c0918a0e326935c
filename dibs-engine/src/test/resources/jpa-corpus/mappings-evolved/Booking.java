package corpus.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

@Entity
public class Booking {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumns(value = {
        @JoinColumn(name = "seat_hall", referencedColumnName = "hall"),
        @JoinColumn(name = "seat_no", referencedColumnName = "seatNo")
    }, foreignKey = @ForeignKey(name = "fk_booking_seat"))
    Seat seat;

    @ManyToOne
    Enrollment enrollment;

    LocalDateTime bookedAt;
}
