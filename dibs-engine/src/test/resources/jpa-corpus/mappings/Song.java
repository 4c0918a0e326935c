package corpus.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Duration;
import org.hibernate.annotations.Collate;

@Entity
public class Song {
    @Id
    @GeneratedValue
    Long id;

    @Collate("C")
    String title;

    Duration length;
}
