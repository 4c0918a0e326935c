package corpus.mappings;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Date;

@MappedSuperclass
public abstract class Audited {
    @Version
    long version;

    Instant createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    Date touchedAt;
}
