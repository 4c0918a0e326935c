package corpus.shop;

import jakarta.persistence.*;
import java.time.*;

@MappedSuperclass
public abstract class Timestamped {
    @Column(nullable = false)
    Instant createdAt;

    Instant updatedAt;

    @Version
    Integer version;
}
