package corpus.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Playlist {
    @Id
    @GeneratedValue
    Long id;

    String title;

    @OneToMany
    List<Song> songs;
}
