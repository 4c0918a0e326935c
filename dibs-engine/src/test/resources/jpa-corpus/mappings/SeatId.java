package corpus.mappings;

import java.io.Serializable;
import java.util.Objects;

public class SeatId implements Serializable {
    private static final long serialVersionUID = 1L;

    String hall;
    int seatNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof SeatId s && Objects.equals(hall, s.hall) && seatNo == s.seatNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(hall, seatNo);
    }
}
