package corpus.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Duration;

@Entity
public class Song {
    @Id
    @GeneratedValue
    Long id;

    String title;

    Duration length;
}
